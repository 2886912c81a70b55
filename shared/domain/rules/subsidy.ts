import { monthRange, workdaysInMonth } from '../calendar';
import { capitalAmount } from '../capital-numerals';
import { labelOf } from '../codes/lookup';
import { daysBetween, daysInMonth, formatDateChinese } from '../dates';
import type { SubsidyRule } from '../entities/subsidy-rule';
import { POSTING_TYPE } from '../enums';
import { divideRoundHalfUp, formatYuan, yuanToFen } from '../money';
import type { AttendanceDay, AttendancePeriod } from './attendance';

/**
 * 生活补助 of one posting-month under one rule (DOMAIN §2.14, §7.4). Everything is computed in
 * integer fen and rounded half-up to the fen once per component (base and transport).
 *
 * A rate change is a new rule with its own validity dates; a month that a change cuts in two gives
 * one payment per rule, each over its part of the month, and the parts add up to what one rule
 * over the whole month would give (exactly for whole days; within a fen where a half day or a
 * prorated monthly amount is rounded in each part). The monthly cap on trips applies to the month, not to each part: trips
 * are paid in date order up to the cap, each in the part it falls in.
 */

export type SubsidyRuleLike = Pick<
  SubsidyRule,
  'name' | 'basis' | 'amount' | 'countStatuses' | 'prorateByWorkdays' | 'maxTripsPerMonth' | 'tripFare' | 'appliesTo' | 'outOfCountyOnly' | 'validFrom' | 'validTo'
> & { id: string };

/** One round trip home in the month; `fare` is the actual fare in yuan when the rule has no fixed fare. */
export interface Trip {
  date: string;
  fare?: number | null;
}

/** Why the rule does not apply to a posting (null when it does): posting type or 仅限县外挂职. */
export function subsidyRuleApplies(rule: Pick<SubsidyRuleLike, 'appliesTo' | 'outOfCountyOnly'>, posting: { type: string; outOfCounty: boolean }): string | null {
  if (rule.appliesTo.length > 0 && !rule.appliesTo.includes(posting.type)) {
    return `该补助标准不适用于“${labelOf(POSTING_TYPE, posting.type)}”`;
  }
  if (rule.outOfCountyOnly && !posting.outOfCounty) return '该补助标准仅适用于到县外挂职';
  return null;
}

/** The computed payment of one posting-month under one rule. */
export interface SubsidyComputation {
  ruleId: string;
  month: string;
  /** The part of the month the payment covers (month ∩ posting period ∩ rule validity); null when none. */
  from: string | null;
  to: string | null;
  /** The day count the basis multiplies (counted days, calendar days or counted working days); 0 for per-trip bases. */
  days: number;
  /** The rule's amount in fen (per day, month, trip or km). */
  unitAmountFen: number;
  baseFen: number;
  /** Trips paid in this part after the monthly cap, and their fares (the whole amount of a per-trip or per-km rule). */
  trips: number;
  tripFen: number;
  amountFen: number;
  /** The computation in words, for the review screen and the 备注 column. */
  explanation: string;
  /** What a clerk must supply before the amount is right (missing fares or distance), in Chinese. */
  issues: string[];
}

/** Share of a day counted under `countStatuses`: 1, 0, or ½ for a half day of leave. */
function countedShare(day: Pick<AttendanceDay, 'status' | 'leave' | 'otherHalf'>, counted: ReadonlySet<string>): number {
  if (day.leave && day.leave.fraction < 1) {
    return (day.otherHalf && counted.has(day.otherHalf) ? 1 - day.leave.fraction : 0) + (counted.has('leave') ? day.leave.fraction : 0);
  }
  return day.status && counted.has(day.status) ? 1 : 0;
}

