import { GRADE_CIVIL_SERVANT, GRADE_INSTITUTION } from '../codes/grade';
import { labelOf } from '../codes/lookup';
import type { CodeList } from '../codes/types';
import type { FieldIssue } from '../issues';

/**
 * Caps on the annual grade (DOMAIN §7.1 A7, §7.6 S6): unexcused absences found by spot checks in
 * the assessment year, and configured caps on indicators such as the attendance rate. A cap is the
 * best grade allowed; a clerk may still choose a better one, but only with a reason that is kept.
 * Grade codes: 1 优秀, 2 称职/合格, 3 基本称职/基本合格, 4 不称职/不合格, 9 不定等次 (never capped).
 */

/** A grade that can be a cap ('2' = not 优秀, '3' = at most 基本称职, '4' = 不称职). */
export type CapGrade = '2' | '3' | '4';

/** A7: from this many unexcused absences in the year, the grade is capped at `cap`. */
export interface AbsenceCap {
  atLeast: number;
  cap: CapGrade;
}

/** A7 as stated: 1 → not 优秀, 2 → 基本称职, ≥ 3 → 不称职. */
export const DEFAULT_ABSENCE_CAPS: readonly AbsenceCap[] = [
  { atLeast: 1, cap: '2' },
  { atLeast: 2, cap: '3' },
  { atLeast: 3, cap: '4' },
];

/** S6: an indicator below a threshold caps the grade (e.g. 出勤率 below 90 % → not 优秀). */
export interface IndicatorCap {
  /** Key of the value in the metrics handed in (e.g. 'attendanceRate'). */
  metric: string;
  /** Chinese name of the indicator, for the reason. */
  label: string;
  below: number;
  /** Unit printed after the figures ('%' or ''). */
  unit: string;
  cap: CapGrade;
}

/** Default indicator caps [inferred threshold, DOMAIN §7.6 S6]: a yearly attendance rate below 90 % → not 优秀. */
export const DEFAULT_INDICATOR_CAPS: readonly IndicatorCap[] = [{ metric: 'attendanceRate', label: '年度出勤率', below: 90, unit: '%', cap: '2' }];

/**
 * The grade labels of a cadre's staff category (STAFF_CATEGORY code): 公务员 and 参公 use
 * 优秀/称职/基本称职/不称职; everyone else (事业单位, 国企, 村干部, 其他) 优秀/合格/基本合格/不合格.
 */
export function gradeListFor(staffCategory: string | null | undefined): CodeList {
  return staffCategory === 'civilServant' || staffCategory === 'refCivilServant' ? GRADE_CIVIL_SERVANT : GRADE_INSTITUTION;
}

/** Unexcused absences found by spot checks (result absentUnexcused) in a calendar year. */
export function unexcusedAbsencesInYear(spotChecks: readonly { date: string; result: string }[], year: number): number {
  return spotChecks.filter((s) => s.result === 'absentUnexcused' && Number(s.date.slice(0, 4)) === year).length;
}

/** One reason for a cap, in Chinese. */
export interface CapReason {
  cap: CapGrade;
  text: string;
}

/** The computed cap of a grade, shown beside the grade field. */
export interface GradeCap {
  /** The best grade allowed; null when nothing caps the grade. */
  cap: CapGrade | null;
  /** '不得评为优秀', '最高评为基本称职' …; '' when uncapped. */
  capText: string;
  reasons: CapReason[];
}

function capPhrase(cap: CapGrade, list: CodeList): string {
  if (cap === '2') return `不得评为${labelOf(list, '1')}`;
  if (cap === '3') return `最高评为${labelOf(list, '3')}`;
  return `只能评为${labelOf(list, '4')}`;
}

/** A percentage prints with one decimal like the 出勤率 column; other figures as they are. */
function formatFigure(value: number, unit: string): string {
  return unit === '%' ? `${value.toFixed(1)}%` : `${value}${unit}`;
}

/**
 * The cap from the year's unexcused absences and the configured indicator caps; the strictest
 * wins, every reason is listed. A missing metric value caps nothing. `absenceScope` names the
 * period the absences were counted over in the reason (default 年度内; 挂职期间 for an end-of-term review).
 */
