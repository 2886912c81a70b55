import { DEGREE, EDUCATION, codeOf, printedEducationLabel } from '../domain/codes';
import { selectableItems } from '../domain/codes/lookup';
import { addDays, daysInMonth, formatMonthDotted, parseDateInput, parseMonthInput } from '../domain/dates';
import { isBlankText, normalizeText } from '../domain/text';

/**
 * Reading single roster cells as clerks fill them in. Dates and code lists go through the domain
 * parsers (parseMonthInput, parseDateInput, codeOf); this file only adds what roster cells combine.
 */

/** True when a cell holds nothing a clerk typed (null, empty or only spaces). */
export function isBlankCell(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return isBlankText(v);
  return false;
}

/** A cell as one normalised line of text ('' when blank); numbers print in full, never as 1.2E+17. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    return Number.isInteger(v) && Math.abs(v) >= 1e21 ? BigInt(v).toString() : String(v);
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return normalizeText(String(v));
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔', '后备', '后备干部', '是后备干部']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗', '不是', '非', '无']);

/** 是/否 (also √/×, Y/N, 1/0, TRUE/FALSE); undefined when the text means neither. */
export function parseFlag(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = cellText(v).replace(/\s+/g, '').toUpperCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

const CHINESE_YEARS: Readonly<Record<string, number>> = { 半年: 6, 一年: 12, 一年半: 18, 两年: 24, 二年: 24, 两年半: 30, 三年: 36 };

/** Longest term a posting may have (the schema's bound). */
export const MAX_TERM_MONTHS = 120;

/**
 * A term in whole months from 1 to 120: 24, '24', '24个月', '2年', '两年'. undefined when not a whole
 * number of months in that range (1e308, an ID number pasted into the cell, 0, 2.5).
 */
export function parseTermMonths(v: unknown): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else {
    const t = cellText(v).replace(/\s+/g, '');
    const months = /^(\d{1,3})(个月|月)?$/.exec(t);
    const years = /^(\d{1,2}(?:\.5)?)年$/.exec(t);
    n = months ? Number(months[1]) : years ? Number(years[1]) * 12 : CHINESE_YEARS[t];
  }
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_TERM_MONTHS ? n : undefined;
}

/** A full month count from start to end inclusive (2024-03-01 … 2026-02-28 → 24), at least 1. */
export function monthsBetween(start: string, end: string): number {
  const next = addDays(end, 1);
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ny, nm, nd] = next.split('-').map(Number) as [number, number, number];
  const n = (ny - sy) * 12 + (nm - sm) - (nd < sd ? 1 : 0);
  return Math.max(1, n);
}

