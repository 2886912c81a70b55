import { CalendarDataMissingError, countWorkdays, isWorkday, nextWorkday } from '../calendar';
import { labelOf } from '../codes/lookup';
import { addDays, formatDateChinese, monthOf } from '../dates';
import type { LeaveRuleSet, LeaveTier } from '../entities/leave-rule-set';
import { LEAVE_TYPE } from '../enums';
import type { FieldIssue } from '../issues';

/**
 * 请销假 rules (DOMAIN §2.9, §7.2, §7.5): how many days a request counts, which tier must approve
 * it, where its approvals stand, when it must be reported back, and the alerts on 概览.
 *
 * Half days: `startHalf: 'pm'` means the leave starts at noon of the start date (that day counts ½);
 * `endHalf: 'am'` means it ends at noon of the end date (½). 'full' (and 'am' at the start, 'pm' at
 * the end) take the whole day. So 2026-03-02 pm → 2026-03-04 am is ½ + 1 + ½ = 2 days.
 */

export type HalfDay = 'full' | 'am' | 'pm';

/** The dates of a request. */
export interface LeavePeriod {
  startDate: string;
  startHalf: HalfDay | string;
  endDate: string;
  endHalf: HalfDay | string;
}

/** The parts of a leave rule set the counting and approval rules read. */
export type LeaveRules = Pick<LeaveRuleSet, 'tiers' | 'countWorkingDaysOnly' | 'yearlyLimitDays'>;

/** One counted day of a request: the whole day (1) or half of it (0.5). */
export interface LeaveDayPart {
  date: string;
  fraction: 0.5 | 1;
}

/** Leave types that do not count towards the yearly limit (A8): 公假 is official business (meetings, training). */
export const LEAVE_TYPES_OUTSIDE_YEARLY_LIMIT: readonly string[] = ['official'];

/** Problems with the dates of a request, in Chinese (empty when the dates are usable). */
export function checkLeavePeriod(period: LeavePeriod, rules: Pick<LeaveRules, 'countWorkingDaysOnly'>): FieldIssue[] {
  if (period.endDate < period.startDate) return [{ field: 'endDate', message: '结束日期不能早于开始日期' }];
  if (period.endDate === period.startDate && period.startHalf === 'pm' && period.endHalf === 'am') {
    return [{ field: 'endHalf', message: '同一天请假，结束时段不能早于开始时段（下午开始、上午结束）' }];
  }
  if (leaveDayParts(period, rules).length === 0) {
    return [{ field: 'endDate', message: '所选日期均为休息日或节假日，不计请假天数，无需请假' }];
  }
  return [];
}

/** The half-day slots ('YYYY-MM-DD am' …) a period spans on the calendar, whatever the counting rule. */
function halfDaySlots(period: LeavePeriod): Set<string> {
  const slots = new Set<string>();
  for (let d = period.startDate; d <= period.endDate; d = addDays(d, 1)) {
    if (!(d === period.startDate && period.startHalf === 'pm')) slots.add(`${d} am`);
    if (!(d === period.endDate && period.endHalf === 'am')) slots.add(`${d} pm`);
  }
  return slots;
}

/**
 * All checks of a request before it is saved: the dates (errors of checkLeavePeriod), an overlap
 * with another live request of the same posting or dates outside the posting period (errors), and
 * a start before today (warning: leave must be asked in advance; an oral request during an
 * emergency is filed on return, DOMAIN §7.2).
 */
