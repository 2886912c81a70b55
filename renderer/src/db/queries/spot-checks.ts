// The 抽查 list: spot checks of a period with the person, the host, and the year's unexcused
// absences with the grade cap they lead to (DOMAIN §7.1 A7).
import { gradeCap, unexcusedAbsencesInYear, type GradeCap } from '@shared/domain/rules/grade-cap';
import type { ReadDb, Row } from '../database';
import { postingOptions } from './attendance-postings';
import { bulkGetLive, isLive, liveWhere } from './live';

/** A spot check as the list shows it. */
export interface SpotCheckRow {
  check: Row<'spotChecks'>;
  name: string;
  postingLabel: string;
  /** Unexcused absences of the posting in the check's year, and the cap they give. */
  absencesInYear: number;
  cap: GradeCap;
  /** For an unexcused absence: which one of the posting's year it is (1, 2 …) and the cap it reached. */
  absence: { no: number; cap: GradeCap } | null;
}

/** Spot checks dated from `from` to `to` (inclusive), newest first. */
export async function listSpotChecks(db: ReadDb, from: string, to: string): Promise<SpotCheckRow[]> {
  const checks = await db.spotChecks.where('date').between(from, to, true, true).filter(isLive).toArray();
  checks.sort((a, b) => (a.date === b.date ? (b.time ?? '').localeCompare(a.time ?? '') : a.date < b.date ? 1 : -1));
  const postings = await bulkGetLive(db.postings, [...new Set(checks.map((c) => c.postingId))]);
  const options = new Map((await postingOptions(db, postings)).map((o) => [o.postingId, o]));
  const cadres = new Map((await bulkGetLive(db.cadres, postings.map((p) => p.cadreId))).map((c) => [c.id, c]));
  const byPosting = new Map(postings.map((p) => [p.id, p]));
  const all = postings.length ? await liveWhere(db.spotChecks, 'postingId', postings.map((p) => p.id)).toArray() : [];
  return checks
    .filter((c) => byPosting.has(c.postingId))
    .map((check) => {
      const o = options.get(check.postingId)!;
      const year = Number(check.date.slice(0, 4));
      const absencesInYear = unexcusedAbsencesInYear(
        all.filter((s) => s.postingId === check.postingId),
        year,
      );
      const staffCategory = cadres.get(byPosting.get(check.postingId)!.cadreId)?.staffCategory ?? null;
      const capOf = (unexcusedAbsences: number) => gradeCap({ unexcusedAbsences }, { staffCategory, indicatorCaps: [] });
      let absence: SpotCheckRow['absence'] = null;
      if (check.result === 'absentUnexcused') {
        const no = unexcusedAbsencesInYear(
          all.filter((s) => s.postingId === check.postingId && `${s.date} ${s.time ?? ''} ${s.id}` <= `${check.date} ${check.time ?? ''} ${check.id}`),
          year,
        );
        absence = { no, cap: capOf(no) };
      }
      return { check, name: o.name, postingLabel: o.detail, absencesInYear, cap: capOf(absencesInYear), absence };
    });
}

/** The grade cap a posting's unexcused absences in `year` lead to (shown on the posting). */
export async function gradeCapOfPosting(db: ReadDb, postingId: string, year: number): Promise<{ absences: number; cap: GradeCap }> {
  const posting = await db.postings.get(postingId);
  const cadre = posting ? await db.cadres.get(posting.cadreId) : undefined;
  const checks = await liveWhere(db.spotChecks, 'postingId', postingId).toArray();
  const absences = unexcusedAbsencesInYear(checks, year);
  return { absences, cap: gradeCap({ unexcusedAbsences: absences }, { staffCategory: cadre?.staffCategory ?? null, indicatorCaps: [] }) };
}
