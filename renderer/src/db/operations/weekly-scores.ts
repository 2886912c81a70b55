import type { FieldIssue } from '@shared/domain/issues';
import type { ScoreRuleSet } from '@shared/domain/entities/score-rule-set';
import * as repo from '../repositories/weekly-scores';
import type { Store } from '../store';

export type { WeekSheetEntry } from '../repositories/weekly-scores';
export { weekSheetField } from '../repositories/weekly-scores';

/** 保存本周: a township's week of scores, every row, in one transaction. */
export function saveWeekSheet(store: Store, townshipId: string, weekStart: string, entries: readonly repo.WeekSheetEntry[], scoredBy: string | null): Promise<{ saved: number; warnings: FieldIssue[] }> {
  return store.write((w) => repo.saveWeekSheet(w, townshipId, weekStart, entries, scoredBy));
}

/** Removes one week's score entered by mistake. */
export function clearWeekScore(store: Store, postingId: string, weekStart: string): Promise<void> {
  return store.write((w) => repo.clearWeekScore(w, postingId, weekStart));
}

/** Sets the 周考评标准 of the county or of a township. */
export function saveScoreRules(store: Store, rules: Pick<ScoreRuleSet, 'townshipId' | 'items' | 'listSize'> & { note?: string | null }): Promise<void> {
  return store.write((w) => repo.saveScoreRules(w, rules));
}

/** Drops a township's own 周考评标准 (it scores by the county's again). */
export function removeScoreRules(store: Store, townshipId: string): Promise<void> {
  return store.write((w) => repo.removeScoreRules(w, townshipId));
}
