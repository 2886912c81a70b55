import data from 'chinese-days/dist/chinese-days.json';
import { daysBetween, daysInMonth, isLeapYear, isValidIsoDate, isValidIsoMonth } from './dates';

/** Kind of a calendar day for attendance and leave counting. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/**
 * Where a year's working days come from: the State Council notices built into the app, an
 * arrangement the 组织部 entered in 设置 → 节假日安排, or plain Monday-to-Friday that a clerk accepted
 * explicitly for a year without data.
 */
export type CalendarSource = 'builtIn' | 'entered' | 'weekdaysOnly';

/** Thrown whenever a date falls in a year the holiday data does not cover: the app never guesses. */
export class CalendarDataMissingError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(
      `节假日数据不包含${year}年，无法计算工作日。请在“设置 → 节假日安排”中录入${year}年的放假安排（国务院办公厅每年11月公布），或确认暂按周一至周五计算。`,
    );
    this.name = 'CalendarDataMissingError';
    this.year = year;
  }
}

interface YearData {
  /** Statutory holiday dates (incl. weekend days inside a holiday block) → Chinese holiday name. */
  holidays: Map<string, string>;
  /** Weekend dates that are official 调休 working days. */
  makeUpWorkdays: Set<string>;
}

/** chinese-days maps 'YYYY-MM-DD' → 'English name,中文名,N'. */
type ChineseDaysTable = Record<string, string>;

/** chinese-days uses short names for some festivals; the notices and the grid use the official ones. */
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function builtInYears(): Map<number, YearData> {
  const table = data as { holidays: ChineseDaysTable; workdays: ChineseDaysTable };
  const years = new Map<number, YearData>();
  const yearOf = (date: string): YearData => {
    const y = Number(date.slice(0, 4));
    let entry = years.get(y);
    if (!entry) {
      entry = { holidays: new Map(), makeUpWorkdays: new Set() };
      years.set(y, entry);
    }
    return entry;
  };
  for (const [date, info] of Object.entries(table.holidays)) {
    const name = info.split(',')[1] || '节假日';
    yearOf(date).holidays.set(date, OFFICIAL_NAMES[name] ?? name);
  }
  for (const date of Object.keys(table.workdays)) yearOf(date).makeUpWorkdays.add(date);
  // A year is covered only if it has at least one holiday; stray make-up days alone do not count.
  for (const [y, entry] of years) if (entry.holidays.size === 0) years.delete(y);
  return years;
}

const BUILT_IN = builtInYears();
/** Years entered in 设置 (synced records); they take precedence over the built-in data. */
const entered = new Map<number, YearData>();
/** Years without data for which a clerk accepted counting Monday to Friday only. */
const weekdaysOnly = new Set<number>();
const NO_HOLIDAYS: YearData = { holidays: new Map(), makeUpWorkdays: new Set() };
/** monthCalendar results by month; cleared whenever the years' data change. */
const monthCache = new Map<string, readonly CalendarDay[]>();
/** Per year, working days among its first i days (index 0: none); cleared with monthCache. */
const runningCounts = new Map<number, Uint16Array>();

/** The years' data changed: what was derived from them is computed again. */
function forgetDerived(): void {
  monthCache.clear();
  runningCounts.clear();
}

function requireDate(date: string): void {
  if (!isValidIsoDate(date)) throw new RangeError(`日期“${date}”无效，应为 YYYY-MM-DD`);
}

function requireMonth(month: string): void {
  if (!isValidIsoMonth(month)) throw new RangeError(`月份“${month}”无效，应为 YYYY-MM`);
}

function sourceOf(year: number): CalendarSource | null {
  if (entered.has(year)) return 'entered';
  if (BUILT_IN.has(year)) return 'builtIn';
  if (weekdaysOnly.has(year)) return 'weekdaysOnly';
  return null;
}

function yearData(date: string): YearData {
  requireDate(date);
  const year = Number(date.slice(0, 4));
  const entry = entered.get(year) ?? BUILT_IN.get(year) ?? (weekdaysOnly.has(year) ? NO_HOLIDAYS : undefined);
  if (!entry) throw new CalendarDataMissingError(year);
  return entry;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  requireDate(date);
  // Date.UTC is a pure calendar calculator here; the computer's time zone plays no part.
  const dow = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
  return dow === 0 ? 7 : dow;
}

function isWeekendDay(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** The day after a valid ISO date (UTC arithmetic: fast in loops, no time zone involved). */
export function nextDay(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1));
  return d.toISOString().slice(0, 10);
}

/** What a screen shows about a year's calendar: where its data come from, in Chinese. */
export interface CalendarCoverage {
  year: number;
  /** null: no data and nothing accepted; working days cannot be computed. */
  source: CalendarSource | null;
  label: string;
}

