// A sheet's setup from its head: visibility, frozen panes, column widths and formats, and how it
// prints (DOMAIN §4.0: A4, one page wide, head rows repeated, centred, page numbers).
import type { AddWorksheetOptions, PaperSize, stream, Worksheet } from 'exceljs';
import type { PrintSetup, SheetHead } from '@shared/reports/document/schema';
import { columnLetter } from './excel-address';
import { centreOnPrintedPage } from './exceljs-patches';
import { BODY_FONT } from './report-styles';

/** Margins (inches) when the head gives none. */
const DEFAULT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** Excel's paper size codes (exceljs's PaperSize enum lacks A3). */
const PAPER_SIZES = { A4: 9, A3: 8 } as unknown as Record<'A4' | 'A3', PaperSize>;
/** The page footer with page numbers. */
const PAGE_NUMBER_FOOTER = '&C第 &P 页，共 &N 页';

function pageSetup(print: PrintSetup, headRows: number): Partial<AddWorksheetOptions['pageSetup']> {
  const fit = print.fitToWidth ?? true;
  return {
    paperSize: PAPER_SIZES[print.paper ?? 'A4'],
    orientation: print.orientation,
    ...(fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    horizontalCentered: print.centred ?? true,
    ...((print.repeatHead ?? true) && headRows > 0 ? { printTitlesRow: `1:${headRows}` } : {}),
    margins: print.margins ?? DEFAULT_MARGINS,
  };
}

/** The options `addWorksheet` needs for `head`, whose bands take the first `headRows` rows. */
function worksheetOptions(head: SheetHead, headRows: number): Partial<AddWorksheetOptions> {
  const ySplit = head.freeze?.rows ?? headRows;
  const xSplit = head.freeze?.columns ?? 0;
  const topLeft = `${columnLetter(xSplit + 1)}${ySplit + 1}`;
  return {
    ...(head.state && head.state !== 'visible' ? { state: head.state } : {}),
    ...(head.print ? { pageSetup: pageSetup(head.print, headRows) } : {}),
    ...(head.print && (head.print.pageNumbers ?? true) ? { headerFooter: { oddFooter: PAGE_NUMBER_FOOTER } } : {}),
    ...(ySplit > 0 || xSplit > 0 ? { views: [{ state: 'frozen', xSplit, ySplit, topLeftCell: topLeft, activeCell: topLeft }] } : {}),
  };
}

/** Adds the worksheet of `head` under `name` (the head's own name, or a continuation's), set up. */
export function addSheet(workbook: stream.xlsx.WorkbookWriter, name: string, head: SheetHead, headRows: number): Worksheet {
  const sheet = workbook.addWorksheet(name, worksheetOptions(head, headRows));
  if (head.print && (head.print.centred ?? true)) centreOnPrintedPage(sheet);
  // The column font also makes exceljs keep a width of exactly 9, which it drops as "default" on a
  // column without style (Excel would then show its own default width).
  sheet.columns = head.columns.map((column) => ({
    width: column.width,
    hidden: column.hidden ?? false,
    style: { font: BODY_FONT, ...(column.numFmt ? { numFmt: column.numFmt } : {}) },
  }));
  return sheet;
}
