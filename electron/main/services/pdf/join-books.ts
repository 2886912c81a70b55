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

/** A joined PDF that grows one book at a time (see createBookJoiner). */
export interface BookJoiner {
  /** Copies the pages of the next book in; rejects (BridgeException `invalid-pdf`) for a damaged one. */
  add(pdf: Uint8Array): Promise<void>;
  /** The joined PDF of every book added. */
  save(): Promise<Uint8Array>;
}

/**
 * A joined PDF built as the books come: each book is parsed and its pages copied when it is added,
 * so a batch can do that while the next book is still being rendered. Same result as joinBooks.
 */
export async function createBookJoiner(opts: JoinBooksOptions = {}): Promise<BookJoiner> {
  const startOnOddPage = opts.startOnOddPage ?? true;
  const out = await createOutputPdf();
  let books = 0;
  return {
    async add(pdf) {
      books += 1;
      const book = await loadPdf(pdf, `第 ${books} 本手册`);
      const copies = await out.copyPages(book, book.getPageIndices());
      // The pages already joined count as one book before this one: the rule places the blank.
      for (const entry of joinedPageOrder([out.getPageCount(), copies.length], { startOnOddPage })) {
        if (entry === null) {
          const { width, height } = out.getPage(out.getPageCount() - 1).getSize();
          out.addPage([width, height]);
        } else if (entry.book === 1) {
          out.addPage(copies[entry.page]!);
        }
      }
    },
    async save() {
      if (books === 0) throw new BridgeException({ code: INVALID_PDF, message: PDF_TEXTS.noBooks });
      return savePdf(out);
    },
  };
}

/**
 * Joins the books into one PDF. With `startOnOddPage` (the default) a blank page of the same size
 * as the page before it follows every book that ends on an odd page, so each book begins on the
 * front of a sheet. The source pages are copied unchanged (text stays searchable). Pure JavaScript
 * (pdf-lib): it runs in the browser too. Throws a BridgeException (`invalid-pdf`) naming the book
 * (“第 3 本手册”) that is damaged, encrypted or empty, or when there is no book at all.
 */
export async function joinBooks(pdfs: readonly Uint8Array[], opts: JoinBooksOptions = {}): Promise<Uint8Array> {
  const joiner = await createBookJoiner(opts);
  for (const pdf of pdfs) await joiner.add(pdf);
  return joiner.save();
}
