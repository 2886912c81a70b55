import dayjs from 'dayjs';
import { normalizeText } from './text';

/** Result of parsing what a clerk typed: the ISO value, or a Chinese message saying what to fix. */
export type ParseResult = { ok: true; value: string } | { ok: false; error: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Excel serial of 1970-01-01 in the 1900 date system (valid for serials after the fake 1900-02-29). */
const EXCEL_EPOCH_1970 = 25569;
/** Excel's serial 60 is 1900-02-29, a day that never existed (Lotus 1-2-3 compatibility bug). */
const EXCEL_FAKE_LEAP_DAY = 60;

interface Ymd {
  y: number;
  m: number;
  /** 0 when the input had no day. */
  d: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 29 February exists in year y. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

function toIsoDate(p: { y: number; m: number; d: number }): string {
  return `${String(p.y).padStart(4, '0')}-${pad2(p.m)}-${pad2(p.d)}`;
}

/** Calendar date of an Excel serial (1900 date system); the time of day is ignored. */
function fromExcelSerial(serial: number): Ymd | 'fakeLeapDay' | undefined {
  const whole = Math.floor(serial);
  if (whole < 1) return undefined;
  if (whole === EXCEL_FAKE_LEAP_DAY) return 'fakeLeapDay';
  // Serials 1–59 count from 1900-01-01 (serial 1); later ones are off by the fake leap day.
  const days = whole < EXCEL_FAKE_LEAP_DAY ? whole - EXCEL_EPOCH_1970 + 1 : whole - EXCEL_EPOCH_1970;
  // Date.UTC is used only as a calendar calculator here: no time zone can move the day.
  const date = new Date(Date.UTC(1970, 0, 1) + days * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * Reads the year, month and optional day out of anything a clerk may put in a date cell.
 * Returns undefined when the shape is not recognised; range checks happen in the callers.
 */
function readParts(input: unknown): Ymd | 'fakeLeapDay' | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return { y: input.getFullYear(), m: input.getMonth() + 1, d: input.getDate() };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    // 198503 or 20240506 typed into a numeric cell.
    if (Number.isInteger(input) && input >= 100_000) return readParts(String(input));
    // Year-sized numbers are what a clerk typed (1985.03 in a numeric cell), never serials of 1905.
    // Caveat: Excel stores 1985.10 as 1985.1, which can only be read as January.
    if (input >= MIN_YEAR && input < MAX_YEAR + 1) return Number.isInteger(input) ? undefined : readParts(String(input));
    return fromExcelSerial(input);
  }
  if (typeof input !== 'string') return undefined;
  // A time of day after the date (text exports such as '2024/5/6 0:00:00') is ignored.
  const s = normalizeText(input)
    .replace(/[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '')
    .replace(/\s+/g, '');
  if (s === '') return undefined;
  let m = /^(\d{4})(\d{2})(\d{2})?$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : 0 };
  m = /^(\d{4})[.\-/年](\d{1,2})(?:[.\-/月](?:(\d{1,2})[日号]?)?)?\.?$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : 0 };
  // Five digits (with an optional fraction for the time of day) as text is an Excel serial
  // (1927-05-18 onwards). Shorter digit runs are not: a bare '1985' is a year without its month,
  // and '201.06' is a mistyped year and month, not a day in 1900.
  m = /^(\d{5})(\.\d+)?$/.exec(s);
  if (!m) return undefined;
  return fromExcelSerial(Number(s));
}

function shown(input: unknown): string {
  if (input instanceof Date) return '无效日期';
  return typeof input === 'string' ? input.trim() : String(input);
}

function isEmpty(input: unknown): boolean {
  return input === null || input === undefined || (typeof input === 'string' && normalizeText(input) === '');
}

/** The typed text after the same clean-up `readParts` applies, for saying what is wrong with it. */
function cleaned(input: unknown): string {
  return typeof input === 'string' ? normalizeText(input).replace(/\s+/g, '') : '';
}

/**
 * What is wrong with a year–month(–day) a clerk typed, or undefined when nothing specific can be
 * said: a year that is not four digits (201.06), a year out of range, a month outside 1–12
 * (2099.13), a day 0.
 */
function partProblem(input: unknown, p: Ymd | undefined): string | undefined {
  const loose = /^(\d+)[.\-/年](\d+)(?:[.\-/月](\d+)[日号]?)?\.?$/.exec(cleaned(input));
  const y = p?.y ?? (loose ? Number(loose[1]) : undefined);
  if (loose && loose[1]!.length !== 4) return `年份“${loose[1]}”应为4位数字`;
  if (y !== undefined && (y < MIN_YEAR || y > MAX_YEAR)) return `年份应在${MIN_YEAR}至${MAX_YEAR}年之间`;
  const m = p?.m ?? (loose ? Number(loose[2]) : undefined);
  if (m !== undefined && (m < 1 || m > 12)) return `月份应为1至12`;
  const d = p ? p.d : loose?.[3] !== undefined ? Number(loose[3]) : undefined;
  if (d === 0 && loose?.[3] !== undefined) return `日应为1至31`;
  return undefined;
}

/**
 * Parses a 年月 as clerks type it – 1985.3, 1985.03, 1985年3月, 1985-03, 1985/3, 198503, 1985.03.15,
 * Excel date serials (number or numeric text), Date objects, full-width digits – into 'YYYY-MM'.
 * A refusal says what is wrong (年份应为4位数字, 月份应为1至12 …) and how to write it.
 */
export function parseMonthInput(input: unknown): ParseResult {
  if (isEmpty(input)) return { ok: false, error: '请填写年月（如 1985.03）' };
  const p = readParts(input);
  if (p === 'fakeLeapDay') return { ok: true, value: '1900-02' };
  const bad = (why?: string) => ({ ok: false as const, error: `无法识别的年月“${shown(input)}”${why ? `（${why}）` : ''}，请按 1985.03 的格式填写` });
  if (!p || p.y < MIN_YEAR || p.y > MAX_YEAR || p.m < 1 || p.m > 12) return bad(partProblem(input, p));
  if (p.d !== 0 && p.d > daysInMonth(p.y, p.m)) return bad(`${p.y}年${p.m}月没有${p.d}日`);
  return { ok: true, value: `${p.y}-${pad2(p.m)}` };
}

/**
 * Parses a full date as clerks type it – 2024.5.6, 2024年5月6日, 2024-05-06, 2024/5/6, 20240506,
 * Excel date serials, Date objects, full-width digits – into 'YYYY-MM-DD'; non-existent days are
 * refused. A refusal says what is wrong (缺少日, 月份应为1至12, 2024年2月没有30日 …).
 */
export function parseDateInput(input: unknown): ParseResult {
  if (isEmpty(input)) return { ok: false, error: '请填写日期（如 2024.05.06）' };
  const p = readParts(input);
  if (p === 'fakeLeapDay') return { ok: false, error: '1900年2月没有29日（Excel 的历史错误），请核对' };
  const bad = (why?: string) => ({ ok: false as const, error: `无法识别的日期“${shown(input)}”${why ? `（${why}）` : ''}，请按 2024.05.06 的格式填写` });
  if (!p || p.y < MIN_YEAR || p.y > MAX_YEAR || p.m < 1 || p.m > 12) return bad(partProblem(input, p));
  if (p.d < 1) return bad(partProblem(input, p) ?? '缺少日');
  if (p.d > daysInMonth(p.y, p.m)) {
    return { ok: false, error: `${p.y}年${p.m}月没有${p.d}日（该月只有${daysInMonth(p.y, p.m)}天），请核对` };
  }
  return { ok: true, value: toIsoDate(p) };
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isValidIsoDate(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for a month written 'YYYY-MM' (month 01–12). */
export function isValidIsoMonth(s: unknown): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_MONTH.exec(s);
  if (!m) return false;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12;
}

function requireDate(date: string): { y: number; m: number; d: number } {
  if (!isValidIsoDate(date)) throw new RangeError(`日期“${date}”无效，应为 YYYY-MM-DD`);
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

/** The 'YYYY-MM' month of a 'YYYY-MM-DD' date (a 'YYYY-MM' value is returned as is). */
export function monthOf(date: string): string {
  if (isValidIsoMonth(date)) return date;
  requireDate(date);
  return date.slice(0, 7);
}

/** '1985-03' → '1985.03', the official dotted form; a full date prints its month. Other text is returned unchanged. */
export function formatMonthDotted(value: string | null | undefined): string {
  if (!value) return '';
  if (isValidIsoMonth(value) || isValidIsoDate(value)) return `${value.slice(0, 4)}.${value.slice(5, 7)}`;
  return value;
}

/** '2024-05-06' → '2024.05.06'; a 'YYYY-MM' value prints as '2024.05'. Other text is returned unchanged. */
export function formatDateDotted(value: string | null | undefined): string {
  if (!value) return '';
  if (isValidIsoDate(value)) return value.replaceAll('-', '.');
  return formatMonthDotted(value);
}

/** '2024-05-06' → '2024年5月6日'; a 'YYYY-MM' value prints as '2024年5月'. Other text is returned unchanged. */
export function formatDateChinese(value: string | null | undefined): string {
  if (!value) return '';
  if (isValidIsoDate(value)) {
    const { y, m, d } = requireDate(value);
    return `${y}年${m}月${d}日`;
  }
  if (isValidIsoMonth(value)) return `${value.slice(0, 4)}年${Number(value.slice(5, 7))}月`;
  return value;
}

/** The day of a timestamp (`Date#toISOString`, in UTC) on this computer's calendar, 'YYYY-MM-DD'. */
export function localDateOf(timestamp: string): string {
  return dayjs(timestamp).format('YYYY-MM-DD');
}

/** Today's date on this computer's calendar, 'YYYY-MM-DD'. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A calendar day as 'YYYY-MM-DD' (the year padded to four digits). */
function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** date + n days (n may be negative). Plain calendar arithmetic in UTC (no time zone, no DST). */
export function addDays(date: string, n: number): string {
  const { y, m, d } = requireDate(date);
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: years 0–99 stay themselves.
  t.setUTCFullYear(y, m - 1, d + n);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** date + n months, clamped to the end of the month: 2024-01-31 + 1 → 2024-02-29. */
export function addMonths(date: string, n: number): string {
  const { y, m, d } = requireDate(date);
  const months = y * 12 + (m - 1) + n;
  const y2 = Math.floor(months / 12);
  const m2 = months - y2 * 12 + 1;
  return isoOf(y2, m2, Math.min(d, daysInMonth(y2, m2)));
}

/** Last day of a term of termMonths months starting on start: start + termMonths months − 1 day. */
export function plannedEndDate(start: string, termMonths: number): string {
  return addDays(addMonths(start, termMonths), -1);
}

/** Whole days from a to b (b − a); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  const pa = requireDate(a);
  const pb = requireDate(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

/** Orders ISO date or month strings: −1, 0 or 1 (empty values sort first). */
export function compareIso(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
