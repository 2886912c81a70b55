import type { FieldIssue } from '@shared/domain/issues';
import type { InputOf } from '@shared/domain/tables';
import { assessmentPeriodText, checkAssessment } from '@shared/domain/rules/assessment';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { isAboveCap } from '@shared/domain/rules/grade-cap';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { getLive, liveWhere } from '../queries/live';
import { gradeCapFor } from '../queries/assessments';
import { parseEntity, type Writer } from '../writer';
import { addReserveEntry } from './reserve-pool';

/** An assessment as the form hands it in; `cadreId` follows the posting. */
export type AssessmentInput = Omit<InputOf<'assessments'>, 'cadreId' | 'capAtGrading'>;

/** The end-of-term review as the posting's dialog records it. */
export type EndOfTermReview = Omit<AssessmentInput, 'postingId' | 'kind' | 'period'>;

/**
 * Records (or, with `id`, corrects) an assessment (DOMAIN §2.12, §7.6): checked against the posting's
 * term and the grade cap (a grade above it needs a reason, kept with the cap as it stood). One
 * routine assessment per posting and quarter and one annual per posting and year; the end-of-term
 * review is keyed by the posting, so recording it again corrects it. An end-of-term 优秀 with
 * `addToReservePool` enters the cadre into the 后备干部库 once.
 */
export async function recordAssessment(w: Writer, input: AssessmentInput, today: string, id?: string): Promise<{ assessment: Row<'assessments'>; warnings: FieldIssue[] }> {
  const posting = await w.get('postings', input.postingId);
  const cadre = await getLive(w.db.cadres, posting.cadreId);
  const period = input.kind === 'endOfTerm' ? posting.id : input.period;
  const draft = parseEntity('assessments', { ...input, period, cadreId: posting.cadreId });
  const cap = await gradeCapFor(w.db, posting.id, draft.kind, period, today);
  const { errors, warnings } = checkAssessment(draft, { period: attendancePeriod(posting), cap, staffCategory: cadre?.staffCategory });
  if (draft.kind !== 'endOfTerm') {
    const same = await liveWhere(w.db.assessments, 'postingId', posting.id)
      .filter((a) => a.kind === draft.kind && a.period === period && a.id !== id)
      .first();
    if (same) errors.push({ field: 'period', message: `${cadre?.name ?? '该干部'}的${assessmentPeriodText(draft.kind, period)}${draft.kind === 'routine' ? '平时考核' : '考核'}已登记，请在列表中修改` });
  }
  if (errors.length) throw new ValidationError(errors);
  const above = isAboveCap(draft.grade, cap?.cap ?? null);
  const fields = {
    ...draft,
    capAtGrading: cap?.cap ? cap.reasons.map((r) => r.text).join('；') : null,
    capOverrideReason: above ? draft.capOverrideReason : null,
    addToReservePool: draft.kind === 'endOfTerm' && draft.grade === '1' && draft.addToReservePool,
  };
  const assessment = id ? await w.update('assessments', id, fields) : await w.create('assessments', fields);
  if (assessment.addToReservePool) {
    const already = await liveWhere(w.db.reservePool, 'cadreId', posting.cadreId)
      .filter((r) => r.status === 'in')
      .first();
    if (!already) await addReserveEntry(w, { cadreId: posting.cadreId, sourcePostingId: posting.id, addedOn: today, basis: 'endOfTermExcellent', status: 'in' }, today);
  }
  return { assessment, warnings };
}

/** Deletes an assessment entered by mistake. */
export async function removeAssessment(w: Writer, id: string): Promise<void> {
  await w.remove('assessments', id);
}
