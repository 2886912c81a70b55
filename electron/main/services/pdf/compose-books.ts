// One PDF of record books as print:pdf makes it (issue 12, items 4–5): each book rendered by the
// caller (printToPDF of a print route in the desktop app, page.pdf in the browser tier and the
// bench), imposed as an A5 booklet when asked, and the books joined with each one starting on an
// odd page. The rendering is the caller's; the order and the PDF work are here, once.
import { imposeBooklet } from './impose-booklet';
import { startJoin } from './join-books';

/** How the books are laid out: as rendered, or each imposed as a saddle-stitched A5 booklet. */
export interface ComposeBooksOptions {
  impose?: 'booklet';
}

/**
 * Renders `count` books one after another with `render(index)` and returns one PDF: a single
 * plain book exactly as rendered; otherwise each book imposed (booklet) and all of them joined,
 * each starting on an odd page. A book is imposed and copied into the joined document while the
 * next one renders (a batch of 40 spent a fifth of its time joining after the last book). A book
 * that cannot be rendered or read rejects the whole job.
 */
export async function composeBooks(count: number, render: (index: number) => Promise<Uint8Array>, opts: ComposeBooksOptions = {}): Promise<Uint8Array> {
  const prepare = (pdf: Uint8Array) => (opts.impose === 'booklet' ? imposeBooklet(pdf) : Promise.resolve(pdf));
  if (count === 1) return prepare(await render(0));
  const joiner = await startJoin({ startOnOddPage: true });
  let copying = Promise.resolve();
  let failure: { error: unknown } | undefined;
  for (let i = 0; i < count; i++) {
    const pdf = await render(i);
    if (failure) break;
    copying = copying.then(async () => {
      if (!failure) await joiner.add(await prepare(pdf), `第 ${i + 1} 本手册`).catch((error: unknown) => void (failure = { error }));
    });
  }
  await copying;
  if (failure) throw failure.error;
  return joiner.finish();
}
