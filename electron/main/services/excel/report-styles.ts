// The look of a sheet (DOMAIN §4.0): fonts, borders, fills, alignment and number formats of each
// kind of cell. Style objects are built once per kind and reused: exceljs caches the format of a
// style object it has seen, which keeps a 100,000-row export fast.
import type { Alignment, Borders, Fill, Font } from 'exceljs';
import type { BandRole, Column, DataRow, Highlight, RichCell } from '@shared/reports/document/schema';
import type { QuotableStyle } from './exceljs-patches';

/** Fill colours of highlighted rows (ARGB), the familiar Excel "bad / neutral / note" tints. */
export const HIGHLIGHT_FILLS = { red: 'FFFFC7CE', amber: 'FFFFEB9C', yellow: 'FFFFFFCC' } as const;
/** Fill of the header cells. */
export const HEADER_FILL = 'FFD9D9D9';
/** Fill of 合计 rows. */
export const TOTAL_FILL = 'FFF2F2F2';

export const TITLE_FONT: Partial<Font> = { name: '黑体', size: 18, bold: true };
export const BODY_FONT: Partial<Font> = { name: '宋体', size: 11 };
const BOLD_FONT: Partial<Font> = { ...BODY_FONT, bold: true };

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const THIN_BORDERS: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

// A formula sign (= + - @, ASCII or full-width as an IME types them) after any run of the
// characters a spreadsheet skips first: tab, CR, LF, spaces (ASCII, no-break, ideographic) and the
// zero-width ones (OWASP CSV injection guidance).
const FORMULA_LIKE = /^[\t\r\n \u00a0\u3000\u180e\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * Text that Excel, WPS or LibreOffice could take for a formula (or a DDE call) if a clerk edited
 * the cell: it starts with = + - @ or their full-width forms, possibly after tabs, line breaks,
 * spaces or zero-width characters. Such text is written with the quote prefix, in every row kind.
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/** Every kind of cell a sheet has: the band roles, the body row styles and group headings. */
export type CellKind = BandRole | NonNullable<DataRow['style']> | 'group';

/** A cell's own format (a rich cell). */
export type OwnFormat = Pick<RichCell, 'align' | 'numFmt' | 'bold'>;

/** Kinds laid out like the body columns (bordered, the column's alignment and number format). */
const COLUMN_KINDS: ReadonlySet<CellKind> = new Set(['data', 'subtotal', 'total']);

/** The style of a cell kind before column, highlight and own format are applied. */
function baseStyle(kind: CellKind): QuotableStyle {
  const wrapped = (horizontal: Alignment['horizontal'], vertical: Alignment['vertical'] = 'middle'): Partial<Alignment> => ({ horizontal, vertical, wrapText: true });
  switch (kind) {
    case 'title':
      return { font: TITLE_FONT, alignment: wrapped('center') };
    case 'header':
      return { font: BOLD_FONT, alignment: wrapped('center'), border: THIN_BORDERS, fill: solid(HEADER_FILL) };
    case 'text':
      return { font: BODY_FONT, alignment: wrapped('left') };
    case 'plain':
      return { font: BODY_FONT, alignment: wrapped('left', 'top') };
    case 'group':
      return { font: BOLD_FONT, alignment: wrapped('left'), border: THIN_BORDERS };
    case 'data':
      return { font: BODY_FONT, border: THIN_BORDERS };
    case 'subtotal':
      return { font: BOLD_FONT, border: THIN_BORDERS };
    case 'total':
      return { font: BOLD_FONT, border: THIN_BORDERS, fill: solid(TOTAL_FILL) };
  }
}

/** Style objects of one sheet, made on first use and shared by every cell that needs them. */
export class SheetStyles {
  private readonly cache = new Map<string, QuotableStyle>();

  constructor(private readonly columns: readonly Column[]) {}

  /**
   * The style of a cell of `kind` in 0-based `column` (whose alignment and number format body and
   * 合计 cells take), with the row's highlight, the cell's own format and the quote prefix for text
   * Excel would read as a formula. Called for every cell: positional arguments, one string key.
   */
  get(kind: CellKind, column: number, highlight?: Highlight, own?: OwnFormat, quote = false): QuotableStyle {
    let key = `${kind}|${column}|${highlight ?? ''}|${quote ? 1 : 0}`;
    if (own) key += `|${own.align ?? ''}|${own.numFmt ?? ''}|${own.bold ?? ''}`;
    let style = this.cache.get(key);
    if (!style) {
      style = this.make(kind, column, highlight, own, quote);
      this.cache.set(key, style);
    }
    return style;
  }

  private make(kind: CellKind, column: number, highlight: Highlight | undefined, own: OwnFormat | undefined, quote: boolean): QuotableStyle {
    const style = baseStyle(kind);
    const columnFormat = COLUMN_KINDS.has(kind) ? this.columns[column] : undefined;
    if (columnFormat) {
      const numeric = !!columnFormat.numFmt && columnFormat.numFmt !== '@';
      style.alignment = { horizontal: columnFormat.align ?? (numeric ? 'right' : 'left'), vertical: 'middle', wrapText: true };
      if (columnFormat.numFmt) style.numFmt = columnFormat.numFmt;
    }
    if (highlight && COLUMN_KINDS.has(kind)) style.fill = solid(HIGHLIGHT_FILLS[highlight]);
    if (own?.align) style.alignment = { ...(style.alignment as Partial<Alignment>), horizontal: own.align };
    if (own?.numFmt) style.numFmt = own.numFmt;
    if (own?.bold !== undefined) style.font = { ...(style.font as Partial<Font>), bold: own.bold };
    if (quote) style.quotePrefix = true;
    return style;
  }
}

/**
 * The row height (points) needed to show `text` wrapped across `width` Excel characters (a CJK
 * character counts two), or undefined when one line is enough. Heights are always written: Excel
 * never sizes merged rows, and LibreOffice and WPS do not size ordinary wrapped rows on opening,
 * so text would overlap the next row.
 */
export function wrappedRowHeight(text: string, width: number, fontSize = 11): number | undefined {
  const scale = fontSize / 11;
  let lines = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    // A CJK character at 宋体 11pt is a little over two width units (the width of one '0').
    for (const ch of line) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2.2 : 1;
    lines += Math.max(1, Math.ceil((units * scale) / Math.max(1, width - 1)));
  }
  return lines > 1 ? Math.ceil(lines * fontSize * 1.4 + 4) : undefined;
}
