import { isoWeekday, monthCalendar, monthRange, nextDay } from '../calendar';
import { addDays, formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';
import type { AttendancePeriod } from './attendance';

/**
 * 周考评 (DOMAIN §2.13, §7.1 A11, [seed003]): each week a township deducts points per item from a
 * full score; the month sums the weeks and ranks people; the top 3 ranks are the 红榜, the bottom 3
 * ranks the 黑榜.
 *
 * Which month a week belongs to: the month of its Monday (`weekStart`). A week with no working day
 * (e.g. the Spring Festival week) is not scored.
 *
 * Missing weeks (decision): the month's ranking score is the AVERAGE of the weeks that were scored,
 * multiplied by the number of scoring weeks of the month. With every week scored this is exactly
 * the sum of the weekly totals (the 月得分 the sources rank by); with a week missing — a cadre who
 * arrived mid-month, or a clerk who has not entered the week yet — the cadre is neither pushed onto
 * the 黑榜 for an omission that is not his performance (counting the week as 0 would do that, and the
 * 黑榜 leads to a 提醒谈话) nor lifted by it. The roll-up says which weeks are missing so the clerk
 * can complete them; a cadre with no scored week is not ranked.
 */

export type ScoreItemKey = 'residence' | 'attendance' | 'discipline' | 'performance' | 'other';

export interface WeeklyScoreItemRule {
  key: ScoreItemKey;
  label: string;
  max: number;
}

/** Items and maxima of a township's weekly score sheet, and the size of the red and black lists. */
export interface WeeklyScoreRuleSet {
  items: WeeklyScoreItemRule[];
  /** Ranks on the 红榜 (top) and 黑榜 (bottom): 3 by A11. */
  listSize: number;
}

/**
 * Defaults: the four headings of [seed003] (住村, 考勤, 守纪, 履职) plus 其他, 100 points in all;
 * the split of the points is [inferred] and configurable.
 */
export const DEFAULT_WEEKLY_SCORE_RULES: WeeklyScoreRuleSet = {
  items: [
    { key: 'residence', label: '住村', max: 25 },
    { key: 'attendance', label: '考勤', max: 25 },
    { key: 'discipline', label: '守纪', max: 20 },
    { key: 'performance', label: '履职', max: 25 },
    { key: 'other', label: '其他', max: 5 },
  ],
  listSize: 3,
};

export interface ScoreItem {
  max: number;
  deduction: number;
  reason: string | null;
}

export type WeeklyItems = Record<ScoreItemKey, ScoreItem>;

/** A fresh sheet for a week: every item at its maximum, nothing deducted. */
export function blankWeeklyItems(rules: WeeklyScoreRuleSet = DEFAULT_WEEKLY_SCORE_RULES): WeeklyItems {
  const items = {} as WeeklyItems;
  for (const key of ['residence', 'attendance', 'discipline', 'performance', 'other'] as const) {
    items[key] = { max: rules.items.find((i) => i.key === key)?.max ?? 0, deduction: 0, reason: null };
  }
  return items;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The week's total: Σ max − Σ deduction. */
export function weeklyTotal(items: WeeklyItems): number {
  return round2(Object.values(items).reduce((sum, i) => sum + i.max - i.deduction, 0));
}

/**
 * Checks a week's sheet: each deduction between 0 and its item's maximum (errors); a deduction
 * without a reason (warning: the 红黑榜 and a talk may rest on it).
 */
export function checkWeeklyItems(items: WeeklyItems, rules: WeeklyScoreRuleSet = DEFAULT_WEEKLY_SCORE_RULES): { errors: FieldIssue[]; warnings: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  for (const rule of rules.items) {
    const item = items[rule.key];
    const field = `items.${rule.key}.deduction`;
    if (!Number.isFinite(item.deduction) || item.deduction < 0) errors.push({ field, message: `${rule.label}扣分不能为负数` });
    else if (item.deduction > item.max) errors.push({ field, message: `${rule.label}扣分不能超过该项满分${item.max}分` });
    else if (item.deduction > 0 && !item.reason?.trim()) warnings.push({ field: `items.${rule.key}.reason`, message: `${rule.label}扣${item.deduction}分，请注明扣分原因` });
  }
  return { errors, warnings };
}

/** The Monday of the week a date falls in. */
export function weekStartOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Why a date cannot be a week's start (null for a Monday). */
export function checkWeekStart(date: string): string | null {
  return isoWeekday(date) === 1 ? null : `周考评的起始日应为星期一（${formatDateChinese(date)}是星期${'一二三四五六日'[isoWeekday(date) - 1]}）`;
}

/** The calendar day of a date, from the (cached) month calendar. */
function calendarDay(date: string) {
  return monthCalendar(date.slice(0, 7))[Number(date.slice(8, 10)) - 1]!;
}

/**
 * Whether the week (clipped to the posting's period) has a working day. Days are looked at in
 * order and the first working day answers, so the last week of December counts when its December
 * days are working days even while the new year's holidays are not yet entered. Reads the cached
 * month calendars: roll-ups ask this for every posting and week.
 */
function hasWorkday(weekStart: string, period?: AttendancePeriod): boolean {
  let from = weekStart;
  let to = weekStart;
  for (let i = 0; i < 6; i++) to = nextDay(to);
  if (period) {
    if (period.startDate > from) from = period.startDate;
    if (period.endDate !== null && period.endDate < to) to = period.endDate;
  }
  for (let day = from; day <= to; day = nextDay(day)) if (calendarDay(day).workday) return true;
  return false;
}

/**
 * Scoring weeks by month, keyed by the month's calendar: the calendar module hands out a new one
 * whenever holiday data change, so a stale entry is never used (a week running into the next month
 * is decided by its days in this month except in the rare week with none).
 */
const weeksCache = new WeakMap<object, readonly string[]>();

/** The scoring weeks of a month: Mondays in the month whose week has at least one working day. */
export function weeksOfMonth(month: string): string[] {
  const key = monthCalendar(month);
  const cached = weeksCache.get(key);
  if (cached) return [...cached];
  const { first, last } = monthRange(month);
  const out: string[] = [];
  for (let monday = addDays(first, (8 - isoWeekday(first)) % 7); monday <= last; monday = addDays(monday, 7)) {
    if (hasWorkday(monday)) out.push(monday);
  }
  weeksCache.set(key, out);
  return [...out];
}

/** The scoring weeks of a month in which a posting had at least one working day. */
export function expectedWeeks(month: string, period: AttendancePeriod): string[] {
  return weeksOfMonth(month).filter((w) => hasWorkday(w, period));
}

/** Expected weeks that have ended before `today` and have no score: the 概览 "weekly score missing" list. */
export function missingWeeks(month: string, period: AttendancePeriod, scoredWeekStarts: readonly string[], today: string): string[] {
  const scored = new Set(scoredWeekStarts);
  return expectedWeeks(month, period).filter((w) => addDays(w, 6) < today && !scored.has(w));
}

/** A posting's month of weekly scores. */
export interface MonthlyRollup {
  postingId: string;
  month: string;
  /** Σ of the weekly totals entered (the 月得分 when the month is complete). */
  sum: number;
  weeksScored: number;
  weeksExpected: number;
  /** Expected weeks without a score (whether or not they have ended). */
  missingWeeks: string[];
  average: number | null;
  /** The ranking key: average × scoring weeks of the month (= sum when complete); null when nothing was scored. */
  rankingScore: number | null;
  complete: boolean;
}

/** The monthly roll-up of one posting (see the missing-weeks decision at the top of this file). */
export function monthlyRollup(
  postingId: string,
  month: string,
  period: AttendancePeriod,
  scores: readonly { weekStart: string; total: number }[],
): MonthlyRollup {
  const weeks = weeksOfMonth(month);
  const expected = expectedWeeks(month, period);
  const inMonth = scores.filter((s) => weeks.includes(s.weekStart));
  const sum = round2(inMonth.reduce((t, s) => t + s.total, 0));
  const average = inMonth.length ? sum / inMonth.length : null;
  const scored = new Set(inMonth.map((s) => s.weekStart));
  const missing = expected.filter((w) => !scored.has(w));
  return {
    postingId,
    month,
    sum,
    weeksScored: inMonth.length,
    weeksExpected: expected.length,
    missingWeeks: missing,
    average: average === null ? null : round2(average),
    rankingScore: average === null ? null : round2(average * weeks.length),
    complete: missing.length === 0,
  };
}

/** An entry with its standard competition rank (1, 2, 2, 4); null when it has no score. */
export type Ranked<T> = T & { rank: number | null };

/** Standard competition ranks of entries already sorted by score: equal scores share the rank of the first. */
function competitionRanks<T>(sorted: readonly T[], score: (e: T) => number | null): [T, number][] {
  const out: [T, number][] = [];
  sorted.forEach((e, i) => out.push([e, i > 0 && score(e) === score(sorted[i - 1]!) ? out[i - 1]![1] : i + 1]));
  return out;
}

/**
 * Ranks entries by score, highest first, with standard competition ranking: ties share a rank and
 * the next rank skips (1, 2, 2, 4). Entries without a score come last, unranked. Ties keep the
 * order they were given in.
 */
export function rankByScore<T>(entries: readonly T[], score: (e: T) => number | null): Ranked<T>[] {
  const sorted = entries.filter((e) => score(e) !== null).sort((a, b) => score(b)! - score(a)!);
  return [...competitionRanks(sorted, score).map(([e, rank]) => ({ ...e, rank })), ...entries.filter((e) => score(e) === null).map((e) => ({ ...e, rank: null }))];
}

/**
 * 红榜 = entries ranked within the top `size` ranks; 黑榜 = entries within the bottom `size` ranks
 * (ranked the same way from the bottom), all ties listed. Nobody is on both: when a group is so
 * small or so tied that the two overlap, the red list wins (if everyone scored the same there is no
 * black list).
 */
export function redBlackLists<T>(ranked: readonly Ranked<T>[], score: (e: T) => number | null, size = DEFAULT_WEEKLY_SCORE_RULES.listSize): { red: Ranked<T>[]; black: Ranked<T>[] } {
  const scored = ranked.filter((e) => e.rank !== null);
  const red = scored.filter((e) => e.rank! <= size);
  const ascending = [...scored].sort((a, b) => score(a)! - score(b)!);
  const black = competitionRanks(ascending, score)
    .filter(([e, fromBottom]) => fromBottom <= size && !red.includes(e))
    .map(([e]) => e);
  return { red, black };
}

/** Postings on the 黑榜 of `current` and of the month right before it (`previous`): 提醒谈话 candidates. */
export function blackListedTwiceInRow(
  previous: { month: string; postingIds: readonly string[] },
  current: { month: string; postingIds: readonly string[] },
): string[] {
  const before = addDays(`${current.month}-01`, -1).slice(0, 7);
  if (previous.month !== before) return [];
  return current.postingIds.filter((id) => previous.postingIds.includes(id));
}