export function gradeCap(
  input: { unexcusedAbsences: number; metrics?: Readonly<Record<string, number | null | undefined>> },
  opts: { staffCategory?: string | null; absenceCaps?: readonly AbsenceCap[]; indicatorCaps?: readonly IndicatorCap[]; absenceScope?: string } = {},
): GradeCap {
  const list = gradeListFor(opts.staffCategory);
  const reasons: CapReason[] = [];
  const absence = [...(opts.absenceCaps ?? DEFAULT_ABSENCE_CAPS)].sort((a, b) => b.atLeast - a.atLeast).find((c) => input.unexcusedAbsences >= c.atLeast);
  if (absence) {
    reasons.push({ cap: absence.cap, text: `${opts.absenceScope ?? '年度内'}明查暗访发现无故不在岗${input.unexcusedAbsences}次，${capPhrase(absence.cap, list)}` });
  }
  for (const rule of opts.indicatorCaps ?? DEFAULT_INDICATOR_CAPS) {
    const value = input.metrics?.[rule.metric];
    if (value === null || value === undefined || !(value < rule.below)) continue;
    reasons.push({
      cap: rule.cap,
      text: `${rule.label}${formatFigure(value, rule.unit)}，低于${rule.below}${rule.unit}，${capPhrase(rule.cap, list)}`,
    });
  }
  const cap = reasons.reduce<CapGrade | null>((worst, r) => (worst === null || r.cap > worst ? r.cap : worst), null);
  return { cap, capText: cap ? capPhrase(cap, list) : '', reasons };
}

/** True when `grade` is better than the cap (优秀 above a 称职 cap …); 不定等次 is never above a cap. */
export function isAboveCap(grade: string | null | undefined, cap: CapGrade | null): boolean {
  if (!grade || cap === null || !/^[1-4]$/.test(grade)) return false;
  return grade < cap;
}

/**
 * Checks the grade a clerk chose against the cap: above the cap without a reason is an error (the
 * reason is required and kept); with a reason it is a warning that stays visible.
 */
export function checkGradeAgainstCap(
  grade: string | null | undefined,
  cap: GradeCap,
  overrideReason: string | null | undefined,
  staffCategory?: string | null,
): { errors: FieldIssue[]; warnings: FieldIssue[] } {
  if (!isAboveCap(grade, cap.cap)) return { errors: [], warnings: [] };
  const list = gradeListFor(staffCategory);
  const why = cap.reasons.map((r) => r.text).join('；');
  const what = `所选等次“${labelOf(list, grade)}”高于按规定可评的等次（${why}）`;
  if (!overrideReason || overrideReason.trim() === '') {
    return { errors: [{ field: 'grade', message: `${what}，如确需评定，请填写理由` }], warnings: [] };
  }
  return { errors: [], warnings: [{ field: 'grade', message: `${what}，已填写理由` }] };
}

/** A computed warning on 概览 about this year's unexcused absences (DOMAIN §7.5); never stored. */
export interface AbsenceAlert {
  kind: 'unexcusedAbsences';
  severity: 'red' | 'amber' | 'yellow';
  postingId: string;
  days: number;
  message: string;
}

/**
 * One alert per posting with unexcused spot-check absences in `year`: 1 yellow, 2 amber, 3 or more
 * red, saying what it does to the annual grade.
 */
export function absenceAlerts(
  cases: readonly { postingId: string; name: string; staffCategory?: string | null; spotChecks: readonly { date: string; result: string }[] }[],
  year: number,
  absenceCaps: readonly AbsenceCap[] = DEFAULT_ABSENCE_CAPS,
): AbsenceAlert[] {
  const out: AbsenceAlert[] = [];
  for (const c of cases) {
    const n = unexcusedAbsencesInYear(c.spotChecks, year);
    if (n === 0) continue;
    const cap = gradeCap({ unexcusedAbsences: n }, { staffCategory: c.staffCategory, absenceCaps, indicatorCaps: [] });
    out.push({
      kind: 'unexcusedAbsences',
      severity: n >= 3 ? 'red' : n === 2 ? 'amber' : 'yellow',
      postingId: c.postingId,
      days: n,
      message: `${c.name}${year}年明查暗访无故不在岗${n}次${cap.capText ? `，年度考核${cap.capText}` : ''}`,
    });
  }
  return out;
}
