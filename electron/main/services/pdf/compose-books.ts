// One PDF of record books as print:pdf makes it (issue 12, items 4–5): each book rendered by the
// caller (printToPDF of a print route in the desktop app, page.pdf in the browser tier and the
// bench), imposed as an A5 booklet when asked, and the books joined with each one starting on an
// odd page. The rendering is the caller's; the order and the PDF work are here, once.
import { imposeBooklet } from './impose-booklet';
import { joinBooks } from './join-books';

/** How the books are laid out: as rendered, or each imposed as a saddle-stitched A5 booklet. */
export interface ComposeBooksOptions {
  impose?: 'booklet';
}

/**
 * Renders `count` books one after another with `render(index)` and returns one PDF: a single
 * plain book exactly as rendered; otherwise each book imposed (booklet) and all of them joined,
 * each starting on an odd page. A book that cannot be rendered rejects the whole job.
 */
export async function composeBooks(count: number, render: (index: number) => Promise<Uint8Array>, opts: ComposeBooksOptions = {}): Promise<Uint8Array> {
  const books: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const pdf = await render(i);
    books.push(opts.impose === 'booklet' ? await imposeBooklet(pdf) : pdf);
  }
  return books.length === 1 ? books[0]! : joinBooks(books, { startOnOddPage: true });
}
