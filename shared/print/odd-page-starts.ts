// Page order of several books printed as one double-sided document: each book must start on a
// right-hand (odd) page, so a blank page is put after a book that ends on an odd page.

/** One page of the joined document: page `page` (0-based) of book `book` (0-based), or null for an inserted blank. */
export type JoinedPage = { book: number; page: number } | null;

/**
 * The pages of books with the given page counts, one after another; with `startOnOddPage` (the
 * default) a blank follows every book that would otherwise leave the next one on an even page.
 * No blank is added after the last book, and an empty book adds nothing.
 */
export function joinedPageOrder(pageCounts: readonly number[], opts: { startOnOddPage?: boolean } = {}): JoinedPage[] {
  const startOnOdd = opts.startOnOddPage ?? true;
  const out: JoinedPage[] = [];
  pageCounts.forEach((count, book) => {
    if (!Number.isInteger(count) || count < 0) throw new RangeError('页数应为非负整数');
    if (count === 0) return;
    if (startOnOdd && out.length % 2 === 1) out.push(null);
    for (let page = 0; page < count; page++) out.push({ book, page });
  });
  return out;
}
