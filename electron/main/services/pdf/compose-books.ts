// One PDF of record books as print:pdf makes it (issue 12, items 4–5): each book rendered by the
// caller (printToPDF of a print route in the desktop app, page.pdf in the browser tier and the
// bench), imposed as an A5 booklet when asked, and the books joined with each one starting on an
// odd page. The rendering is the caller's; the order and the PDF work are here, once.
import { imposeBooklet } from './impose-booklet';
import { createBookJoiner } from './join-books';

/** How the books are laid out: as rendered, or each imposed as a saddle-stitched A5 booklet. */
export interface ComposeBooksOptions {
  impose?: 'booklet';
}

/**
 * Renders `count` books one after another with `render(index)` and returns one PDF: a single
 * plain book exactly as rendered; otherwise each book imposed (booklet) and all of them joined,
 * each starting on an odd page. `render` is called for one book at a time, in order; while it
 * renders book i + 1, book i is imposed and copied into the joined PDF (the renderer and this
 * process work side by side). A book that cannot be rendered rejects the whole job.
 */
export async function composeBooks(count: number, render: (index: number) => Promise<Uint8Array>, opts: ComposeBooksOptions = {}): Promise<Uint8Array> {
  const lay = (pdf: Uint8Array) => (opts.impose === 'booklet' ? imposeBooklet(pdf) : pdf);
  if (count === 1) return lay(await render(0));
  const joiner = await createBookJoiner({ startOnOddPage: true });
  let next = count > 0 ? render(0) : undefined;
  for (let i = 0; i < count; i++) {
    const pdf = await next!;
    next = i + 1 < count ? render(i + 1) : undefined;
    // If this book fails, the job ends here and nobody waits for the next one: its failure is moot.
    next?.catch(() => undefined);
    await joiner.add(await lay(pdf));
  }
  return joiner.save();
}
