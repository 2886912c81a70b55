import { labelOf } from '../codes/lookup';
import { formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';
import type { AttendancePeriod } from './attendance';
import { checkGradeAgainstCap, gradeCap, gradeListFor, unexcusedAbsencesInYear, type AbsenceCap, type GradeCap, type IndicatorCap } from './grade-cap';

/**
 * 考核 of a posting (DOMAIN §2.12, §7.6): routine (平时, a quarter's 100-point score), annual (年度,
 * a grade for a calendar year) and end-of-term (期满考察, a grade for the whole posting). The period
 * must lie in the posting's term; a grade above the cap computed from attendance (A7, S6) needs a
 * reason, which is kept with the cap as it stood.
 */

export type AssessmentKindCode = 'routine' | 'annual' | 'endOfTerm';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;

/** The first and last day a period covers ('2026-Q3', '2026'); null for an end-of-term review or a malformed period. */
export function periodRange(kind: string, period: string): { from: string; to: string } | null {
  const q = QUARTER.exec(period);
  if (kind === 'routine' && q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    const last = first + 2;
    const lastDay = [31, 30, 30, 31][Number(q[2]) - 1]!;
    return { from: `${q[1]}-${String(first).padStart(2, '0')}-01`, to: `${q[1]}-${String(last).padStart(2, '0')}-${lastDay}` };
  }
  if (kind === 'annual' && YEAR.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  return null;
}

/** '2026年第3季度', '2026年度', '期满考察'. */
export function assessmentPeriodText(kind: string, period: string): string {
  const q = QUARTER.exec(period);
  if (kind === 'routine' && q) return `${q[1]}年第${'一二三四'[Number(q[2]) - 1]}季度`;
  if (kind === 'annual' && YEAR.test(period)) return `${period}年度`;
  return kind === 'endOfTerm' ? '期满考察' : period;
}

/** The quarter ('2026-Q4') a date falls in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** What the cap is computed from: the posting's spot checks and the configured caps. */
export interface CapContext {
  period: AttendancePeriod;
  spotChecks: readonly { date: string; result: string }[];
  staffCategory?: string | null;
  absenceCaps?: readonly AbsenceCap[];
  indicatorCaps?: readonly IndicatorCap[];
  /** Indicator values (e.g. attendanceRate in %) for the assessed period, where known. */
  metrics?: Readonly<Record<string, number | null | undefined>>;
}

/**
 * The cap of an annual grade (unexcused absences in that year) or an end-of-term grade (in the
 * whole term, up to `today`); null for a routine assessment, which has a score, not a grade.
 */
export function assessmentCap(kind: string, period: string, ctx: CapContext, today: string): GradeCap | null {
  const opts = { staffCategory: ctx.staffCategory, absenceCaps: ctx.absenceCaps, indicatorCaps: ctx.indicatorCaps };
  if (kind === 'annual' && YEAR.test(period)) {
    return gradeCap({ unexcusedAbsences: unexcusedAbsencesInYear(ctx.spotChecks, Number(period)), metrics: ctx.metrics }, opts);
  }
  if (kind === 'endOfTerm') {
    const end = ctx.period.endDate && ctx.period.endDate < today ? ctx.period.endDate : today;
    const n = ctx.spotChecks.filter((s) => s.result === 'absentUnexcused' && s.date >= ctx.period.startDate && s.date <= end).length;
    return gradeCap({ unexcusedAbsences: n, metrics: ctx.metrics }, { ...opts, absenceScope: '挂职期间' });
  }
  return null;
}

/** An assessment as the form hands it in. */
export interface AssessmentDraft {
  kind: string;
  period: string;
  score?: number | null;
  grade?: string | null;
  capOverrideReason?: string | null;
}

/**
 * Checks an assessment against its posting: the period's form and that it lies in the term, a
 * score for a routine assessment, a grade for an annual or end-of-term one, and a grade above the
 * cap only with a reason (then a warning that stays visible).
 */
export function checkAssessment(a: AssessmentDraft, ctx: { period: AttendancePeriod; cap: GradeCap | null; staffCategory?: string | null }): { errors: FieldIssue[]; warnings: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const range = periodRange(a.kind, a.period);
  if (a.kind === 'routine' && !range) errors.push({ field: 'period', message: '平时考核的期间应为某年某季度（如2026年第三季度）' });
  if (a.kind === 'annual' && !range) errors.push({ field: 'period', message: '年度考核的期间应为年份（如2026）' });
  if (range) {
    const end = ctx.period.endDate;
    if (range.to < ctx.period.startDate || (end !== null && range.from > end)) {
      const term = `${formatDateChinese(ctx.period.startDate)}至${end ? formatDateChinese(end) : '今'}`;
      errors.push({ field: 'period', message: `${assessmentPeriodText(a.kind, a.period)}不在该干部的挂职期内（${term}）` });
    }
  }
  if (a.kind === 'routine' && (a.score === null || a.score === undefined)) errors.push({ field: 'score', message: '请填写平时考核得分' });
  if (a.kind !== 'routine') {
    if (!a.grade) errors.push({ field: 'grade', message: '请选择考核等次' });
    else if (ctx.cap) {
      const checked = checkGradeAgainstCap(a.grade, ctx.cap, a.capOverrideReason, ctx.staffCategory);
      errors.push(...checked.errors);
      warnings.push(...checked.warnings);
    }
  }
  return { errors, warnings };
}

/** The grade's label in the cadre's list (优秀 / 称职 or 合格 …), '' when none. */
export function gradeLabel(grade: string | null | undefined, staffCategory: string | null | undefined): string {
  return grade ? labelOf(gradeListFor(staffCategory), grade) : '';
}
