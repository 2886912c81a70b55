import { VILLAGE_POSTING_TYPES } from '../enums';

/**
 * The kinds of 纪实 entries (LOG_KIND, DOMAIN §2.10): which are filed under a day and which cover a
 * period. Every kind but the free lists (学习培训, 调研, 民情日记) is one entry per posting and period —
 * one 日纪实 a day, one 月工作记实分析 a month — and gets a keyed id (KEYED_TABLES in tables.ts), so
 * two PCs that transcribe the same day end with one entry and a conflict entry instead of two.
 * No calendar here: tables.ts imports this file.
 */

/** The period a kind of entry covers; null for the free lists, dated by the day they happened. */
export type EntryPeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'term';

const KIND_PERIOD: Readonly<Record<string, EntryPeriodUnit | null>> = {
  daily: 'day',
  weeklyPlan: 'week',
  weeklySummary: 'week',
  monthlyGoal: 'month',
  monthlyAnalysis: 'month',
  quarterlySummary: 'quarter',
  annualGoal: 'year',
  annualSummary: 'year',
  finalSummary: 'term',
  study: null,
  research: null,
  communityDiary: null,
};

/** The period unit of a kind: `day` for 日纪实, null for the free lists. */
export function kindPeriod(kind: string): EntryPeriodUnit | null {
  return KIND_PERIOD[kind] ?? null;
}

/** Whether an entry of `kind` is filed under one day (`date`): 日纪实 and the free lists. */
export function isDatedKind(kind: string): boolean {
  const unit = kindPeriod(kind);
  return unit === null || unit === 'day';
}

/** Whether entries of `kind` are one per posting and period (keyed ids); false for the free lists. */
export function isKeyedLogKind(kind: string): boolean {
  return kindPeriod(kind) !== null;
}

/** Whether a posting type keeps a 民情日记 (驻村工作队员, 驻村第一书记). */
export function keepsCommunityDiary(postingType: string): boolean {
  return VILLAGE_POSTING_TYPES.includes(postingType);
}
