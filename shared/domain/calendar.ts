import data from 'chinese-days/dist/chinese-days.json';
import { isValidIsoDate } from './dates';

/** Kind of a calendar day for attendance and leave counting. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** Thrown whenever a date falls in a year the holiday data does not cover: the app never guesses. */
export class CalendarDataMissingError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`节假日数据不包含${year}年，无法计算工作日。请升级挂职通或在“设置”中补充${year}年的放假安排。`);
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
    yearOf(date).holidays.set(date, info.split(',')[1] || '节假日');
  }
  for (const date of Object.keys(table.workdays)) yearOf(date).makeUpWorkdays.add(date);
  // A year is covered only if it has at least one holiday; stray make-up days alone do not count.
  for (const [y, entry] of years) if (entry.holidays.size === 0) years.delete(y);
  return years;
}

const BUILT_IN = builtInYears();
/** Years supplied later (e.g. from the settings screen); they take precedence over the built-in data. */
const registered = new Map<number, YearData>();

function yearData(date: string): YearData {
  if (!isValidIsoDate(date)) throw new RangeError(`日期“${date}”无效，应为 YYYY-MM-DD`);
  const year = Number(date.slice(0, 4));
  const entry = registered.get(year) ?? BUILT_IN.get(year);
  if (!entry) throw new CalendarDataMissingError(year);
  return entry;
}

function isWeekendDay(date: string): boolean {
  // Date.UTC is a pure calendar calculator here; the computer's time zone plays no part.
  const dow = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
  return dow === 0 || dow === 6;
}

/** Years for which working days can be computed (built-in data plus registered years), ascending. */
export function coveredYears(): number[] {
  return [...new Set([...BUILT_IN.keys(), ...registered.keys()])].sort((a, b) => a - b);
}

/**
 * Adds (or replaces) one year's official arrangement, e.g. typed in by a clerk once the State
 * Council publishes it. Every date must be a real date in that year, make-up working days must be
 * Saturdays or Sundays, no day may be both, and at least one holiday is required.
 * `names` optionally gives each holiday date its name (国庆节 …); unnamed dates are called 节假日.
 */
export function registerCalendarYear(
  year: number,
  days: { holidays: string[]; makeUpWorkdays: string[]; names?: Record<string, string> },
): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new RangeError(`年份“${year}”无效`);
  if (days.holidays.length === 0) throw new RangeError(`${year}年的放假安排至少应包含一天节假日`);
  for (const date of [...days.holidays, ...days.makeUpWorkdays]) {
    if (!isValidIsoDate(date) || Number(date.slice(0, 4)) !== year) {
      throw new RangeError(`日期“${date}”不是${year}年的有效日期`);
    }
  }
  for (const date of days.makeUpWorkdays) {
    if (!isWeekendDay(date)) throw new RangeError(`调休上班日“${date}”不是周六或周日，请核对`);
  }
  const holidays = new Map(days.holidays.map((d) => [d, days.names?.[d] || '节假日'] as const));
  for (const date of days.makeUpWorkdays) {
    if (holidays.has(date)) throw new RangeError(`日期“${date}”不能既是节假日又是调休上班日`);
  }
  registered.set(year, { holidays, makeUpWorkdays: new Set(days.makeUpWorkdays) });
}

/** Removes a registered year again (built-in data, if any, applies afterwards). Returns whether one was removed. */
export function unregisterCalendarYear(year: number): boolean {
  return registered.delete(year);
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

function nextDay(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1));
  return d.toISOString().slice(0, 10);
}

/** Working days from start to end, both included, in order; [] when end is before start. */
export function workdaysInRange(start: string, end: string): string[] {
  yearData(start);
  yearData(end);
  const out: string[] = [];
  for (let d = start; d <= end; d = nextDay(d)) if (isWorkday(d)) out.push(d);
  return out;
}

/** Number of working days from start to end, both included (0 when end is before start). */
export function countWorkdays(start: string, end: string): number {
  return workdaysInRange(start, end).length;
}