const SOURCE_LABELS: Record<CalendarSource, string> = {
  builtIn: '国务院办公厅放假安排（内置）',
  entered: '设置中录入的放假安排',
  weekdaysOnly: '无放假安排，已确认暂按周一至周五计算',
};

/**
 * Whether a year's working days can be computed and from what. A 'weekdaysOnly' year computes, but
 * screens should keep a warning visible because holidays and make-up days are missing.
 */
export function calendarCoverage(year: number): CalendarCoverage {
  const source = sourceOf(year);
  return { year, source, label: source ? SOURCE_LABELS[source] : `缺少${year}年放假安排` };
}

/** Years for which working days can be computed (built-in, entered and accepted weekdays-only years), ascending. */
export function coveredYears(): number[] {
  return [...new Set([...BUILT_IN.keys(), ...entered.keys(), ...weekdaysOnly])].sort((a, b) => a - b);
}

/** One year's official arrangement as the settings screen stores it. */
export interface CalendarYearDays {
  holidays: string[];
  makeUpWorkdays: string[];
  /** Optional name per holiday date (国庆节 …); unnamed dates are called 节假日. */
  names?: Record<string, string>;
}

/**
 * What is wrong with an arrangement typed in for `year`, in Chinese (empty when it can be saved):
 * every date must be a real date of that year, make-up working days must be Saturdays or Sundays,
 * no day may be both, and at least one holiday is required.
 */
export function checkCalendarYear(year: number, days: CalendarYearDays): string[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return [`年份“${year}”无效`];
  const problems: string[] = [];
  if (days.holidays.length === 0) problems.push(`${year}年的放假安排至少应包含一天节假日`);
  for (const date of [...days.holidays, ...days.makeUpWorkdays]) {
    if (!isValidIsoDate(date) || Number(date.slice(0, 4)) !== year) problems.push(`日期“${date}”不是${year}年的有效日期`);
  }
  const holidays = new Set(days.holidays);
  for (const date of days.makeUpWorkdays) {
    if (!isValidIsoDate(date)) continue;
    if (!isWeekendDay(date)) problems.push(`调休上班日“${date}”不是周六或周日，请核对`);
    if (holidays.has(date)) problems.push(`日期“${date}”不能既是节假日又是调休上班日`);
  }
  return problems;
}

/**
 * Turns the ranges of a notice ("国庆节：10月1日至7日放假") into the dates and names
 * `registerCalendarYear` takes. A range whose end is before its start is refused.
 */
export function expandHolidayRanges(ranges: readonly { name: string; from: string; to: string }[]): {
  holidays: string[];
  names: Record<string, string>;
} {
  const holidays: string[] = [];
  const names: Record<string, string> = {};
  for (const r of ranges) {
    requireDate(r.from);
    requireDate(r.to);
    if (r.to < r.from) throw new RangeError(`${r.name}的放假结束日期${r.to}早于开始日期${r.from}`);
    for (let d = r.from; d <= r.to; d = nextDay(d)) {
      holidays.push(d);
      names[d] = r.name;
    }
  }
  return { holidays, names };
}

/**
 * Adds (or replaces) the arrangement entered for one year (设置 → 节假日安排, synced to every PC);
 * it takes precedence over built-in data. Throws a RangeError with the first problem of
 * `checkCalendarYear`.
 */
export function registerCalendarYear(year: number, days: CalendarYearDays): void {
  const problems = checkCalendarYear(year, days);
  if (problems.length) throw new RangeError(problems[0]);
  const holidays = new Map(days.holidays.map((d) => [d, days.names?.[d] || '节假日'] as const));
  entered.set(year, { holidays, makeUpWorkdays: new Set(days.makeUpWorkdays) });
  forgetDerived();
}

/** Removes an entered year again (built-in data, if any, applies afterwards). Returns whether one was removed. */
export function unregisterCalendarYear(year: number): boolean {
  forgetDerived();
  return entered.delete(year);
}

/**
 * Records that a clerk accepted counting Monday to Friday as working days for a year that has no
 * arrangement (never applied silently). Has no effect on a year with built-in or entered data.
 */
export function acceptWeekdaysOnly(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new RangeError(`年份“${year}”无效`);
  weekdaysOnly.add(year);
  forgetDerived();
}

/** Withdraws an accepted weekdays-only fallback. Returns whether one was withdrawn. */
export function withdrawWeekdaysOnly(year: number): boolean {
  forgetDerived();
  return weekdaysOnly.delete(year);
}

/**
 * Kind of day: 'holiday' (statutory holiday, including weekend days inside the holiday block),
 * 'makeUpWorkday' (a weekend day worked under 调休), 'weekend', or an ordinary 'workday'.
 */
