import { type DayKind, monthCalendar, monthRange } from '../calendar';
import { daysInMonth, formatDateChinese } from '../dates';
import { ON_POST_STATUSES, VILLAGE_POSTING_TYPES } from '../enums';
import { type ApprovalRecord, type LeaveRequestLike, type LeaveRules, approvalState, leaveDatesInMonth, leaveDays } from './leave';

/**
 * The attendance of a posting-month (DOMAIN §2.7, §4.3, §7.1): the effective status of every day
 * from what the clerk stored, the posting's dates, the calendar, approved leave and spot checks;
 * the monthly summary with 是否达标; the month-to-date alert; and the 合计 row.
 *
 * Storage (decided): one record per posting-month `{ postingId, month, d01 … d31 }`, each day an
 * ATTENDANCE_STATUS code or null (nothing recorded).
 */

/** The ATTENDANCE_STATUS codes (shared/domain/enums.ts). */
export type AttendanceStatusCode = 'present' | 'officialOuting' | 'leave' | 'rest' | 'rotatingRest' | 'absent' | 'late' | 'earlyLeave' | 'unknown';

/** Field name of a day in the posting-month record: d01 … d31. */
export type DayKey = `d${string}`;

/** d01 … d31 in order. */
export const DAY_KEYS: readonly DayKey[] = Array.from({ length: 31 }, (_, i) => `d${String(i + 1).padStart(2, '0')}` as DayKey);

/** The stored posting-month record. */
export type AttendanceMonthRecord = { postingId: string; month: string } & { [key: DayKey]: string | null | undefined };

/** The record field of a date: '2026-03-05' → 'd05'. */
export function dayKeyOf(date: string): DayKey {
  return `d${date.slice(8, 10)}` as DayKey;
}

/** The rules that decide what counts (DOMAIN §7.1); configurable, these are the defaults. */
export interface AttendanceRuleSet {
  /** A2: minimum days in post per month (in the village for village types). */
  minDaysPerMonth: number | null;
  /** A3: the yearly alternative some provinces use. */
  minDaysPerYear: number | null;
  /** Which minimum decides 是否达标. */
  basis: 'month' | 'year';
  /** Posting types the minimum applies to; other types show 是否达标 as not applicable. */
  postingTypes: string[];
  /** Statuses counted as 在岗 (A4: 公出 reported in advance counts as present). */
  inPostStatuses: string[];
}

/** Defaults: ≥ 20 days a month for 驻村工作队员 and 第一书记; 在岗, 公出, 迟到 and 早退 count as in post. */
export const DEFAULT_ATTENDANCE_RULES: AttendanceRuleSet = {
  minDaysPerMonth: 20,
  minDaysPerYear: 200,
  basis: 'month',
  postingTypes: [...VILLAGE_POSTING_TYPES],
  inPostStatuses: ['present', 'officialOuting', 'late', 'earlyLeave'],
};

/** The dates of a posting that carry attendance; end null = still on post. */
export interface AttendancePeriod {
  startDate: string;
  endDate: string | null;
}

/**
 * The attendance period of a posting: from its start to its actual end; a posting still on post
 * (active or extended) stays open even past its planned end until someone ends it; any other
 * posting without an actual end stops at its planned end.
 */
export function attendancePeriod(posting: { startDate: string; plannedEndDate: string; actualEndDate?: string | null; status: string }): AttendancePeriod {
  if (posting.actualEndDate) return { startDate: posting.startDate, endDate: posting.actualEndDate };
  return { startDate: posting.startDate, endDate: ON_POST_STATUSES.includes(posting.status) ? null : posting.plannedEndDate };
}

/** One day of approved leave in a month. */
export interface MonthLeaveDay {
  date: string;
  fraction: 0.5 | 1;
  leaveRequestId: string;
  type: string;
}

