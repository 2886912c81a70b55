// One PDF of many record books (issue 12, item 4: a batch or a township printed at once): the books
// one after another, each starting on an odd page (shared/print/odd-page-starts.ts).
import type { PDFPage } from 'pdf-lib';
import { joinedPageOrder } from '@shared/print/odd-page-starts';
import { BridgeException } from '@shared/ipc/errors';
import { createOutputPdf, INVALID_PDF, loadPdf, savePdf } from './load-pdf';
import { PDF_TEXTS } from './texts';

/** Options of joinBooks. */
export interface JoinBooksOptions {
  /** Start every book on a right-hand (odd) page, for double-sided printing; default true. */
  startOnOddPage?: boolean;
}

/** A joined document taking its books one at a time (see startJoin). */
export interface BookJoiner {
  /** Reads the next book and copies its pages in; `what` names it in an error (“第 3 本手册”). */
  add(bytes: Uint8Array, what: string): Promise<void>;
  /** The bytes of all books added so far, joined. */
  finish(): Promise<Uint8Array>;
}

/**
 * A joined document that reads and copies each book as it is given, so that a caller still
 * rendering the next book (Chromium, in another process) overlaps with this work. With
 * `startOnOddPage` (the default) a blank page of the same size as the page before it follows
 * every book that ends on an odd page, so each book begins on the front of a sheet. The source
 * pages are copied unchanged (text stays searchable). Pure JavaScript (pdf-lib). A damaged,
 * encrypted or empty book, or finishing without any, throws a BridgeException (`invalid-pdf`).
 */
export async function startJoin(opts: JoinBooksOptions = {}): Promise<BookJoiner> {
  const out = await createOutputPdf();
  const copies: PDFPage[][] = [];
  return {
    async add(bytes, what) {
      const book = await loadPdf(bytes, what);
      copies.push(await out.copyPages(book, book.getPageIndices()));
    },
    async finish() {
      if (copies.length === 0) throw new BridgeException({ code: INVALID_PDF, message: PDF_TEXTS.noBooks });
      for (const entry of joinedPageOrder(
        copies.map((pages) => pages.length),
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
    },
  };
}

/**
 * Joins the books into one PDF (startJoin, all at once). Throws a BridgeException (`invalid-pdf`)
 * naming the book (“第 3 本手册”) that is damaged, encrypted or empty, or when there is no book at all.
 */
export async function joinBooks(pdfs: readonly Uint8Array[], opts: JoinBooksOptions = {}): Promise<Uint8Array> {
  const joiner = await startJoin(opts);
  for (const [i, bytes] of pdfs.entries()) await joiner.add(bytes, `第 ${i + 1} 本手册`);
  return joiner.finish();
}
