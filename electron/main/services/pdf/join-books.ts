// One PDF of many record books (issue 12, item 4: a batch or a township printed at once): the books
// one after another, each starting on an odd page (shared/print/odd-page-starts.ts).
import { joinedPageOrder } from '@shared/print/odd-page-starts';
import { BridgeException } from '@shared/ipc/errors';
import { createOutputPdf, INVALID_PDF, loadPdf, savePdf } from './load-pdf';
import { PDF_TEXTS } from './texts';

/** Options of joinBooks. */
export interface JoinBooksOptions {
  /** Start every book on a right-hand (odd) page, for double-sided printing; default true. */
  startOnOddPage?: boolean;
}

/**
 * Joins the books into one PDF. With `startOnOddPage` (the default) a blank page of the same size
 * as the page before it follows every book that ends on an odd page, so each book begins on the
 * front of a sheet. The source pages are copied unchanged (text stays searchable). Pure JavaScript
 * (pdf-lib): it runs in the browser too. Throws a BridgeException (`invalid-pdf`) naming the book
 * (“第 3 本手册”) that is damaged, encrypted or empty, or when there is no book at all.
 */
export async function joinBooks(pdfs: readonly Uint8Array[], opts: JoinBooksOptions = {}): Promise<Uint8Array> {
  if (pdfs.length === 0) throw new BridgeException({ code: INVALID_PDF, message: PDF_TEXTS.noBooks });
  const books = [];
  for (const [i, bytes] of pdfs.entries()) books.push(await loadPdf(bytes, `第 ${i + 1} 本手册`));
  const out = await createOutputPdf();
  const copies = await Promise.all(books.map((book) => out.copyPages(book, book.getPageIndices())));
  for (const entry of joinedPageOrder(
    books.map((book) => book.getPageCount()),
    { startOnOddPage: opts.startOnOddPage ?? true },
  )) {
    if (entry) {
      out.addPage(copies[entry.book]![entry.page]!);
    } else {
      const { width, height } = out.getPage(out.getPageCount() - 1).getSize();
      out.addPage([width, height]);
    }
  }
  return savePdf(out);
}