/** The approved leave days of a month from a posting's requests and their approval records. */
export function approvedLeaveDaysOfMonth(
  cases: readonly { request: LeaveRequestLike; approvals: readonly ApprovalRecord[]; rules: LeaveRules }[],
  month: string,
): MonthLeaveDay[] {
  const out: MonthLeaveDay[] = [];
  for (const { request, approvals, rules } of cases) {
    if (request.status === 'draft' || request.status === 'cancelled') continue;
    const parts = leaveDatesInMonth(request, month, rules);
    if (!parts.length) continue;
    if (approvalState(leaveDays(request, rules), rules.tiers, approvals).status !== 'approved') continue;
    for (const p of parts) out.push({ ...p, leaveRequestId: request.id, type: request.type });
  }
  return out;
}

/** A spot check as the attendance reads it (SPOT_CHECK_RESULT codes). */
export interface SpotCheckLike {
  date: string;
  result: string;
}

/** The effective attendance of one day of a posting-month. */
export interface AttendanceDay {
  date: string;
  day: number;
  kind: DayKind;
  workday: boolean;
  holidayName: string | null;
  /** false outside the posting period: the day is shown greyed and counts nowhere. */
  inPeriod: boolean;
  /** Effective status; null outside the posting period. */
  status: AttendanceStatusCode | null;
  /** Where the status comes from. */
  source: 'stored' | 'default' | 'leave' | 'spotCheck' | 'outside';
  /** What the clerk stored for the day (may be overridden by leave or a spot check). */
  stored: string | null;
  /** Approved leave on the day: type and fraction (½ for a half day). */
  leave: { leaveRequestId: string; type: string; fraction: 0.5 | 1 } | null;
  /** For a half day of leave: the status of the other half (the stored one, or null if none). */
  otherHalf: string | null;
  spotChecks: number;
  spotCheckAbsent: boolean;
}

/** The effective days of a month and what looks wrong in them, in Chinese. */
export interface AttendanceMonth {
  month: string;
  days: AttendanceDay[];
  problems: string[];
}

/**
 * The effective status of each day of a posting-month, by precedence: outside the posting → not
 * counted; an unexcused spot-check absence → 缺勤 (absent); approved leave → 请假 with its type
 * (a half day keeps the stored status for the other half); the stored status (work on a rest day
 * counts); otherwise 休息 (rest) on weekends and holidays and 未记录 (unknown) on working days.
 * Throws CalendarDataMissingError for a year without holiday data.
 */
export function effectiveAttendanceMonth(input: {
  month: string;
  period: AttendancePeriod;
  stored: AttendanceMonthRecord | null | undefined;
  leaveDays?: readonly MonthLeaveDay[];
  spotChecks?: readonly SpotCheckLike[];
}): AttendanceMonth {
  const leaveByDate = new Map<string, MonthLeaveDay[]>();
  for (const l of input.leaveDays ?? []) leaveByDate.set(l.date, [...(leaveByDate.get(l.date) ?? []), l]);
  const checksByDate = new Map<string, SpotCheckLike[]>();
  for (const s of input.spotChecks ?? []) checksByDate.set(s.date, [...(checksByDate.get(s.date) ?? []), s]);
  const problems: string[] = [];
  const days = monthCalendar(input.month).map((c, i): AttendanceDay => {
    const inPeriod = c.date >= input.period.startDate && (input.period.endDate === null || c.date <= input.period.endDate);
    const stored = (input.stored?.[DAY_KEYS[i]!] as string | null | undefined) ?? null;
    const checks = inPeriod ? checksByDate.get(c.date) : undefined;
    const spotCheckAbsent = checks !== undefined && checks.some((s) => s.result === 'absentUnexcused');
    const leaves = inPeriod ? leaveByDate.get(c.date) : undefined;
    let leave: AttendanceDay['leave'] = null;
    if (leaves) {
      const fraction = Math.min(1, leaves.reduce((sum, l) => sum + l.fraction, 0)) as 0.5 | 1;
      leave = { leaveRequestId: leaves[0]!.leaveRequestId, type: leaves[0]!.type, fraction };
    }
    let status: AttendanceDay['status'];
    let source: AttendanceDay['source'];
    if (!inPeriod) [status, source] = [null, 'outside'];
    else if (spotCheckAbsent) {
      if (leave) problems.push(`${formatDateChinese(c.date)}有已批准的请假，但抽查结果为无故不在岗，按缺勤计，请核实`);
      [status, source, leave] = ['absent', 'spotCheck', null];
    } else if (leave) [status, source] = ['leave', 'leave'];
    else if (stored) {
      if (stored === 'leave') problems.push(`${formatDateChinese(c.date)}标记为请假，但没有已批准的请假记录`);
      [status, source] = [stored as AttendanceStatusCode, 'stored'];
    } else [status, source] = [c.workday ? 'unknown' : 'rest', 'default'];
    return {
      date: c.date,
      day: c.day,
      kind: c.kind,
      workday: c.workday,
      holidayName: c.holidayName,
      inPeriod,
      status,
      source,
      stored,
      leave,
      otherHalf: leave && leave.fraction < 1 && stored !== 'leave' ? stored : null,
      spotChecks: checks?.length ?? 0,
      spotCheckAbsent,
    };
  });
  return { month: input.month, days, problems };
}

