// The look of a report sheet (DOMAIN §4.0): fonts, borders, fills and alignment of each kind of
// row. Style objects are built once and reused: exceljs caches the format of a style object it has
// seen, which keeps a 100,000-row export fast.
import type { Alignment, Borders, Fill, Font } from 'exceljs';
import type { ReportColumn, ReportRow } from '@shared/reports/table-model';
import type { QuotableStyle } from './exceljs-patches';

/** Fill colours of highlighted rows (ARGB), the familiar Excel "bad / neutral / note" tints. */
export const HIGHLIGHT_FILLS = { red: 'FFFFC7CE', amber: 'FFFFEB9C', yellow: 'FFFFFFCC' } as const;
/** Fill of the header row. */
export const HEADER_FILL = 'FFD9D9D9';
/** Number format of `money` columns. */
export const MONEY_FORMAT = '#,##0.00';

export const TITLE_FONT: Partial<Font> = { name: '黑体', size: 18, bold: true };
export const BODY_FONT: Partial<Font> = { name: '宋体', size: 11 };
const BOLD_FONT: Partial<Font> = { ...BODY_FONT, bold: true };

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const THIN_BORDERS: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function solid(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

type Highlight = Extract<ReportRow, { cells: unknown }>['highlight'];

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

/** Style objects of one sheet, made on first use and shared by every cell that needs them. */
export class ReportStyles {
  readonly title: QuotableStyle;
  readonly subtitleLeft: QuotableStyle;
  readonly subtitleRight: QuotableStyle;
  readonly header: QuotableStyle;
  readonly group: QuotableStyle;
  readonly footer: QuotableStyle;
  readonly instructions: QuotableStyle;
  private readonly cache = new Map<string, QuotableStyle>();
  private readonly quotedCache = new WeakMap<QuotableStyle, QuotableStyle>();

  constructor(private readonly columns: readonly ReportColumn[]) {
    const centred: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
    this.title = { font: TITLE_FONT, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
    this.subtitleLeft = { font: BODY_FONT, alignment: { horizontal: 'left', vertical: 'middle' } };
    this.subtitleRight = { font: BODY_FONT, alignment: { horizontal: 'right', vertical: 'middle' } };
    this.header = { font: BOLD_FONT, alignment: centred, border: THIN_BORDERS, fill: solid(HEADER_FILL) };
    this.group = { font: BOLD_FONT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: THIN_BORDERS };
    this.footer = { font: BODY_FONT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } };
    this.instructions = { font: BODY_FONT, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } };
  }

  /** The style of a data cell in column `index`, with the row's highlight and the quote prefix. */
  data(index: number, highlight: Highlight, quote: boolean): QuotableStyle {
    const key = `${index}|${highlight ?? ''}|${quote ? 1 : 0}`;
    let style = this.cache.get(key);
    if (!style) {
      const column = this.columns[index];
      const numeric = column?.kind === 'number' || column?.kind === 'money';
      style = {
        font: BODY_FONT,
        border: THIN_BORDERS,
        alignment: { horizontal: column?.align ?? (numeric ? 'right' : 'left'), vertical: 'middle', wrapText: true },
        ...(column?.kind === 'money' ? { numFmt: MONEY_FORMAT } : {}),
        ...(highlight ? { fill: solid(HIGHLIGHT_FILLS[highlight]) } : {}),
        ...(quote ? { quotePrefix: true } : {}),
      };
      this.cache.set(key, style);
    }
    return style;
  }

  /** The same style with the quote prefix (for title, header, group and footer cells holding `=…`). */
  quoted(style: QuotableStyle): QuotableStyle {
    let quotedStyle = this.quotedCache.get(style);
    if (!quotedStyle) {
      quotedStyle = { ...style, quotePrefix: true };
      this.quotedCache.set(style, quotedStyle);
    }
    return quotedStyle;
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
