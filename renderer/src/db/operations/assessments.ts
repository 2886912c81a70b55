import type { FieldIssue } from '@shared/domain/issues';
import type { Row } from '../database';
import * as repo from '../repositories/assessments';
import type { Store } from '../store';

export type { AssessmentInput, EndOfTermReview } from '../repositories/assessments';

/** 登记考核 / 修改: a routine, annual or end-of-term assessment, checked against the term and the grade cap. */
export function recordAssessment(store: Store, input: repo.AssessmentInput, today: string, id?: string): Promise<{ assessment: Row<'assessments'>; warnings: FieldIssue[] }> {
  return store.write((w) => repo.recordAssessment(w, input, today, id));
}

/** Records (or corrects) the end-of-term review (期满考察) of a posting; 优秀 may enter the reserve pool. */
export async function recordEndOfTermReview(store: Store, postingId: string, review: repo.EndOfTermReview, today: string): Promise<Row<'assessments'>> {
  const { assessment } = await recordAssessment(store, { ...review, postingId, kind: 'endOfTerm', period: postingId }, today);
  return assessment;
}

/** Deletes an assessment entered by mistake. */
export function removeAssessment(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeAssessment(w, id));
}