export function checkLeaveRequest(
  request: LeavePeriod & { id?: string },
  rules: Pick<LeaveRules, 'countWorkingDaysOnly'>,
  ctx: {
    today: string;
    others?: readonly (LeavePeriod & { id: string; status: string })[];
    postingPeriod?: { startDate: string; endDate: string | null };
  },
): { errors: FieldIssue[]; warnings: FieldIssue[] } {
  const errors = checkLeavePeriod(request, rules);
  const warnings: FieldIssue[] = [];
  if (errors.length) return { errors, warnings };
  const mine = halfDaySlots(request);
  for (const other of ctx.others ?? []) {
    if (other.id === request.id || other.status === 'cancelled' || other.status === 'rejected' || other.status === 'draft') continue;
    if ([...halfDaySlots(other)].some((slot) => mine.has(slot))) {
      errors.push({
        field: 'startDate',
        message: `与已有请假（${formatDateChinese(other.startDate)}至${formatDateChinese(other.endDate)}）时间重叠`,
      });
    }
  }
  const pp = ctx.postingPeriod;
  if (pp && (request.startDate < pp.startDate || (pp.endDate && request.endDate > pp.endDate))) {
    errors.push({ field: 'startDate', message: `请假日期超出挂职期间（${formatDateChinese(pp.startDate)}至${pp.endDate ? formatDateChinese(pp.endDate) : '今'}）` });
  }
  if (request.startDate < ctx.today) {
    warnings.push({ field: 'startDate', message: '开始日期早于今天：按规定应事先请假；确因急事口头请假的，返岗后补办手续' });
  }
  return { errors, warnings };
}

/**
 * The counted days of a request with their fraction, in order: working days only or every calendar
 * day, by the rule set. Throws CalendarDataMissingError for a year without holiday data.
 */
export function leaveDayParts(period: LeavePeriod, rules: Pick<LeaveRules, 'countWorkingDaysOnly'>): LeaveDayPart[] {
  if (period.endDate < period.startDate) throw new RangeError('结束日期不能早于开始日期');
  const out: LeaveDayPart[] = [];
  for (let d = period.startDate; d <= period.endDate; d = addDays(d, 1)) {
    if (rules.countWorkingDaysOnly && !isWorkday(d)) continue;
    const morningOff = !(d === period.startDate && period.startHalf === 'pm');
    const afternoonOff = !(d === period.endDate && period.endHalf === 'am');
    if (!morningOff && !afternoonOff) continue;
    out.push({ date: d, fraction: morningOff && afternoonOff ? 1 : 0.5 });
  }
  return out;
}

/** Number of leave days of a request (in half-day steps) by the rule set. */
export function leaveDays(period: LeavePeriod, rules: Pick<LeaveRules, 'countWorkingDaysOnly'>): number {
  return leaveDayParts(period, rules).reduce((sum, p) => sum + p.fraction, 0);
}

/**
 * The counted days of a request that fall in a 'YYYY-MM' month (for the attendance grid). A cadre
 * who reported back early (销假 before the end date) is on leave only before that date.
 */
export function leaveDatesInMonth(
  period: LeavePeriod & { reportedBackDate?: string | null },
  month: string,
  rules: Pick<LeaveRules, 'countWorkingDaysOnly'>,
): LeaveDayPart[] {
  const first = `${month}-01`;
  if (period.endDate < first || monthOf(period.startDate) > month) return [];
  const back = period.reportedBackDate;
  return leaveDayParts(period, rules).filter((p) => monthOf(p.date) === month && !(back && back < period.endDate && p.date >= back));
}

/**
 * The tier (1-based) that must approve a request of `days` days: the first tier whose maxDays ≥ days
 * (inclusive, DOMAIN §7.2) or has no upper bound. Longer requests than every bounded tier go to the
 * last tier.
 */
export function requiredTier(days: number, tiers: readonly Pick<LeaveTier, 'maxDays'>[]): number {
  if (tiers.length === 0) throw new RangeError('请假审批规则至少需要一级审批');
  const i = tiers.findIndex((t) => t.maxDays === null || t.maxDays === undefined || days <= t.maxDays);
  return i < 0 ? tiers.length : i + 1;
}

/**
 * A rule set in words, as 设置 shows it: `1天以内由工作（分）队长审批；1天以上3天（含）以内由
 * 乡镇党委书记审批；3天以上由县委组织部审批`. A tier without a label is named by its bounds.
 */
export function describeLeaveTiers(tiers: readonly LeaveTier[]): string {
  return tiers
    .map((t, i) => {
      const below = i > 0 ? tiers[i - 1]!.maxDays : null;
      const range = t.label || (t.maxDays === null ? (below === null ? '不论天数' : `${below}天以上`) : below === null ? `${t.maxDays}天（含）以内` : `${below}天以上${t.maxDays}天（含）以内`);
      return `${range}由${t.approverRole}审批`;
    })
    .join('；');
}