/** 出生年月（年龄） cells: `1985.03（39岁）` → `1985.03`. */
export function stripTrailingNote(text: string): string {
  return normalizeText(text).replace(/\s*\([^()]*\)\s*$/, '');
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** A date, or a month standing for its first (start) or last (end) day. */
export type DateOrMonth = { ok: true; value: string; monthOnly: boolean } | { ok: false; error: string };

/**
 * Reads a date cell that may hold only a month, as rosters often do for 挂职时间: a full date as it
 * is, a month as its first day (`start`) or last day (`end`). The error is the date parser's.
 */
export function readDateOrMonth(v: unknown, which: 'start' | 'end'): DateOrMonth {
  const text = typeof v === 'string' || typeof v === 'number' ? cellText(v) : '';
  const groups = text.match(/\d+/g) ?? [];
  const looksLikeMonth = groups.length === 2 || (groups.length === 1 && groups[0]!.length === 6);
  const date = parseDateInput(v);
  if (date.ok || !looksLikeMonth) return date.ok ? { ok: true, value: date.value, monthOnly: false } : date;
  const m = parseMonthInput(v);
  if (!m.ok) return date;
  return { ok: true, value: which === 'start' ? `${m.value}-01` : lastDayOf(m.value), monthOnly: true };
}

/**
 * The outcome of reading a 挂职起止时间 cell; `end` is null for 至今. `startMonth` is the start month
 * (`2024.03`) when the cell gives only a month.
 */
export type PeriodResult = { ok: true; start: string; end: string | null; startMonth?: string } | { ok: false; error: string };

const DATE_PART = String.raw`\d{4}(?:[.年/]\d{1,2}(?:[.月/]\d{1,2}[日号]?)?月?)?`;
const ISO_PART = String.raw`\d{4}-\d{1,2}(?:-\d{1,2})?`;
const HYPHEN_RANGE = new RegExp(`^(${DATE_PART})-(${DATE_PART}|至今|今)$`);
const ISO_RANGE = new RegExp(`^(${ISO_PART})-(${ISO_PART}|至今|今)$`);

/**
 * 挂职起止时间 as rosters print it – `2024.03—2026.02`, `2024.3-2026.2`, `2024年3月至2026年2月`,
 * `2024.03.15～2026.03.14`, `2024.03—至今`. A month start means its first day, a month end its last day.
 * Returns undefined when the text is not a range at all (a single date).
 */
export function parsePeriod(v: unknown): PeriodResult | undefined {
  const t = cellText(v).replace(/\s+/g, '');
  if (t === '') return undefined;
  // Nothing this long is a period; the cap keeps the patterns below linear in practice.
  if (t.length > 64) return { ok: false, error: `无法识别的起止时间（${t.length}字），请按 2024.03—2026.02 的格式填写` };
  let parts: [string, string] | undefined;
  const open = /^(.+?)(?:—+|–+|~+|-+)?(至今|到今)$/.exec(t);
  const split = t.split(/—+|–+|~+|-{2,}|至|到/);
  if (open) parts = [open[1]!, '至今'];
  else if (split.length === 2 && split[0] && split[1]) parts = [split[0], split[1]];
  else {
    const m = HYPHEN_RANGE.exec(t) ?? ISO_RANGE.exec(t);
    if (m) parts = [m[1]!, m[2]!];
  }
  if (!parts) return undefined;
  const bad: PeriodResult = { ok: false, error: `无法识别的起止时间“${t}”，请按 2024.03—2026.02 的格式填写` };
  const start = readDateOrMonth(parts[0], 'start');
  if (!start.ok) return bad;
  const month = start.monthOnly ? { startMonth: formatMonthDotted(start.value) } : {};
  if (/^(至今|今)$/.test(parts[1])) return { ok: true, start: start.value, end: null, ...month };
  const end = readDateOrMonth(parts[1], 'end');
  if (!end.ok) return bad;
  return { ok: true, start: start.value, end: end.value, ...month };
}

const PRINTED_EDUCATION = new Map<string, string>();
for (const item of [...selectableItems(EDUCATION), ...EDUCATION.items.filter((i) => i.legacy)]) {
  const printed = printedEducationLabel(item.code);
  if (!PRINTED_EDUCATION.has(printed)) PRINTED_EDUCATION.set(printed, item.code);
}

/** 学历 text → GB/T 4658 code: standard label, alias, code, or the printed label of rosters (大学肄业 → 23). */
export function educationCodeOf(text: unknown): string | undefined {
  const t = cellText(text).replace(/\s+/g, '');
  if (!t) return undefined;
  return codeOf(EDUCATION, t) ?? PRINTED_EDUCATION.get(t);
}

/** 学位 text → code: 学士, 学士学位, 管理学学士 → 学士. */
export function degreeCodeOf(text: unknown): string | undefined {
  const t = cellText(text).replace(/\s+/g, '');
  if (!t) return undefined;
  return codeOf(DEGREE, t) ?? /(博士|硕士|学士)(学位)?$/.exec(t)?.[1];
}

/** Education and degree texts read out of one 学历学位 line. */
export interface EducationParts {
  education: string;
  degree?: string;
}

/** Longest education label tried as the head of a 学历学位 line (研究生班肄业 …, with room for aliases). */
const MAX_EDUCATION_LABEL = 12;

/**
 * One 学历学位 line: `大学 学士` (separated) or `大学学士` (the longest known education label at the
 * start, then the degree). Linear in the line: only heads up to MAX_EDUCATION_LABEL characters are
 * tried, so a 32,767-character cell costs no more than a short one.
 */
function splitEducationLine(line: string): EducationParts | undefined {
  const t = line.trim();
  if (!t) return undefined;
  const tokens = t.split(/[\s/、,，;；]+/).filter(Boolean);
  if (tokens.length >= 2) return { education: tokens[0]!, degree: tokens.slice(1).join('') };
  for (let n = Math.min(t.length, MAX_EDUCATION_LABEL); n > 0; n--) {
    const head = t.slice(0, n);
    if (educationCodeOf(head)) {
      const rest = t.slice(n);
      return rest ? { education: head, degree: rest } : { education: head };
    }
  }
  return { education: t };
}

/**
 * A 学历学位 cell: the first line is the full-time education (大学学士, 大学 学士, or 大学 with 学士 on the
 * next line); a line starting with 在职 holds the in-service education.
 */
export function splitEducationCell(v: unknown): { fullTime?: EducationParts; inService?: EducationParts } {
  const lines = (typeof v === 'string' ? v.split(/\r?\n/) : [cellText(v)]).map((l) => normalizeText(l)).filter(Boolean);
  const out: { fullTime?: EducationParts; inService?: EducationParts } = {};
  for (const line of lines) {
    const label = /^(全日制|在职)(教育)?[:：]?/.exec(line);
    const rest = label ? line.slice(label[0].length) : line;
    if (label?.[1] === '在职') {
      if (!out.inService) out.inService = splitEducationLine(rest);
      continue;
    }
    if (!out.fullTime) {
      out.fullTime = splitEducationLine(rest);
    } else if (!label && !out.fullTime.degree && degreeCodeOf(rest)) {
      out.fullTime = { ...out.fullTime, degree: rest };
    }
  }
  return out;
}
