import { addDays, daysBetween, formatDateChinese, formatDateDotted } from '../dates';
import type { Alert } from './alerts';
import { attendancePeriod, type AttendancePeriod } from './attendance';
import { DEFAULT_WEEKLY_SCORE_RULES, blankWeeklyItems, missingWeeks, weeksOfMonth, type WeeklyItems, type WeeklyScoreRuleSet } from './weekly-score';

/**
 * The weekly score sheet of a township as the 考核 screen and the 概览 show it: which standard
 * (周考评标准) applies, the items of a row, how a week is named, and the "weekly score missing" alert
 * (DOMAIN §7.5), one per township and week rather than one per cadre.
 */

/** Statuses of a posting that never was on post (proposed, approved only, cancelled). */
const NOT_STARTED: readonly string[] = ['proposed', 'approved', 'cancelled'];

/** Whether a posting was on post at some day from `from` to `to` (both included). */
export function onPostDuring(p: { status: string; startDate: string; plannedEndDate: string; actualEndDate?: string | null }, from: string, to: string): boolean {
  if (NOT_STARTED.includes(p.status)) return false;
  const { startDate, endDate } = attendancePeriod(p);
  return startDate <= to && (endDate === null || endDate >= from);
}

/** A stored 周考评标准: for one township, or for the whole county when `townshipId` is null. */
export interface StoredScoreRules extends WeeklyScoreRuleSet {
  townshipId: string | null;
}

/** The standard a township scores by: its own, else the county's, else the defaults of DOMAIN §2.13. */
export function scoreRulesFor(sets: readonly StoredScoreRules[], townshipId: string | null): WeeklyScoreRuleSet {
  const own = townshipId ? sets.find((s) => s.townshipId === townshipId) : undefined;
  const county = sets.find((s) => !s.townshipId);
  const chosen = own ?? county;
  return chosen ? { items: chosen.items, listSize: chosen.listSize } : DEFAULT_WEEKLY_SCORE_RULES;
}

/**
 * The items of a row: the stored week's items (their maxima are those it was scored under, so a
 * later change of the standard never changes a past total), else a blank sheet of the standard.
 */
export function sheetItems(rules: WeeklyScoreRuleSet, stored: WeeklyItems | undefined): WeeklyItems {
  return stored ?? blankWeeklyItems(rules);
}

/** '2026.11.09—11.15': a week by its Monday, as lists and reports print it. */
export function weekText(weekStart: string): string {
  const end = addDays(weekStart, 6);
  const sameYear = end.slice(0, 4) === weekStart.slice(0, 4);
  return `${formatDateDotted(weekStart)}—${sameYear ? formatDateDotted(end).slice(5) : formatDateDotted(end)}`;
}

/** '第2周': the position of a week among the scoring weeks of its month. */
export function weekOrdinal(weekStart: string): number {
  return weeksOfMonth(weekStart.slice(0, 7)).indexOf(weekStart) + 1;
}

/** A township's postings with their periods, for the missing-week alert. */
export interface TownshipWeeks {
  townshipId: string;
  name: string;
  postings: readonly { id: string; period: AttendancePeriod }[];
}

/**
 * "周考评未录入": for each township, the scoring weeks of `months` that have ended before `today` in
 * which postings on post that week have no score. One amber alert per township, naming how many
 * weeks and scores are missing and linking to the earliest such week's sheet (`days`: since that
 * week ended, negative).
 */
export function weeklyScoreMissingAlerts(
  townships: readonly TownshipWeeks[],
  scored: ReadonlySet<string>,
  months: readonly string[],
  today: string,
): Alert[] {
  const out: Alert[] = [];
  const weeksOf = new Map(months.map((m) => [m, weeksOfMonth(m)]));
  for (const t of townships) {
    const missing = new Map<string, number>();
    for (const p of t.postings) {
      for (const month of months) {
        const done = weeksOf.get(month)!.filter((w) => scored.has(`${p.id}|${w}`));
        for (const w of missingWeeks(month, p.period, done, today)) missing.set(w, (missing.get(w) ?? 0) + 1);
      }
    }
    if (missing.size === 0) continue;
    const weeks = [...missing.keys()].sort();
    const first = weeks[0]!;
    const scores = [...missing.values()].reduce((a, b) => a + b, 0);
    out.push({
      kind: 'weeklyScoreMissing',
      severity: 'amber',
      dueDate: addDays(first, 6),
      days: daysBetween(today, addDays(first, 6)),
      link: { section: 'assessment', tab: 'weekly', params: { township: t.townshipId, week: first } },
      message:
        weeks.length === 1
          ? `${t.name}${formatDateChinese(first)}起的一周（${weekText(first)}）有${scores}人未录入周考评`
          : `${t.name}有${weeks.length}周未录齐周考评（自${weekText(first)}起，共缺${scores}人次）`,
    });
  }
  return out;
}
