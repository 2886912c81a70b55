// 补助发放 around computeSubsidy (./subsidy.ts): which rules pay a posting in a month, what a
// (re)computed payment stores, the clerk's adjustment of an unpaid payment, and the steps
// 待审核 → 已审核 → 已发放 (DOMAIN §2.14, §7.4). Pure; the repository reads and writes.
import { monthRange } from '../calendar';
import type { FieldIssue } from '../issues';
import { fenToYuan, formatYuan, yuanToFen } from '../money';
import type { AttendancePeriod } from './attendance';
import { checkPaymentEdit, subsidyRuleApplies, type SubsidyComputation, type SubsidyRuleLike, type Trip } from './subsidy';

/** The rules that pay a posting in `month`: they apply to it and are valid on a day of the month within its period. */
export function rulesForPostingMonth<R extends SubsidyRuleLike>(
  rules: readonly R[],
  posting: { type: string; outOfCounty: boolean },
  month: string,
  period: AttendancePeriod,
): R[] {
  const { first, last } = monthRange(month);
  const from = period.startDate > first ? period.startDate : first;
  const to = period.endDate !== null && period.endDate < last ? period.endDate : last;
  return rules.filter((r) => subsidyRuleApplies(r, posting) === null && r.validFrom <= to && (r.validTo === null || r.validTo >= from) && from <= to);
}

/**
 * The round trips the clerk entered for a month (a count and, for rules without a fixed fare, the
 * total actual fare) as computeSubsidy takes them: dated the first day of the month on post, the
 * fare shared out in whole fen (the first trips take the odd fen).
 */
export function claimedTrips(month: string, period: AttendancePeriod, claim: { trips: number | null; fare: number | null }): Trip[] {
  const count = claim.trips ?? 0;
  if (count <= 0) return [];
  const { first } = monthRange(month);
  const date = period.startDate > first ? period.startDate : first;
  const totalFen = claim.fare === null ? null : yuanToFen(claim.fare);
  return Array.from({ length: count }, (_, i) => ({
    date,
    fare: totalFen === null ? null : fenToYuan(Math.floor(totalFen / count) + (i < totalFen % count ? 1 : 0)),
  }));
}

/** What the clerk changed on a payment, kept across recomputations. */
export interface PaymentClerkFields {
  otherAmount?: number | null;
  adjustReason?: string | null;
  claimedTrips?: number | null;
  claimedFare?: number | null;
}

/**
 * The fields a computed payment stores, as a draft. The clerk's 其他 (an adjustment with its
 * reason) and the trips entered stay as they were: amount = 生活补助 + 交通费 + 其他.
 */
export function computedPaymentFields(c: SubsidyComputation, rule: { payer: string }, prev: PaymentClerkFields = {}) {
  const otherFen = yuanToFen(prev.otherAmount ?? 0);
  return {
    days: c.days,
    trips: c.trips,
    unitAmount: fenToYuan(c.unitAmountFen),
    baseAmount: fenToYuan(c.baseFen),
    tripAmount: fenToYuan(c.tripFen),
    otherAmount: otherFen === 0 ? null : fenToYuan(otherFen),
    amount: fenToYuan(c.amountFen + otherFen),
    explanation: [c.explanation, ...c.issues].join('；').slice(0, 500),
    status: 'draft' as const,
    paidOn: null,
    payer: rule.payer,
  };
}

/** A payment's computed part (生活补助 + 交通费) in fen. */
function computedFen(p: { baseAmount?: number | null; tripAmount?: number | null }): number {
  return yuanToFen(p.baseAmount ?? 0) + yuanToFen(p.tripAmount ?? 0);
}

/**
 * The clerk sets the amount of a payment not yet paid: refused for a paid one (add an adjustment
 * line instead), for a negative amount, and without a reason when it differs from the computed one.
 */
export function checkPaymentAdjust(payment: { status: string; adjustsPaymentId?: string | null }, input: { amount: number | null; reason: string }, computed: number): FieldIssue[] {
  const locked = checkPaymentEdit(payment);
  if (locked) return [{ field: 'amount', message: locked }];
  if (payment.adjustsPaymentId) return [{ field: 'amount', message: '调整记录不能修改金额，请删除后重新添加' }];
  if (input.amount === null || !Number.isFinite(input.amount)) return [{ field: 'amount', message: '请填写应发金额（元）' }];
  if (input.amount < 0) return [{ field: 'amount', message: '应发金额不能为负数' }];
  if (input.amount > 1e9) return [{ field: 'amount', message: '应发金额过大' }];
  if (yuanToFen(input.amount) !== computed && !input.reason.trim()) return [{ field: 'reason', message: '金额与计算结果不同，请填写调整原因' }];
  return [];
}

/** The fields an accepted adjustment writes: 其他 = amount − computed, the reason, back to 待审核. */
export function adjustedPaymentFields(payment: { baseAmount?: number | null; tripAmount?: number | null }, amount: number, reason: string) {
  const computed = computedFen(payment);
  const otherFen = yuanToFen(amount) - computed;
  return {
    amount: fenToYuan(computed + otherFen),
    otherAmount: otherFen === 0 ? null : fenToYuan(otherFen),
    adjustReason: otherFen === 0 ? null : reason.trim(),
    status: 'draft' as const,
  };
}

/** The computed amount of a payment in fen, for the adjust dialog. */
export function computedAmountFen(payment: { baseAmount?: number | null; tripAmount?: number | null }): number {
  return computedFen(payment);
}

/** Why a payment cannot move to `to` (null when it can): 审核通过 from 待审核, 已发放 from 已审核 with a date, 取消审核 from 已审核. */
export function checkPaymentStatusChange(payment: { status: string }, to: 'draft' | 'approved' | 'paid', ctx: { paidOn?: string | null; today: string }): string | null {
  if (payment.status === 'paid') return checkPaymentEdit(payment);
  if (to === 'approved' && payment.status !== 'draft') return '该记录已审核通过';
  if (to === 'draft' && payment.status !== 'approved') return '该记录尚未审核，无需取消审核';
  if (to === 'paid') {
    if (payment.status !== 'approved') return '请先审核通过，再标记为已发放';
    if (!ctx.paidOn) return '请填写发放日期';
    if (ctx.paidOn > ctx.today) return '发放日期不能晚于今天';
  }
  return null;
}

/** The checks of a 补助标准 beyond its field schema: dates in order, a fare for per-trip rules. */
export function checkSubsidyRule(input: Pick<SubsidyRuleLike, 'basis' | 'amount' | 'validFrom' | 'validTo' | 'countStatuses'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.validTo && input.validTo < input.validFrom) issues.push({ field: 'validTo', message: '截止日期不能早于起始日期' });
  if (input.amount <= 0) issues.push({ field: 'amount', message: '补助金额应大于0' });
  if (input.basis === 'perPresentDay' && input.countStatuses.length === 0) {
    issues.push({ field: 'countStatuses', message: '请选择计入天数的考勤状态' });
  }
  return issues;
}

/** The rate as the 补助标准 column prints it: `30.00元/天`, `500.00元/月` … */
export function rateText(basis: string, unitAmount: number): string {
  const unit: Record<string, string> = { perPresentDay: '元/天', perCalendarDay: '元/天', perMonth: '元/月', perTrip: '元/次', perKm: '元/公里', lumpSum: '元（一次性）' };
  return `${formatYuan(yuanToFen(unitAmount))}${unit[basis] ?? '元'}`;
}