/** One tier's decision as recorded (a record of its own, DOMAIN §2.9 and the storage decision). */
export interface ApprovalRecord {
  tier: number;
  approverRole?: string | null;
  approverName: string;
  decision: 'approved' | 'rejected' | string;
  date: string;
  comment?: string | null;
}

/** Where the approvals of a request stand. */
export interface ApprovalState {
  status: 'pending' | 'approved' | 'rejected';
  requiredTier: number;
  /** Highest tier that approved in order (0 when none). */
  approvedThrough: number;
  /** The tier that must decide next, with its approver; null once approved or rejected. */
  nextTier: number | null;
  nextApproverRole: string | null;
  rejectedAtTier: number | null;
  /** Date of the decision that approved or rejected the request. */
  decidedOn: string | null;
  /** Records that do not fit (above the required tier, out of order, after a rejection, duplicates), in Chinese. */
  problems: string[];
}

function tierName(tiers: readonly Pick<LeaveTier, 'approverRole'>[], tier: number): string {
  const role = tiers[tier - 1]?.approverRole;
  return role ? `第${tier}级（${role}）` : `第${tier}级`;
}

/**
 * The approval state of a request from its approval records, in tier order: approved only when
 * every tier up to the required one approved; a rejection ends it; records for a tier above the
 * required one, out of order, after a rejection or duplicated are ignored and reported.
 */
