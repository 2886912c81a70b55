import { assessmentCap } from '@shared/domain/rules/assessment';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import type { GradeCap } from '@shared/domain/rules/grade-cap';
import type { ReadDb, Row } from '../database';
import { bulkGetLive, getLive, live, liveWhere } from './live';
import { listUnits } from './units';

/** An assessment with its cadre and posting, as the 考核鉴定 list and the reports show it. */
export interface AssessmentRow {
  assessment: Row<'assessments'>;
  cadre: Row<'cadres'> | undefined;
  posting: Row<'postings'> | undefined;
  /** 派出单位及职务, e.g. 县发改局科员. */
  homePost: string;
  /** 挂职单位及职务, e.g. 讲治镇党委委员、副镇长. */
  hostPost: string;
}

/** Which assessments to list. */
export interface AssessmentFilter {
  kind?: string;
  /** `2026`: annual of that year, routine of its quarters, end-of-term reviews of postings ending that year. */
  year?: string;
}

/** The year an assessment belongs to, for the filter. */
function yearOf(a: Row<'assessments'>, posting: Row<'postings'> | undefined): string {
  if (a.kind === 'endOfTerm') return (posting?.actualEndDate ?? posting?.plannedEndDate ?? '').slice(0, 4);
  return a.period.slice(0, 4);
}

/** Assessments with their cadres and postings, by cadre name then period. */
export async function listAssessments(db: ReadDb, filter: AssessmentFilter = {}): Promise<AssessmentRow[]> {
  const all = await (filter.kind ? liveWhere(db.assessments, 'kind', filter.kind) : live(db.assessments)).toArray();
  const postings = new Map((await bulkGetLive(db.postings, [...new Set(all.map((a) => a.postingId))])).map((p) => [p.id, p]));
  const chosen = filter.year ? all.filter((a) => yearOf(a, postings.get(a.postingId)) === filter.year) : all;
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(chosen.map((a) => a.cadreId))])).map((c) => [c.id, c]));
  const units = new Map((await listUnits(db)).map((u) => [u.id, u]));
  const unit = (id: string | undefined) => (id ? units.get(id)?.shortName || units.get(id)?.name || '' : '');
  return chosen
    .map((assessment) => {
      const posting = postings.get(assessment.postingId);
      return {
        assessment,
        cadre: cadres.get(assessment.cadreId),
        posting,
        homePost: posting ? `${unit(posting.dispatchingUnitId)}${posting.originalPost}` : '',
        hostPost: posting ? `${unit(posting.receivingUnitId)}${posting.secondedPost}` : '',
      };
    })
    .sort((a, b) => (a.cadre?.name ?? '').localeCompare(b.cadre?.name ?? '', 'zh-Hans-CN') || a.assessment.period.localeCompare(b.assessment.period));
}

/** The postings of a cadre, latest first (the assessment form's choice). */
export async function postingsOfCadre(db: ReadDb, cadreId: string): Promise<Row<'postings'>[]> {
  return (await liveWhere(db.postings, 'cadreId', cadreId).toArray()).filter((p) => p.status !== 'cancelled').sort((a, b) => b.startDate.localeCompare(a.startDate));
}

/**
 * The cap on the grade of an assessment of a posting (DOMAIN §7.1 A7, §7.6 S6), from the posting's
 * spot checks: shown beside the grade field and checked on saving. Null for a routine assessment.
 */
export async function gradeCapFor(db: ReadDb, postingId: string, kind: string, period: string, today: string): Promise<GradeCap | null> {
  const posting = await getLive(db.postings, postingId);
  if (!posting) return null;
  const [cadre, spotChecks] = await Promise.all([getLive(db.cadres, posting.cadreId), liveWhere(db.spotChecks, 'postingId', postingId).toArray()]);
  return assessmentCap(kind, period, { period: attendancePeriod(posting), spotChecks, staffCategory: cadre?.staffCategory }, today);
}
