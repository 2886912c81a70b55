// Page order of an A5 booklet printed two pages per A4 landscape sheet side (saddle stitch): the
// stack is printed double-sided (flip on the short edge), folded in the middle and stapled on the
// fold, and then reads 1, 2, 3 … from the cover.

/** One printed side of a sheet: the source page on the left and on the right half (1-based page numbers; null = blank). */
export type SheetSide = readonly [left: number | null, right: number | null];

/** Pages a booklet of `pageCount` pages has once padded with blanks to a multiple of 4 (one sheet holds 4 pages). */
export function paddedBookletPages(pageCount: number): number {
  if (!Number.isInteger(pageCount) || pageCount < 0) throw new RangeError('页数应为非负整数');
  return Math.ceil(pageCount / 4) * 4;
}

/**
 * The saddle-stitch order of a booklet of `pageCount` pages: for each sheet, its front side then its
 * back side, each `[left, right]`. With N pages after padding (blanks at the end), sheet k (from 0)
 * carries `[N − 2k, 2k + 1]` on the front and `[2k + 2, N − 2k − 1]` on the back, so the outermost
 * sheet holds the cover (1) and the last page (N). Pages past `pageCount` are null (blank).
 * An empty document gives no sheets.
 */
export function saddleStitchOrder(pageCount: number): SheetSide[] {
  const total = paddedBookletPages(pageCount);
  const page = (n: number): number | null => (n <= pageCount ? n : null);
  const sides: SheetSide[] = [];
  for (let k = 0; k < total / 4; k++) {
    sides.push([page(total - 2 * k), page(2 * k + 1)]);
    sides.push([page(2 * k + 2), page(total - 2 * k - 1)]);
  }
  return sides;
}
