// A5 booklet imposition (issue 12, item 4): the A5 portrait pages of a record book placed two per
// A4 landscape sheet side in saddle-stitch order (shared/print/saddle-stitch.ts).
import { PageSizes, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';
import { saddleStitchOrder } from '@shared/print/saddle-stitch';
import { createOutputPdf, loadPdf, savePdf } from './load-pdf';

/** A4 landscape in PDF points: 841.89 × 595.28. */
const SHEET: [number, number] = [PageSizes.A4[1], PageSizes.A4[0]];

/** Draws `page` scaled to fit the half of `sheet` starting at `x0`, centred, keeping its aspect ratio. */
function drawInHalf(sheet: PDFPage, page: PDFEmbeddedPage, x0: number): void {
  const [sheetWidth, sheetHeight] = SHEET;
  const halfWidth = sheetWidth / 2;
  const scale = Math.min(halfWidth / page.width, sheetHeight / page.height);
  const width = page.width * scale;
  const height = page.height * scale;
  sheet.drawPage(page, { x: x0 + (halfWidth - width) / 2, y: (sheetHeight - height) / 2, width, height });
}

/**
 * Imposes an A5 portrait document as a booklet: two pages per A4 landscape sheet side, sides in the
 * order front, back, front, back …, blanks added at the end to a multiple of 4 pages. Printed
 * double-sided with “flip on short edge”, the stack folds in the middle into the booklet. Pages of
 * another size are scaled to fit their half and centred. Pure JavaScript (pdf-lib): it runs in the
 * browser too. Throws a BridgeException (`invalid-pdf`) for a damaged, encrypted or empty PDF.
 */
export async function imposeBooklet(pdfA5: Uint8Array): Promise<Uint8Array> {
  const source = await loadPdf(pdfA5, '要排版的手册');
  const out = await createOutputPdf();
  const embedded = await out.embedPdf(source, source.getPageIndices());
  for (const [left, right] of saddleStitchOrder(embedded.length)) {
    const sheet = out.addPage(SHEET);
    if (left !== null) drawInHalf(sheet, embedded[left - 1]!, 0);
    if (right !== null) drawInHalf(sheet, embedded[right - 1]!, SHEET[0] / 2);
  }
  return savePdf(out);
}