/** The per posting-month figures of the 月度考勤汇总表 (DOMAIN §4.3). Day counts may end in .5. */
export interface AttendanceSummary {
  /** 应出勤天数: working days of the month within the posting period. */
  requiredDays: number;
  /** 在岗 (实际在岗天数, 含公出): days with an in-post status, rest-day work included. */
  presentDays: number;
  /** In-post days that were working days: the numerator of 出勤率. */
  presentOnWorkdays: number;
  /** 公出. */
  officialOutingDays: number;
  /** 请假 by type: 事假 (personal), 病假 (sick), 其他 (every other type). */
  leaveDays: { personal: number; sick: number; other: number; total: number };
  /** 缺勤 (无故缺勤, incl. spot-check absences). */
  absentDays: number;
  /** Working days without any status yet (未记录). */
  unrecordedDays: number;
  /** 抽查次数 / 抽查不在岗次数. */
  spotChecks: number;
  spotCheckAbsences: number;
  /** 出勤率 in %, one decimal: in-post working days ÷ 应出勤天数; null when nothing was required. */
  attendanceRate: number | null;
  /** The minimum that applies this month (prorated for a part month); null when not applicable. */
  minimumDays: number | null;
  /** 是否达标; null when the minimum does not apply (posting type, or the yearly basis). */
  meetsMinimum: boolean | null;
  /** 全勤: in post on every required day, no absence, no leave. */
  fullAttendance: boolean;
}

/** Percentage with one decimal, rounded half-up; null for a zero denominator. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator * 1000) / denominator + 0.5 + 1e-9) / 10;
}

/**
 * The monthly minimum for a posting's part of a month: minDaysPerMonth prorated by the calendar
 * days of the month within the posting period, rounded up (a cadre who arrives on the 16th of a
 * 31-day month needs ⌈20 × 16 ÷ 31⌉ = 11 days).
 */
export function proratedMonthlyMinimum(month: string, period: AttendancePeriod, minDaysPerMonth: number): number {
  const { first, last } = monthRange(month);
  const from = period.startDate > first ? period.startDate : first;
  const to = period.endDate !== null && period.endDate < last ? period.endDate : last;
  if (to < from) return 0;
  const covered = Number(to.slice(8, 10)) - Number(from.slice(8, 10)) + 1;
  const total = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return Math.ceil((minDaysPerMonth * covered) / total - 1e-9);
}

const LEAVE_COLUMN: Record<string, 'personal' | 'sick'> = { personal: 'personal', sick: 'sick' };