export function dayKind(date: string): DayKind {
  const entry = yearData(date);
  if (entry.holidays.has(date)) return 'holiday';
  if (entry.makeUpWorkdays.has(date)) return 'makeUpWorkday';
  return isWeekendDay(date) ? 'weekend' : 'workday';
}

/** True for an ordinary working day or a 调休 make-up working day. */
export function isWorkday(date: string): boolean {
  const kind = dayKind(date);
  return kind === 'workday' || kind === 'makeUpWorkday';
}

/** Chinese name of the holiday on that date (元旦, 春节, 国庆节 …), undefined if it is not a holiday. */
export function holidayName(date: string): string | undefined {
  return yearData(date).holidays.get(date);
}

/** Working days from start to end, both included, in order; [] when end is before start. */
export function workdaysInRange(start: string, end: string): string[] {
  yearData(start);
  yearData(end);
  const out: string[] = [];
  for (let d = start; d <= end; d = nextDay(d)) if (isWorkday(d)) out.push(d);
  return out;
}

/** Working days among the first days of `year` (index i: the first i days), from its arrangement. */
function workdayRunningCount(year: number): Uint16Array {
  let counts = runningCounts.get(year);
  if (!counts) {
    const first = `${year}-01-01`;
    yearData(first);
    const days = isLeapYear(year) ? 366 : 365;
    counts = new Uint16Array(days + 1);
    let d = first;
    for (let i = 0; i < days; i++, d = nextDay(d)) counts[i + 1] = counts[i]! + (isWorkday(d) ? 1 : 0);
    runningCounts.set(year, counts);
  }
  return counts;
}

/** Days of `date`'s year before it (1 January: 0). */
function dayOfYear(date: string): number {
  return daysBetween(`${date.slice(0, 4)}-01-01`, date);
}

/**
 * Number of working days from start to end, both included (0 when end is before start); the same
 * as `workdaysInRange(start, end).length`, from each year's running count instead of a walk over
 * the days (概览 asks it for every posting on post).
 */
export function countWorkdays(start: string, end: string): number {
  yearData(start);
  yearData(end);
  if (end < start) return 0;
  const [from, to] = [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
  let count = 0;
  for (let year = from; year <= to; year++) {
    const counts = workdayRunningCount(year);
    const a = year === from ? dayOfYear(start) : 0;
    const b = year === to ? dayOfYear(end) + 1 : counts.length - 1;
    count += counts[b]! - counts[a]!;
  }
  return count;
}

/** First and last date of a 'YYYY-MM' month. */
export function monthRange(month: string): { first: string; last: string } {
  requireMonth(month);
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/** The working days of a 'YYYY-MM' month, in order. */
export function workdaysInMonth(month: string): string[] {
  return monthCalendar(month)
    .filter((d) => d.workday)
    .map((d) => d.date);
}

/** The first working day after `date`. */
export function nextWorkday(date: string): string {
  return addWorkdays(date, 1);
}

/** The n-th working day after `date` (n ≥ 1); n = 0 returns `date` itself. */
export function addWorkdays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数“${n}”无效`);
  let d = date;
  yearData(d);
  for (let left = n; left > 0; ) {
    d = nextDay(d);
    if (isWorkday(d)) left--;
  }
  return d;
}

/** One column of the month grid header. */
export interface CalendarDay {
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 一 … 日, as printed under the day number. */
  weekdayLabel: string;
  kind: DayKind;
  workday: boolean;
  /** 元旦, 春节 …; null on other days. */
  holidayName: string | null;
  /** '休' on a statutory holiday, '班' on a 调休 working day, '' otherwise (the marks of Chinese calendars). */
  mark: '' | '休' | '班';
}

const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日'];

/**
 * Every day of a 'YYYY-MM' month with weekday, kind, holiday name and mark, for the grid header.
 * The result is cached and shared: treat it as read-only.
 */
export function monthCalendar(month: string): readonly CalendarDay[] {
  const cached = monthCache.get(month);
  if (cached) return cached;
  const { first, last } = monthRange(month);
  const out: CalendarDay[] = [];
  for (let date = first; date <= last; date = nextDay(date)) {
    const kind = dayKind(date);
    const weekday = isoWeekday(date);
    out.push(Object.freeze({
      date,
      day: Number(date.slice(8, 10)),
      weekday,
      weekdayLabel: WEEKDAY_LABELS[weekday - 1]!,
      kind,
      workday: kind === 'workday' || kind === 'makeUpWorkday',
      holidayName: holidayName(date) ?? null,
      mark: kind === 'holiday' ? '休' : kind === 'makeUpWorkday' ? '班' : '',
    }));
  }
  Object.freeze(out);
  monthCache.set(month, out);
  return out;
}