function formatDays(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * One posting-month's payment under one rule, from the month's effective attendance days (all
 * days of the month, as effectiveAttendanceMonth gives them):
 * - perPresentDay: amount × days with a status in `countStatuses` (½ for a half day);
 * - perCalendarDay: amount × calendar days covered;
 * - perMonth: amount × covered calendar days ÷ days of the month (the full amount for a whole
 *   month), or with `prorateByWorkdays` amount × counted working days ÷ working days of the month;
 * - perTrip: amount per trip, perKm: amount × roundTripKm per trip, trips capped by maxTripsPerMonth;
 * - lumpSum: the amount once, in the month the posting starts (if the rule is valid that day).
 * A rule with a trip cap or a fixed fare also pays round trips on top of its basis (min(trips, cap) ×
 * fare, the actual fare of each trip when the rule has none).
 */
export function computeSubsidy(input: {
  rule: SubsidyRuleLike;
  month: string;
  period: AttendancePeriod;
  days: readonly Pick<AttendanceDay, 'date' | 'workday' | 'status' | 'leave' | 'otherHalf'>[];
  trips?: readonly Trip[];
  /** Kilometres of one round trip, for perKm rules. */
  roundTripKm?: number | null;
}): SubsidyComputation {
  const { rule, month, period } = input;
  const { first, last } = monthRange(month);
  const from = [first, period.startDate, rule.validFrom].reduce((a, b) => (a > b ? a : b));
  const to = [last, period.endDate ?? last, rule.validTo ?? last].reduce((a, b) => (a < b ? a : b));
  const unitAmountFen = yuanToFen(rule.amount);
  const issues: string[] = [];
  const result = (days: number, baseFen: number, trips: number, tripFen: number, explanation: string[]): SubsidyComputation => ({
    ruleId: rule.id,
    month,
    from: to >= from ? from : null,
    to: to >= from ? to : null,
    days,
    unitAmountFen,
    baseFen,
    trips,
    tripFen,
    amountFen: baseFen + tripFen,
    explanation: explanation.join('；'),
    issues,
  });
  if (to < from) return result(0, 0, 0, 0, ['本月不在挂职期间或补助标准有效期内']);

  const covered = input.days.filter((d) => d.date >= from && d.date <= to);
  const counted = new Set(rule.countStatuses);
  const unit = `${formatYuan(unitAmountFen)}元`;
  const words: string[] = [];
  if (to < last || from > first) words.push(`计算期间${formatDateChinese(from)}至${formatDateChinese(to)}`);

  // Trips of the whole month within the posting period, in date order, paid up to the monthly cap.
  const monthTrips = [...(input.trips ?? [])]
    .filter((t) => t.date >= first && t.date <= last && t.date >= period.startDate && (period.endDate === null || t.date <= period.endDate))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const cap = rule.maxTripsPerMonth ?? Infinity;
  const payableTrips = monthTrips.slice(0, cap).filter((t) => t.date >= from && t.date <= to);
  const beyondCap = monthTrips.length > cap ? `本月往返${monthTrips.length}次，按每月最多${cap}次计` : null;

  const perTripFen = (fixedFen: number | null): number => {
    let sum = 0;
    payableTrips.forEach((t, i) => {
      if (fixedFen !== null) sum += fixedFen;
      else if (t.fare === null || t.fare === undefined) issues.push(`${formatDateChinese(t.date)}的往返未填写实际交通费（第${i + 1}次）`);
      else sum += yuanToFen(t.fare);
    });
    return sum;
  };

  let days: number;
  let baseFen: number;
  switch (rule.basis) {
    case 'perPresentDay': {
      days = covered.reduce((s, d) => s + countedShare(d, counted), 0);
      baseFen = divideRoundHalfUp(unitAmountFen * Math.round(days * 2), 2);
      words.push(`${unit}/天 × ${formatDays(days)}天 = ${formatYuan(baseFen)}元`);
      break;
    }
    case 'perCalendarDay': {
      days = daysBetween(from, to) + 1;
      baseFen = unitAmountFen * days;
      words.push(`${unit}/天 × ${days}天 = ${formatYuan(baseFen)}元`);
      break;
    }
    case 'perMonth': {
      if (rule.prorateByWorkdays) {
        const workdays = workdaysInMonth(month).length;
        days = covered.filter((d) => d.workday).reduce((s, d) => s + countedShare(d, counted), 0);
        baseFen = workdays ? divideRoundHalfUp(unitAmountFen * Math.round(days * 2), 2 * workdays) : 0;
        words.push(`${unit}/月 × 出勤${formatDays(days)}天 ÷ 本月工作日${workdays}天 = ${formatYuan(baseFen)}元`);
      } else {
        const monthDays = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
        days = daysBetween(from, to) + 1;
        baseFen = divideRoundHalfUp(unitAmountFen * days, monthDays);
        words.push(days === monthDays ? `${unit}/月，全月 = ${formatYuan(baseFen)}元` : `${unit}/月 × ${days}天 ÷ ${monthDays}天 = ${formatYuan(baseFen)}元`);
      }
      break;
    }
    case 'perTrip':
    case 'perKm': {
      let fare = unitAmountFen;
      if (rule.basis === 'perKm') {
        if (!input.roundTripKm || input.roundTripKm <= 0) {
          issues.push('请填写往返里程（公里）');
          fare = 0;
        } else fare = yuanToFen(rule.amount * input.roundTripKm);
      }
      const tripFen = perTripFen(fare);
      const each = rule.basis === 'perKm' ? `${unit}/公里 × ${input.roundTripKm ?? 0}公里` : unit;
      words.push(`${each} × ${payableTrips.length}次 = ${formatYuan(tripFen)}元`);
      if (beyondCap) words.push(beyondCap);
      return result(0, 0, payableTrips.length, tripFen, words);
    }
    case 'lumpSum': {
      const due = period.startDate >= from && period.startDate <= to;
      days = due ? 1 : 0;
      baseFen = due ? unitAmountFen : 0;
      words.push(due ? `一次性发放${formatYuan(baseFen)}元（${formatDateChinese(period.startDate)}到岗）` : '一次性补助已在到岗当月发放');
      break;
    }
    default:
      throw new RangeError(`未知的补助方式“${rule.basis}”`);
  }

  if (rule.maxTripsPerMonth === null && rule.tripFare === null) return result(days, baseFen, 0, 0, words);
  const tripFen = perTripFen(rule.tripFare === null ? null : yuanToFen(rule.tripFare));
  if (payableTrips.length) words.push(`往返交通费${payableTrips.length}次 = ${formatYuan(tripFen)}元`);
  if (beyondCap) words.push(beyondCap);
  return result(days, baseFen, payableTrips.length, tripFen, words);
}

/** Why a payment cannot be edited (null when it can): a paid month is locked; corrections are adjustment lines. */
export function checkPaymentEdit(payment: { status: string }): string | null {
  return payment.status === 'paid' ? '该月补助已发放，记录已锁定，不能修改；如需更正，请添加调整记录' : null;
}

/** What a posting-month-rule has been paid so far: the original payment plus its adjustment lines, in fen. */
export function netPaidFen(original: { amount: number }, adjustments: readonly { amount: number }[]): number {
  return [original, ...adjustments].reduce((sum, p) => sum + yuanToFen(p.amount), 0);
}

/**
 * The adjustment line that corrects a paid month to `correctFen` (never an edit of the paid
 * record): the difference to what was paid including earlier adjustments. Refused without a
 * reason or for a month not paid yet (edit that one instead); null when nothing differs.
 */
export function adjustmentFor(
  original: { id: string; status: string; amount: number },
  adjustments: readonly { amount: number }[],
  correctFen: number,
  reason: string,
): { ok: true; line: { adjustsPaymentId: string; amountFen: number; note: string } | null } | { ok: false; error: string } {
  if (original.status !== 'paid') return { ok: false, error: '该月补助尚未发放，可直接修改金额，无需调整记录' };
  if (!reason.trim()) return { ok: false, error: '请填写调整原因' };
  const paid = netPaidFen(original, adjustments);
  const delta = correctFen - paid;
  if (delta === 0) return { ok: true, line: null };
  return {
    ok: true,
    line: {
      adjustsPaymentId: original.id,
      amountFen: delta,
      note: `${delta > 0 ? '补发' : '扣回'}${formatYuan(Math.abs(delta))}元（原发${formatYuan(paid)}元，应发${formatYuan(correctFen)}元）：${reason.trim()}`,
    },
  };
}

/** The 合计 of a payment sheet: total fen, printed #,##0.00 and in 人民币大写. */
export function paymentSheetTotal(amountsFen: readonly number[]): { totalFen: number; formatted: string; capital: string } {
  const totalFen = amountsFen.reduce((s, a) => s + a, 0);
  return { totalFen, formatted: formatYuan(totalFen), capital: capitalAmount(totalFen) };
}