/** The day counters of a summary (and of the 合计 row), all at zero. */
function zeroCounts() {
  return {
    requiredDays: 0,
    presentDays: 0,
    presentOnWorkdays: 0,
    officialOutingDays: 0,
    leaveDays: { personal: 0, sick: 0, other: 0, total: 0 },
    absentDays: 0,
    unrecordedDays: 0,
    spotChecks: 0,
    spotCheckAbsences: 0,
  };
}

/** The 月度考勤汇总表 figures of one posting-month from its effective days. */
export function summarizeAttendance(
  month: AttendanceMonth,
  ctx: { period: AttendancePeriod; postingType: string; rules?: AttendanceRuleSet },
): AttendanceSummary {
  const rules = ctx.rules ?? DEFAULT_ATTENDANCE_RULES;
  const inPost = new Set(rules.inPostStatuses);
  const s = zeroCounts();
  const count = (status: string | null, share: number, workday: boolean) => {
    if (status === null) return;
    if (inPost.has(status)) {
      s.presentDays += share;
      if (workday) s.presentOnWorkdays += share;
    }
    if (status === 'officialOuting') s.officialOutingDays += share;
    if (status === 'absent') s.absentDays += share;
    if (status === 'unknown' && workday) s.unrecordedDays += share;
  };
  for (const d of month.days) {
    if (!d.inPeriod) continue;
    if (d.workday) s.requiredDays++;
    s.spotChecks += d.spotChecks;
    if (d.spotCheckAbsent) s.spotCheckAbsences++;
    if (d.leave) {
      const column = LEAVE_COLUMN[d.leave.type] ?? 'other';
      s.leaveDays[column] += d.leave.fraction;
      s.leaveDays.total += d.leave.fraction;
      if (d.leave.fraction < 1) count(d.otherHalf ?? (d.workday ? 'unknown' : null), 1 - d.leave.fraction, d.workday);
    } else if (d.status === 'leave') {
      s.leaveDays.other += 1;
      s.leaveDays.total += 1;
    } else count(d.status, 1, d.workday);
  }
  const applies = rules.postingTypes.includes(ctx.postingType) && rules.basis === 'month' && rules.minDaysPerMonth !== null;
  const minimumDays = applies ? proratedMonthlyMinimum(month.month, ctx.period, rules.minDaysPerMonth!) : null;
  return {
    ...s,
    attendanceRate: percent(s.presentOnWorkdays, s.requiredDays),
    minimumDays,
    meetsMinimum: minimumDays === null ? null : s.presentDays >= minimumDays,
    fullAttendance: s.requiredDays > 0 && s.presentOnWorkdays >= s.requiredDays && s.absentDays === 0 && s.leaveDays.total === 0,
  };
}

/** 是否达标 as printed: 达标 / 未达标 / — (not applicable). */
export function meetsMinimumLabel(meets: boolean | null): string {
  return meets === null ? '—' : meets ? '达标' : '未达标';
}

/** The 合计 row of a unit or the county. */
export interface AttendanceTotals extends Omit<AttendanceSummary, 'minimumDays' | 'meetsMinimum' | 'fullAttendance'> {
  people: number;
  meetingMinimum: number;
  notMeetingMinimum: number;
  fullAttendanceCount: number;
}

/** Sums the per-posting summaries into the 合计 row; its 出勤率 is Σ in-post working days ÷ Σ 应出勤天数. */
export function attendanceTotals(summaries: readonly AttendanceSummary[]): AttendanceTotals {
  const t: AttendanceTotals = {
    people: summaries.length,
    ...zeroCounts(),
    attendanceRate: null,
    meetingMinimum: 0,
    notMeetingMinimum: 0,
    fullAttendanceCount: 0,
  };
  for (const s of summaries) {
    t.requiredDays += s.requiredDays;
    t.presentDays += s.presentDays;
    t.presentOnWorkdays += s.presentOnWorkdays;
    t.officialOutingDays += s.officialOutingDays;
    for (const k of ['personal', 'sick', 'other', 'total'] as const) t.leaveDays[k] += s.leaveDays[k];
    t.absentDays += s.absentDays;
    t.unrecordedDays += s.unrecordedDays;
    t.spotChecks += s.spotChecks;
    t.spotCheckAbsences += s.spotCheckAbsences;
    if (s.meetsMinimum === true) t.meetingMinimum++;
    if (s.meetsMinimum === false) t.notMeetingMinimum++;
    if (s.fullAttendance) t.fullAttendanceCount++;
  }
  t.attendanceRate = percent(t.presentOnWorkdays, t.requiredDays);
  return t;
}