export function approvalState(days: number, tiers: readonly LeaveTier[], approvals: readonly ApprovalRecord[]): ApprovalState {
  const required = requiredTier(days, tiers);
  const problems: string[] = [];
  const byTier = new Map<number, ApprovalRecord[]>();
  for (const a of [...approvals].sort((x, y) => x.tier - y.tier || (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
    if (a.tier > required) {
      problems.push(`本次请假${days}天，只需审批到${tierName(tiers, required)}，${tierName(tiers, a.tier)}的审批意见多余`);
      continue;
    }
    byTier.set(a.tier, [...(byTier.get(a.tier) ?? []), a]);
  }
  let approvedThrough = 0;
  let previousDate = '';
  let rejectedAtTier: number | null = null;
  let decidedOn: string | null = null;
  let stoppedAt = required + 1;
  for (let t = 1; t <= required; t++) {
    const records = byTier.get(t);
    if (!records) {
      stoppedAt = t;
      break;
    }
    const [first, ...extra] = records;
    if (extra.length) problems.push(`${tierName(tiers, t)}有${records.length}条审批意见，以${first!.date}的为准，请核对`);
    if (first!.date < previousDate) problems.push(`${tierName(tiers, t)}的审批日期${first!.date}早于上一级的${previousDate}，请核对`);
    previousDate = first!.date;
    if (first!.decision !== 'approved') {
      rejectedAtTier = t;
      decidedOn = first!.date;
      stoppedAt = t;
      break;
    }
    approvedThrough = t;
    if (t === required) decidedOn = first!.date;
  }
  for (const [t, records] of byTier) {
    if (t <= stoppedAt) continue;
    for (const r of records) {
      problems.push(
        rejectedAtTier !== null
          ? `${tierName(tiers, rejectedAtTier)}已不同意，${tierName(tiers, t)}${r.date}的审批意见无效`
          : `${tierName(tiers, t)}在${tierName(tiers, stoppedAt)}之前审批，顺序不对，请先由${tierName(tiers, stoppedAt)}审批`,
      );
    }
  }
  const status = rejectedAtTier !== null ? 'rejected' : approvedThrough === required ? 'approved' : 'pending';
  const nextTier = status === 'pending' ? approvedThrough + 1 : null;
  return {
    status,
    requiredTier: required,
    approvedThrough,
    nextTier,
    nextApproverRole: nextTier ? (tiers[nextTier - 1]?.approverRole ?? null) : null,
    rejectedAtTier,
    decidedOn: status === 'pending' ? null : decidedOn,
    problems,
  };
}

/**
 * Why a new approval record cannot be added (null when it can): the request is already decided,
 * the tier is not the next one, the tier is above the required one, or the date is earlier than
 * the previous tier's decision.
 */
export function checkNewApproval(
  days: number,
  tiers: readonly LeaveTier[],
  existing: readonly ApprovalRecord[],
  candidate: Pick<ApprovalRecord, 'tier' | 'date'>,
): string | null {
  const state = approvalState(days, tiers, existing);
  if (state.status === 'approved') return `该请假已审批完毕（最后一级：${tierName(tiers, state.requiredTier)}），不能再添加审批意见`;
  if (state.status === 'rejected') return `该请假已被${tierName(tiers, state.rejectedAtTier!)}退回（不同意），不能再添加审批意见`;
  if (candidate.tier > state.requiredTier) {
    return `本次请假${days}天，只需审批到${tierName(tiers, state.requiredTier)}，无需${tierName(tiers, candidate.tier)}审批`;
  }
  if (candidate.tier !== state.nextTier) return `应由${tierName(tiers, state.nextTier!)}审批，不能跳级或重复审批`;
  const previous = existing.filter((a) => a.tier === candidate.tier - 1).map((a) => a.date).sort()[0];
  if (previous && candidate.date < previous) return `审批日期不能早于上一级的审批日期（${formatDateChinese(previous)}）`;
  return null;
}

/** The day by which the cadre must report back (销假): the first working day after the end date. */
export function reportBackDeadline(period: Pick<LeavePeriod, 'endDate'>): string {
  return nextWorkday(period.endDate);
}

/** Working days overstayed as of `asOf` (or the day of a late 销假): working days after the deadline up to asOf. */
export function overstayedWorkdays(period: Pick<LeavePeriod, 'endDate'>, asOf: string): number {
  const deadline = reportBackDeadline(period);
  return asOf > deadline ? countWorkdays(addDays(deadline, 1), asOf) : 0;
}

/**
 * Checks a 销假 (report back) date: only an approved leave can be reported back and not before it
 * started (errors); reporting back after the deadline is allowed but says how long it overstayed.
 */
export function checkReportBack(
  period: LeavePeriod,
  approval: Pick<ApprovalState, 'status'>,
  reportedBackDate: string,
): { errors: FieldIssue[]; warnings: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  if (approval.status !== 'approved') errors.push({ field: 'reportedBackDate', message: '请假尚未审批通过，不能销假' });
  if (reportedBackDate < period.startDate) errors.push({ field: 'reportedBackDate', message: '销假日期不能早于请假开始日期' });
  if (errors.length) return { errors, warnings };
  const late = overstayedWorkdays(period, reportedBackDate);
  if (late > 0) {
    warnings.push({
      field: 'reportedBackDate',
      message: `应于${formatDateChinese(reportBackDeadline(period))}前销假，实际${formatDateChinese(reportedBackDate)}销假，超假${late}个工作日`,
    });
  }
  return { errors, warnings };
}

/** A request as the status and alert rules read it. */
export interface LeaveRequestLike extends LeavePeriod {
  id: string;
  postingId: string;
  type: string;
  /** Stored status: 'draft' and 'cancelled' are the clerk's; the others are recomputed here. */
  status: string;
  reportedBackDate?: string | null;
}

/**
 * The status a clerk sees (LEAVE_STATUS code): draft and cancelled as stored; otherwise pending,
 * rejected, approved, reportedBack, or overstayed once the report-back deadline has passed.
 */
export function effectiveLeaveStatus(request: LeaveRequestLike, approval: Pick<ApprovalState, 'status'>, today: string): string {
  if (request.status === 'draft' || request.status === 'cancelled') return request.status;
  if (approval.status !== 'approved') return approval.status;
  if (request.reportedBackDate) return 'reportedBack';
  return today > reportBackDeadline(request) ? 'overstayed' : 'approved';
}

/** A request with everything its alerts need. */
export interface LeaveCase {
  request: LeaveRequestLike;
  approvals: readonly ApprovalRecord[];
  rules: LeaveRules;
  /** The cadre's name, for the messages. */
  name: string;
}

/** A computed leave warning on 概览 (DOMAIN §7.5); never stored. */
export interface LeaveAlert {
  kind: 'leaveOverstayed' | 'leaveApprovalIncomplete' | 'leaveYearlyLimit' | 'calendarMissing';
  severity: 'red' | 'amber' | 'yellow';
  postingId: string;
  leaveRequestId?: string;
  /** The report-back deadline (overstayed) or the start date (approval incomplete). */
  dueDate?: string;
  /** Overstayed working days, or cumulative leave days for the yearly limit. */
  days?: number;
  message: string;
}

function isLive(request: LeaveRequestLike): boolean {
  return request.status !== 'draft' && request.status !== 'cancelled';
}

/**
 * Approved leave days of a posting's requests that fall in `year` (a request crossing New Year
 * counts its days in each year), without the types outside the yearly limit (公假).
 */
export function approvedLeaveDaysInYear(cases: readonly Omit<LeaveCase, 'name'>[], year: number): number {
  let sum = 0;
  for (const c of cases) {
    if (!isLive(c.request) || LEAVE_TYPES_OUTSIDE_YEARLY_LIMIT.includes(c.request.type)) continue;
    const days = leaveDays(c.request, c.rules);
    if (approvalState(days, c.rules.tiers, c.approvals).status !== 'approved') continue;
    const back = c.request.reportedBackDate;
    for (const p of leaveDayParts(c.request, c.rules)) {
      if (Number(p.date.slice(0, 4)) === year && !(back && back < c.request.endDate && p.date >= back)) sum += p.fraction;
    }
  }
  return sum;
}

/**
 * The leave alerts as of `today`: not reported back by the deadline (red), a leave that started
 * without full approval (red), and cumulative approved leave this year above the rule set's yearly
 * limit (A8, amber: the dispatching unit should consider recall). A year without holiday data gives
 * one calendarMissing alert instead of a guess.
 */
export function leaveAlerts(cases: readonly LeaveCase[], today: string): LeaveAlert[] {
  const out: LeaveAlert[] = [];
  const missingYears = new Set<number>();
  const guard = (postingId: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof CalendarDataMissingError)) throw e;
      if (!missingYears.has(e.year)) {
        missingYears.add(e.year);
        out.push({ kind: 'calendarMissing', severity: 'amber', postingId, message: `${e.message}（在此之前无法判断请假天数和是否超假）` });
      }
    }
  };
  const year = Number(today.slice(0, 4));
  const byPosting = new Map<string, LeaveCase[]>();
  for (const c of cases) {
    if (!isLive(c.request)) continue;
    byPosting.set(c.request.postingId, [...(byPosting.get(c.request.postingId) ?? []), c]);
    guard(c.request.postingId, () => {
      const r = c.request;
      const days = leaveDays(r, c.rules);
      const state = approvalState(days, c.rules.tiers, c.approvals);
      const what = `${c.name}的${labelOf(LEAVE_TYPE, r.type)}（${formatDateChinese(r.startDate)}起${days}天）`;
      if (state.status === 'pending' && r.startDate <= today) {
        out.push({
          kind: 'leaveApprovalIncomplete',
          severity: 'red',
          postingId: r.postingId,
          leaveRequestId: r.id,
          dueDate: r.startDate,
          message: `${what}已开始，但尚未审批完毕（待${tierName(c.rules.tiers, state.nextTier!)}审批）`,
        });
      }
      if (state.status === 'approved' && !r.reportedBackDate) {
        const deadline = reportBackDeadline(r);
        if (today > deadline) {
          const late = overstayedWorkdays(r, today);
          out.push({
            kind: 'leaveOverstayed',
            severity: 'red',
            postingId: r.postingId,
            leaveRequestId: r.id,
            dueDate: deadline,
            days: late,
            message: `${what}已于${formatDateChinese(r.endDate)}到期，应于${formatDateChinese(deadline)}前销假，至今未销假，已超假${late}个工作日`,
          });
        }
      }
    });
  }
  for (const [postingId, list] of byPosting) {
    const limit = list[0]!.rules.yearlyLimitDays;
    if (limit === null || limit === undefined) continue;
    guard(postingId, () => {
      const total = approvedLeaveDaysInYear(list, year);
      if (total > limit) {
        out.push({
          kind: 'leaveYearlyLimit',
          severity: 'amber',
          postingId,
          days: total,
          message: `${list[0]!.name}${year}年累计请假${total}天，超过${limit}天的上限，请派出单位研究是否召回`,
        });
      }
    });
  }
  return out;
}
