// One worksheet part (`xl/worksheets/sheetN.xml`) → dense rows of plain cell values, streaming.
//
// Read as the OOXML schema allows it, not only as Excel writes it: rows and cells without an `r`
// attribute follow the previous one; `t="d"` cells hold ISO 8601 dates; `_xHHHH_` escapes are
// decoded; a shared-string index that does not exist refuses the file as damaged instead of
// reading as an empty cell. Every row element, cell and chunk is counted against the budget.
import type { ReadCell } from '@shared/ipc/workbook-schemas';
import type { ReadBudget } from '../tables/read-limits';
import { at, cellTooLong, damagedWorkbook } from '../tables/read-messages';
import { FORMULA_WITHOUT_VALUE, numberCellValue } from './cell-value';
import { decodeCellText } from './ooxml-text';
import { readXml } from './xml-events';

/** Excel's grid. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** What a sheet needs from the rest of the workbook. */
export interface SheetContext {
  sheetName: string;
  sharedStrings: readonly string[];
  /** Number format code per cell style index. */
  numberFormats: readonly (string | undefined)[];
  date1904: boolean;
  budget: ReadBudget;
}

/** The rows of one sheet. */
export interface SheetRows {
  /** rows[i] is row i + 1, dense from column A, up to the last filled row or `maxRows`. */
  rows: ReadCell[][];
  /** Number of the last row with a value (beyond `maxRows` too). */
  totalRows: number;
  truncated: boolean;
}

/** `3` → `C`, `28` → `AB`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The column number of a cell reference (`AB12` → 28), or 0 when it is not one. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
    if (column > MAX_COLUMN) return 0;
  }
  if (i === 0) return 0;
  if (ref.charCodeAt(i) === 36 /* $ */) i++;
  for (; i < ref.length; i++) if (!isDigit(ref.charCodeAt(i))) return 0;
  return column;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A non-negative integer attribute (whitespace around it allowed), or NaN. Digits alone are read without a regular expression: this runs for every cell. */
function integerOf(text: string): number {
  let plain = text.length > 0;
  for (let i = 0; plain && i < text.length; i++) plain = isDigit(text.charCodeAt(i));
  if (plain) return Number(text);
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** An ISO 8601 date or time as the reader reports dates: 'YYYY-MM-DD' or 'HH:MM'; else the text. */
function isoCellValue(text: string): ReadCell {
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return date[0];
    return text;
  }
  const time = /^T?(\d{2}):(\d{2})/.exec(text);
  return time ? `${time[1]}:${time[2]}` : text;
}

/** A number as OOXML writes one (xsd:double; no hex, no Infinity). */
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

const TRUE_TEXT = new Set(['1', 'true']);
const FALSE_TEXT = new Set(['0', 'false']);

/**
 * Reads the sheet in `source`. Keeps at most `maxRows` rows; counts the rest. Refuses (Chinese
 * BridgeException) a damaged sheet, a cell over the character limit, and any budget passed.
 */