/** A computed attendance warning on 概览 (DOMAIN §7.5); never stored. */
export interface AttendanceAlert {
  kind: 'belowMinimumDays';
  severity: 'red' | 'amber' | 'yellow';
  postingId: string;
  days: number;
  message: string;
}

/**
 * The month-to-date alert (§7.5 "below minimum days"): raised once the days in post so far plus
 * every remaining day of the posting's month (weekends included, since work on rest days counts),
 * minus approved leave already planned, can no longer reach the month's minimum.
 */
export function monthMinimumAlert(
  month: AttendanceMonth,
  summary: Pick<AttendanceSummary, 'minimumDays'>,
  ctx: { postingId: string; name: string; today: string; rules?: AttendanceRuleSet },
): AttendanceAlert | null {
  if (summary.minimumDays === null || !month.days.length) return null;
  if (ctx.today < month.days[0]!.date || ctx.today > month.days[month.days.length - 1]!.date) return null;
  const inPost = new Set((ctx.rules ?? DEFAULT_ATTENDANCE_RULES).inPostStatuses);
  let sofar = 0;
  let possible = 0;
  for (const d of month.days) {
    if (!d.inPeriod) continue;
    const leaveShare = d.leave?.fraction ?? 0;
    if (d.date < ctx.today) {
      if (d.leave) sofar += d.otherHalf && inPost.has(d.otherHalf) ? 1 - leaveShare : 0;
      else if (d.status && inPost.has(d.status)) sofar += 1;
    } else if (d.status !== 'absent') possible += 1 - leaveShare;
  }
  if (sofar + possible >= summary.minimumDays) return null;
  return {
    kind: 'belowMinimumDays',
    severity: 'red',
    postingId: ctx.postingId,
    days: sofar,
    message: `${ctx.name}本月已在岗${sofar}天，余下${possible}天即使全部在岗也达不到${summary.minimumDays}天的最低要求`,
  };
}

/**
 * 是否达标 for the yearly basis (A3): days in post over the year against minDaysPerYear prorated by
 * the calendar days of the year within the posting period (rounded up). null when it does not apply.
 */
export function meetsYearlyMinimum(
  monthSummaries: readonly Pick<AttendanceSummary, 'presentDays'>[],
  ctx: { year: number; period: AttendancePeriod; postingType: string; rules?: AttendanceRuleSet },
): { minimumDays: number; presentDays: number; meets: boolean } | null {
  const rules = ctx.rules ?? DEFAULT_ATTENDANCE_RULES;
  if (!rules.postingTypes.includes(ctx.postingType) || rules.minDaysPerYear === null) return null;
  const first = `${ctx.year}-01-01`;
  const last = `${ctx.year}-12-31`;
  const from = ctx.period.startDate > first ? ctx.period.startDate : first;
  const to = ctx.period.endDate !== null && ctx.period.endDate < last ? ctx.period.endDate : last;
  const dayNo = (d: string) => Math.round((Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - Date.UTC(ctx.year, 0, 1)) / 86_400_000);
  const covered = to < from ? 0 : dayNo(to) - dayNo(from) + 1;
  const yearDays = dayNo(last) + 1;
  const minimumDays = Math.ceil((rules.minDaysPerYear * covered) / yearDays - 1e-9);
  const presentDays = monthSummaries.reduce((sum, s) => sum + s.presentDays, 0);
  return { minimumDays, presentDays, meets: presentDays >= minimumDays };
}
