import type { AttendancePeriod } from '../domain/rules/attendance';
import { statusFromPunches, type PunchSuggestion } from '../domain/rules/attendance-punches';
import type { ClockPerson, ReadPunch } from './clock-in-rows';

/** What the import does with one posting-day. */
export type DayAction =
  /** nothing stored yet, or what a previous import stored: set the suggested status */
  | 'set'
  /** the stored status already says the same: only the punches are kept */
  | 'same'
  /** a status set by hand differs: kept (the default), the punches are kept beside it */
  | 'keep'
  /** a status set by hand differs and the clerk chose the export's */
  | 'overwrite'
  /** the day lies outside the posting period: nothing is written */
  | 'outside';

/** One posting-day of the preview. */
export interface PlannedDay {
  postingId: string;
  date: string;
  punches: ReadPunch[];
  suggestion: PunchSuggestion;
  /** The status stored now (null: nothing recorded). */
  current: string | null;
  /** True when `current` was set by hand (it differs from what the last import set). */
  handSet: boolean;
  action: DayAction;
  signIn: string | null;
  signOut: string | null;
}

/** What the planner needs to know about a matched posting. */
export interface PlanPosting {
  period: AttendancePeriod;
  /** The stored status of a date, null when nothing is recorded. */
  stored: (date: string) => string | null;
  /** The status the last import set on a date (the day's `importedStatus` in attendanceDetails), null when none. */
  imported: (date: string) => string | null;
}

/** Counts the preview shows. */
export interface PlanCounts {
  days: number;
  set: number;
  same: number;
  keep: number;
  overwrite: number;
  outside: number;
  review: number;
  punches: number;
}

/** The earliest and latest punch time of a day ('HH:mm'), for 签到 / 签退. */
function firstAndLast(punches: readonly ReadPunch[]): { signIn: string | null; signOut: string | null } {
  const times = punches.map((p) => p.time).filter((t): t is string => !!t).sort();
  return { signIn: times[0] ?? null, signOut: times.length > 1 ? times[times.length - 1]! : null };
}

/**
 * The posting-days an import would write, person by person as assigned (`assignment`: person key →
 * posting id, null = leave out). A status a clerk set by hand is never overwritten unless the clerk
 * said so: for all such days (`overwriteHand`) or for the days listed in `overwriteDays`
 * (`postingId|date`). Punches of several people assigned to the same posting are merged per day.
 */
export function planClockImport(input: {
  people: readonly ClockPerson[];
  assignment: ReadonlyMap<string, string | null>;
  postings: ReadonlyMap<string, PlanPosting>;
  overwriteHand?: boolean;
  overwriteDays?: ReadonlySet<string>;
}): { days: PlannedDay[]; counts: PlanCounts } {
  const byDay = new Map<string, { postingId: string; date: string; punches: ReadPunch[] }>();
  for (const person of input.people) {
    const postingId = input.assignment.get(person.key);
    if (!postingId || !input.postings.has(postingId)) continue;
    for (const [date, punches] of person.days) {
      const k = `${postingId}|${date}`;
      const entry = byDay.get(k);
      if (entry) entry.punches.push(...punches);
      else byDay.set(k, { postingId, date, punches: [...punches] });
    }
  }
  const counts: PlanCounts = { days: 0, set: 0, same: 0, keep: 0, overwrite: 0, outside: 0, review: 0, punches: 0 };
  const days: PlannedDay[] = [];
  for (const [k, { postingId, date, punches }] of byDay) {
    const p = input.postings.get(postingId)!;
    const suggestion = statusFromPunches(punches);
    const current = p.stored(date);
    const handSet = current !== null && current !== p.imported(date);
    const inPeriod = date >= p.period.startDate && (p.period.endDate === null || date <= p.period.endDate);
    let action: DayAction;
    if (!inPeriod) action = 'outside';
    else if (current === suggestion.status) action = 'same';
    else if (!handSet) action = 'set';
    else action = input.overwriteHand || input.overwriteDays?.has(k) ? 'overwrite' : 'keep';
    counts[action]++;
    counts.days++;
    counts.punches += punches.length;
    if (suggestion.needsReview && action !== 'outside') counts.review++;
    days.push({ postingId, date, punches, suggestion, current, handSet, action, ...firstAndLast(punches) });
  }
  days.sort((a, b) => (a.postingId < b.postingId ? -1 : a.postingId > b.postingId ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { days, counts };
}
