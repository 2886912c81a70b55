// Builders of the usual bands (DOMAIN §4.0): the title row, the 填报单位 / 填报日期 row, text lines
// and paragraphs merged across the table, a signature block, a 合计 row aligned with the columns.
import { formatDateChinese } from '../../domain/dates';
import type { Band, Cell, RichCell } from './schema';

/** The signature line at the bottom of county report sheets (DOMAIN §4.0). */
export const SIGNATURE_LINE = '填表人：        审核人：        联系电话：';
/** Two ideographic spaces: the gap between parts of one line. */
const WIDE_GAP = '\u3000\u3000';

/** Row height of the title row (points). */
const TITLE_HEIGHT = 36;
/** Row height of the 填报单位 row (points). */
const INFO_HEIGHT = 22;

/** The whole width of a band row, as one merge (none for a one-column sheet). */
function fullWidth(columnCount: number, row = 0): Band['merges'] {
  return columnCount > 1 ? [{ row, col: 0, rows: 1, cols: columnCount }] : [];
}

/** Row 1 of a report: `text` merged across all columns, large and centred. */
export function titleBand(text: string, columnCount: number): Band {
  return { role: 'title', rows: [[text]], merges: fullWidth(columnCount), heights: [TITLE_HEIGHT] };
}

/**
 * One `text` line merged across all columns and wrapped: a 合计 line, a note, or a narrative
 * paragraph (as long as a cell allows); the writer makes the row tall enough for the text.
 */
export function textBand(text: string, columnCount: number, align?: RichCell['align']): Band {
  return { role: 'text', rows: [[align ? { value: text, align } : text]], merges: fullWidth(columnCount) };
}

/** One text line per entry, each merged across all columns (e.g. the 合计 line and SIGNATURE_LINE). */
export function textLines(lines: readonly string[], columnCount: number): Band[] {
  return lines.map((line) => textBand(line, columnCount));
}

function textOf(part: string | RichCell): string {
  return typeof part === 'string' ? part : String(part.value ?? '');
}

/**
 * One row of `parts` side by side, the columns shared out evenly (the first part gets the left
 * columns); with fewer columns than parts, all parts in one cell separated by WIDE_GAP.
 */
export function spreadBand(parts: readonly (string | RichCell)[], columnCount: number, height?: number): Band {
  const heights = height ? [height] : undefined;
  if (columnCount < parts.length) {
    return { role: 'text', rows: [[parts.map(textOf).join(WIDE_GAP)]], merges: [], ...(heights ? { heights } : {}) };
  }
  const row: Cell[] = Array.from({ length: columnCount }, () => null);
  const merges: NonNullable<Band['merges']> = [];
  parts.forEach((part, i) => {
    const start = Math.floor((i * columnCount) / parts.length);
    const end = Math.floor(((i + 1) * columnCount) / parts.length);
    row[start] = part;
    if (end - start > 1) merges.push({ row: 0, col: start, rows: 1, cols: end - start });
  });
  return { role: 'text', rows: [row], merges, ...(heights ? { heights } : {}) };
}

/** What row 2 of a county report says. */
export interface InfoLine {
  /** After 填报单位：, e.g. `中共开江县委组织部`. */
  reportingUnit: string;
  /** `YYYY-MM-DD`, printed `填报日期：2024年5月6日`. */
  reportDate: string;
  /** After the date, e.g. `单位：人` or `单位：元`. */
  unitNote?: string;
}

/** Row 2: `填报单位：…` over the left half, `填报日期：…` (and the unit note) right-aligned over the right half. */
export function infoBand(info: InfoLine, columnCount: number): Band {
  const date = `填报日期：${formatDateChinese(info.reportDate)}${info.unitNote ? `${WIDE_GAP}${info.unitNote}` : ''}`;
  return spreadBand([`填报单位：${info.reportingUnit}`, { value: date, align: 'right' }], columnCount, INFO_HEIGHT);
}

/** A signature block spread across the width, e.g. `制表人：` `审核人：` `单位负责人：`. */
export function signatureBand(roles: readonly string[], columnCount: number): Band {
  return spreadBand(
    roles.map((role) => `${role}：`),
    columnCount,
  );
}

/**
 * A 合计 row aligned with the columns, formatted like the body (money as `#,##0.00`), bold and
 * bordered; `labelColumns` leading cells are merged for the label (`合计` over 序号 and 姓名).
 */
export function totalBand(cells: readonly Cell[], labelColumns = 1): Band {
  return { role: 'total', rows: [[...cells]], merges: labelColumns > 1 ? [{ row: 0, col: 0, rows: 1, cols: labelColumns }] : [] };
}