export async function readSheetRows(source: AsyncIterable<string>, context: SheetContext, maxRows: number): Promise<SheetRows> {
  const { budget, sharedStrings, numberFormats, date1904, sheetName } = context;
  const maxChars = budget.limits.maxCellChars;
  const kept: ReadCell[][] = [];
  let lastFilled = 0;

  let inSheetData = false;
  let rowNumber = 0;
  let rowOpen = false;
  let cells: ReadCell[] = [];
  let column = 0;

  // The cell being read.
  let cellOpen = false;
  let cellType = '';
  let cellStyle = 0;
  let hasFormula = false;
  // Text of the cell's <v> and inline <t>: nearly always one text event each, so plain strings.
  let value: string | null = null;
  let inlineText: string | null = null;
  let textLength = 0;
  let collect: 'value' | 'inline' | null = null;
  let inInline = false;
  let phoneticDepth = 0;

  const where = (): string => `工作表“${sheetName}”单元格 ${columnLetters(column)}${rowNumber}`;
  const damaged = (what: string) => damagedWorkbook(at(where(), what));

  const cellValue = (): ReadCell => {
    const v = value;
    switch (cellType) {
      case 's': {
        if (v === null) return null;
        const index = integerOf(v);
        const text = sharedStrings[index];
        if (text === undefined) throw damaged(`引用的共享文字（第 ${v.trim()} 条）不存在`);
        return text;
      }
      case 'inlineStr':
        return decodeCellText(inlineText ?? v ?? '');
      case 'str':
        return v === null ? (hasFormula ? FORMULA_WITHOUT_VALUE : null) : decodeCellText(v);
      case 'b': {
        if (v === null) return hasFormula ? FORMULA_WITHOUT_VALUE : null;
        const flag = v.trim().toLowerCase();
        return TRUE_TEXT.has(flag) ? true : FALSE_TEXT.has(flag) ? false : v;
      }
      case 'e':
        return v === null || v.trim() === '' ? FORMULA_WITHOUT_VALUE : v.trim();
      case 'd':
        return v === null ? (hasFormula ? FORMULA_WITHOUT_VALUE : null) : isoCellValue(v.trim());
      default: {
        if (v === null || v.trim() === '') return hasFormula ? FORMULA_WITHOUT_VALUE : null;
        const number = NUMBER.test(v) ? Number(v) : Number.NaN;
        return Number.isFinite(number) ? numberCellValue(number, numberFormats[cellStyle], date1904) : decodeCellText(v);
      }
    }
  };

  await readXml(
    source,
    {
      open(name, attributes) {
        switch (name) {
          case 'sheetData':
            inSheetData = true;
            return;
          case 'row': {
            if (!inSheetData) return;
            budget.rowElement();
            const r = attributes.r;
            const number = r === undefined ? rowNumber + 1 : integerOf(r);
            column = 0;
            if (!(number >= 1 && number <= MAX_ROW)) throw damagedWorkbook(`工作表“${sheetName}”中有无效的行号“${String(r).slice(0, 20)}”`);
            rowNumber = number;
            rowOpen = true;
            cells = [];
            return;
          }
          case 'c': {
            if (!inSheetData) return;
            if (!rowOpen) throw damagedWorkbook(`工作表“${sheetName}”中有不在任何行内的单元格`);
            const ref = attributes.r;
            const next = ref === undefined ? column + 1 : columnOf(ref);
            if (!(next >= 1 && next <= MAX_COLUMN)) throw damagedWorkbook(`工作表“${sheetName}”第 ${rowNumber} 行有无效的单元格位置“${String(ref).slice(0, 20)}”`);
            column = next;
            cellOpen = true;
            cellType = attributes.t ?? 'n';
            const style = attributes.s === undefined ? 0 : integerOf(attributes.s);
            cellStyle = Number.isNaN(style) ? 0 : style;
            hasFormula = false;
            value = null;
            inlineText = null;
            textLength = 0;
            inInline = false;
            phoneticDepth = 0;
            return;
          }
          case 'v':
            if (cellOpen) {
              value = '';
              textLength = 0;
              collect = 'value';
            }
            return;
          case 'f':
            if (cellOpen) hasFormula = true;
            return;
          case 'is':
            if (cellOpen) {
              inInline = true;
              inlineText = '';
              textLength = 0;
            }
            return;
          case 'rPh':
            if (inInline) phoneticDepth++;
            return;
          case 't':
            if (inInline && phoneticDepth === 0) collect = 'inline';
            return;
          default:
            return;
        }
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            collect = null;
            return;
          case 'is':
            inInline = false;
            return;
          case 'rPh':
            if (inInline) phoneticDepth--;
            return;
          case 'c': {
            if (!cellOpen) return;
            cellOpen = false;
            collect = null;
            const read = cellValue();
            if (read === null || read === '') return;
            if (typeof read === 'string' && read.length > maxChars) throw cellTooLong(where(), maxChars);
            budget.cell();
            cells[column - 1] = read;
            return;
          }
          case 'row': {
            if (!rowOpen) return;
            rowOpen = false;
            if (cells.length === 0) return;
            lastFilled = Math.max(lastFilled, rowNumber);
            if (rowNumber > maxRows) return;
            budget.keptSlots(cells.length);
            const previous = kept[rowNumber - 1];
            const dense = new Array<ReadCell>(cells.length);
            for (let i = 0; i < cells.length; i++) dense[i] = cells[i] ?? null;
            // A row number written twice: its cells merge, the later ones win.
            kept[rowNumber - 1] = previous ? Array.from({ length: Math.max(previous.length, dense.length) }, (_, i) => (cells[i] !== undefined ? dense[i]! : (previous[i] ?? null))) : dense;
            return;
          }
          case 'sheetData':
            inSheetData = false;
            return;
          default:
            return;
        }
      },
      text(text) {
        if (collect === null) return;
        textLength += text.length;
        if (textLength > maxChars) throw cellTooLong(where(), maxChars);
        if (collect === 'value') value += text;
        else inlineText += text;
      },
    },
    () => budget.tick(),
  );
  const length = Math.min(lastFilled, maxRows);
  return { rows: Array.from({ length }, (_, i) => kept[i] ?? []), totalRows: lastFilled, truncated: lastFilled > maxRows };
}
