import { addDays, formatDateChinese } from '@shared/domain/dates';
import type { FieldIssue } from '@shared/domain/issues';
import type { ScoreRuleSet } from '@shared/domain/entities/score-rule-set';
import { checkWeekStart, checkWeeklyItems, weeklyTotal, type WeeklyItems } from '@shared/domain/rules/weekly-score';
import { onPostDuring, sheetItems } from '@shared/domain/rules/weekly-score-sheet';
import { keyedId } from '@shared/domain/tables';
import { ValidationError } from '../errors';
import { getLive } from '../queries/live';
import { scopePostings, scoreRulesOf } from '../queries/weekly-scores';
import type { Writer } from '../writer';

/** One row of a week's sheet as the clerk leaves it. */
export interface WeekSheetEntry {
  postingId: string;
  items: WeeklyItems;
}

/** Field of a row's item in the issues of saveWeekSheet: `rows.<postingId>.items.<key>.deduction`. */
export function weekSheetField(postingId: string, field: string): string {
  return `rows.${postingId}.${field}`;
}

/**
 * Saves a township's week (周考评): every row given, as the clerk left it (an untouched row is a full
 * score). Refused as a whole when the week does not start on a Monday, a posting is not in the
 * township or not on post that week, a maximum is not the standard's (or the one the week was
 * scored under), or a deduction is outside 0 … max. A deduction without a reason is a warning,
 * returned for the clerk to see (the screen asks before saving).
 */
export async function saveWeekSheet(w: Writer, townshipId: string, weekStart: string, entries: readonly WeekSheetEntry[], scoredBy: string | null): Promise<{ saved: number; warnings: FieldIssue[] }> {
  const weekProblem = checkWeekStart(weekStart);
  if (weekProblem) throw new ValidationError([{ field: 'weekStart', message: weekProblem }]);
  const rules = await scoreRulesOf(w.db, townshipId);
  const inTownship = new Map((await scopePostings(w.db, townshipId, weekStart, addDays(weekStart, 6))).map((p) => [p.posting.id, p]));
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  for (const e of entries) {
    const p = inTownship.get(e.postingId);
    if (!p) {
      const posting = await getLive(w.db.postings, e.postingId);
      const why = !posting ? '挂职记录不存在或已删除' : onPostDuring(posting, weekStart, addDays(weekStart, 6)) ? '不在该乡镇挂职' : `在${formatDateChinese(weekStart)}起的一周不在挂职期内`;
      errors.push({ field: weekSheetField(e.postingId, 'postingId'), message: `第${entries.indexOf(e) + 1}行${why}` });
      continue;
    }
    const stored = await getLive(w.db.weeklyScores, keyedId('weeklyScores', e.postingId, weekStart));
    const allowed = sheetItems(rules, stored?.items);
    for (const r of rules.items) {
      if (e.items[r.key].max !== allowed[r.key].max && e.items[r.key].max !== r.max) {
        errors.push({ field: weekSheetField(e.postingId, `items.${r.key}.max`), message: `${p.name}：${r.label}满分应为${r.max}分` });
      }
    }
    const checked = checkWeeklyItems(e.items, rules);
    const named = (i: FieldIssue) => ({ field: weekSheetField(e.postingId, i.field), message: `${p.name}：${i.message}` });
    errors.push(...checked.errors.map(named));
    warnings.push(...checked.warnings.map(named));
  }
  if (errors.length) throw new ValidationError(errors);
  await w.createMany(
    'weeklyScores',
    entries.map((e) => ({ input: { postingId: e.postingId, weekStart, items: e.items, total: weeklyTotal(e.items), scoredBy } })),
  );
  return { saved: entries.length, warnings };
}

/** Removes a week's score entered by mistake (the week is then missing again). */
export async function clearWeekScore(w: Writer, postingId: string, weekStart: string): Promise<void> {
  await w.remove('weeklyScores', keyedId('weeklyScores', postingId, weekStart));
}

/** Sets the 周考评标准 of the county (`townshipId` null) or of one township. */
export async function saveScoreRules(w: Writer, rules: Pick<ScoreRuleSet, 'townshipId' | 'items' | 'listSize'> & { note?: string | null }): Promise<void> {
  if (rules.townshipId) {
    const unit = await getLive(w.db.units, rules.townshipId);
    if (!unit || unit.level !== 'township') throw new ValidationError([{ field: 'townshipId', message: '请选择乡镇（街道）' }]);
  }
  await w.create('scoreRuleSets', { townshipId: rules.townshipId, items: rules.items, listSize: rules.listSize, note: rules.note ?? null });
}

/** Drops a township's own standard; the township then scores by the county's. */
export async function removeScoreRules(w: Writer, townshipId: string): Promise<void> {
  await w.remove('scoreRuleSets', keyedId('scoreRuleSets', townshipId));
}
