import { formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';
import type { AttendancePeriod } from './attendance';
import { gradeCap, type GradeCap, unexcusedAbsencesInYear } from './grade-cap';

/** A spot check as its checks read it. */
export interface SpotCheckInput {
  id?: string;
  date: string;
  result: string;
}

/**
 * Checks a spot check (明查暗访, DOMAIN §2.8) before it is saved: the date must fall in the posting
 * period and not after today (errors); 已请假 without approved leave that day, and 无故不在岗 on a
 * day of approved leave, are warnings; an unexcused absence also says what it does to the annual
 * grade (A7), counting the year's other absences of the posting.
 */
export function checkSpotCheck(
  check: SpotCheckInput,
  ctx: {
    today: string;
    period: AttendancePeriod;
    /** Is there approved leave on the date? */
    onApprovedLeave: boolean;
    /** The posting's other live spot checks. */
    others: readonly { id: string; date: string; result: string }[];
    staffCategory?: string | null;
  },
): { errors: FieldIssue[]; warnings: FieldIssue[]; cap: GradeCap | null } {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  if (check.date > ctx.today) errors.push({ field: 'date', message: '抽查日期不能晚于今天' });
  const { startDate, endDate } = ctx.period;
  if (check.date < startDate || (endDate !== null && check.date > endDate)) {
    errors.push({ field: 'date', message: `抽查日期不在挂职期间（${formatDateChinese(startDate)}至${endDate ? formatDateChinese(endDate) : '今'}）内` });
  }
  if (check.result === 'onLeaveApproved' && !ctx.onApprovedLeave) {
    warnings.push({ field: 'result', message: `${formatDateChinese(check.date)}没有已批准的请假记录，请核实后补办请假手续，或改为“无故不在岗”` });
  }
  if (check.result === 'absentUnexcused' && ctx.onApprovedLeave) {
    warnings.push({ field: 'result', message: `${formatDateChinese(check.date)}有已批准的请假，登记为无故不在岗后当天按缺勤计，请核实` });
  }
  let cap: GradeCap | null = null;
  if (check.result === 'absentUnexcused' && errors.length === 0) {
    const year = Number(check.date.slice(0, 4));
    const absences = unexcusedAbsencesInYear([...ctx.others.filter((o) => o.id !== check.id), check], year);
    cap = gradeCap({ unexcusedAbsences: absences }, { staffCategory: ctx.staffCategory ?? null, indicatorCaps: [] });
    if (cap.cap) warnings.push({ field: 'result', message: `${cap.reasons[0]!.text}（年度考核时将提示）` });
  }
  return { errors, warnings, cap };
}
