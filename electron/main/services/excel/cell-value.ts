// A number stored in a cell → the plain value an importer wants: what the clerk sees in Excel,
// as text or number (dates as 'YYYY-MM-DD', times as 'HH:MM', decimals as the format shows them).
import type { ReadCell } from '@shared/ipc/workbook-schemas';

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system as a UTC instant (the day before Excel's fake 1900-02-29 shifts it). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Stands for a formula cell without a cached result (never computed by the program that wrote the file). */
export const FORMULA_WITHOUT_VALUE = '#公式无结果';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The first section of a number format with quoted text, escapes and [colour]/[condition] removed. */
function formatSkeleton(numFmt: string): string {
  const firstSection = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').split(';')[0] ?? '';
  return firstSection.replace(/\[[^\]]*]/g, '');
}

/** True for formats exceljs reads as dates (same test as exceljs: y m d h s b outside quotes and brackets). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * The number as the format shows its decimals: `0.00` → 2 places (1985.1 → '1985.10'), `0.0#` →
 * 1 or 2; undefined when the format has no decimals (General, `0`) or is a percentage, scientific
 * or fraction format, where the number itself is the better value.
 */
export function formatDecimals(value: number, numFmt: string | undefined): string | undefined {
  if (!numFmt || !Number.isFinite(value)) return undefined;
  const skeleton = formatSkeleton(numFmt);
  if (/[%/]|E[+-]/i.test(skeleton)) return undefined;
  const decimals = /\.([0#?]+)/.exec(skeleton)?.[1];
  if (!decimals) return undefined;
  const min = decimals.replace(/[#?]/g, '').length;
  const [whole, fraction = ''] = value.toFixed(decimals.length).split('.');
  let shown = fraction;
  while (shown.length > min && shown.endsWith('0')) shown = shown.slice(0, -1);
  return shown ? `${whole}.${shown}` : whole;
}

/** 'YYYY-MM-DD' of the UTC instant of a date serial; undefined outside years 1000–9999. */
export function isoDateOfUtc(date: Date): string | undefined {
  const time = date.getTime();
  if (!Number.isFinite(time)) return undefined;
  // Serials carry float noise (…23:59:59.9997): round to the second before taking the day.
  const d = new Date(Math.round(time / 1000) * 1000);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999) return undefined;
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** 'HH:MM' of a time-of-day instant (serial below 1). */
function timeOfUtc(date: Date): string {
  const d = new Date(Math.round(date.getTime() / 1000) * 1000);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** The UTC instant of an Excel date serial (serial 60 of the 1900 system, 1900-02-29, has none). */
export function serialToUtc(serial: number, date1904: boolean): Date {
  // 1900 system: serials below 61 count from a day earlier (Excel's fake 1900-02-29 is serial 60).
  const days = date1904 ? serial : serial < 61 ? serial + 1 : serial;
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * MS_PER_DAY);
}

/** Last serial Excel shows as a date (9999-12-31 in the 1900 system). */
const MAX_DATE_SERIAL = 2_958_465;

/** True for formats that show only a time of day or a duration (h, s; no year, no day). */
function isTimeOnlyFormat(numFmt: string): boolean {
  const skeleton = formatSkeleton(numFmt);
  return !/[yd]/i.test(skeleton) && /[hs]/i.test(skeleton);
}

/** The date Excel shows for `serial`, as 'YYYY-MM-DD'; Excel's own impossible days as it shows them. */
function serialDate(serial: number, date1904: boolean): ReadCell {
  // Serials carry float noise (59.999999… for 60): round to the second before taking the day.
  const day = Math.floor(Math.round(serial * 86_400) / 86_400);
  if (!date1904 && day === 60) return '1900-02-29';
  if (!date1904 && day === 0) return '1900-01-00';
  return isoDateOfUtc(serialToUtc(serial, date1904)) ?? serial;
}

/**
 * The plain value of a number stored in a cell with number format `numFmt`: under a date format
 * the day Excel shows ('YYYY-MM-DD'; serial 60 of the 1900 system is Excel's fictitious
 * '1900-02-29', kept so that a validator refuses it instead of a shifted real day), under a time
 * format 'HH:MM'; a serial Excel cannot show as a date (negative, after 9999) stays a number. With
 * decimals in its format, the number as text with those decimals; otherwise the number itself.
 */
export function numberCellValue(value: number, numFmt: string | undefined, date1904: boolean): ReadCell {
  if (!Number.isFinite(value)) return null;
  if (isDateFormat(numFmt)) {
    if (value < 0 || value >= MAX_DATE_SERIAL + 1) return value;
    if (isTimeOnlyFormat(numFmt!)) return timeOfUtc(new Date(EPOCH_1900 + (value - Math.floor(value)) * MS_PER_DAY));
    return serialDate(value, date1904);
  }
  return formatDecimals(value, numFmt) ?? value;
}
