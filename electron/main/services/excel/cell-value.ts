// A cell as exceljs's reader hands it over → the plain value an importer wants: what the clerk
// sees in Excel, as text, number or true/false.
import type { CellValue } from 'exceljs';
import type { ReadCell } from '@shared/ipc/workbook-schemas';

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system as a UTC instant (the day before Excel's fake 1900-02-29 shifts it). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Stands for a formula cell without a usable cached result: an error such as #N/A (whose code
 * exceljs's streaming reader loses) or a result never computed by the program that wrote the file.
 */
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

/** 'YYYY-MM-DD' of an instant exceljs made from a date serial (exceljs dates are UTC). */
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

/** The UTC instant of an Excel date serial. */
export function serialToUtc(serial: number, date1904: boolean): Date {
  // 1900 system: serials below 61 count from a day earlier (Excel's fake 1900-02-29 is serial 60).
  const days = date1904 ? serial : serial < 61 ? serial + 1 : serial;
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * MS_PER_DAY);
}

function dateValue(date: Date): ReadCell {
  // A time of day alone (time formats) is shown as a time; anything else as its calendar day.
  const serialDays = (date.getTime() - EPOCH_1900) / MS_PER_DAY;
  if (serialDays >= 0 && serialDays < 1) return timeOfUtc(date);
  return isoDateOfUtc(date) ?? null;
}

function numberValue(value: number, numFmt: string | undefined, date1904: boolean): ReadCell {
  if (!Number.isFinite(value)) return null;
  if (isDateFormat(numFmt)) return dateValue(serialToUtc(value, date1904));
  return formatDecimals(value, numFmt) ?? value;
}

function richTextOf(value: { richText: { text?: string }[] }): string {
  return value.richText.map((run) => run.text ?? '').join('');
}

/**
 * The plain value of a cell: rich text and hyperlinks → their text, formulas → their cached
 * result, dates → 'YYYY-MM-DD', numbers with decimals in their format → text with those decimals,
 * errors → their code ('#N/A'; a formula without a usable result → '#公式无结果'), empty → null.
 */
export function plainCellValue(value: CellValue | undefined, numFmt: string | undefined, date1904: boolean): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return numberValue(value, numFmt, date1904);
  if (value instanceof Date) return dateValue(value);
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return richTextOf(value) || null;
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return text || null;
    if (text && typeof text === 'object' && 'richText' in text) return richTextOf(text as { richText: { text?: string }[] }) || null;
    return null;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
    // exceljs's streaming reader drops a cached error (#N/A …): never pass such a cell off as empty.
    if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) return FORMULA_WITHOUT_VALUE;
    return plainCellValue(result as CellValue | undefined, numFmt, date1904);
  }
  if ('error' in value) return String(value.error);
  return null;
}
