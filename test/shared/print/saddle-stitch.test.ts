import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paddedBookletPages, saddleStitchOrder } from '@shared/print/saddle-stitch';

describe('saddleStitchOrder', () => {
  it('puts 4 pages on one sheet: cover and back outside, 2 and 3 inside', () => {
    expect(saddleStitchOrder(4)).toEqual([
      [4, 1],
      [2, 3],
    ]);
  });

  it('nests 8 pages on two sheets', () => {
    expect(saddleStitchOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it('pads 6 pages with two blanks at the end', () => {
    expect(saddleStitchOrder(6)).toEqual([
      [null, 1],
      [2, null],
      [6, 3],
      [4, 5],
    ]);
  });

  it('pads 13 pages to 16 with three blanks', () => {
    const order = saddleStitchOrder(13);
    expect(order).toHaveLength(8);
    expect(order[0]).toEqual([null, 1]);
    expect(order[1]).toEqual([2, null]);
    expect(order[2]).toEqual([null, 3]);
    expect(order[3]).toEqual([4, 13]);
    expect(order[7]).toEqual([8, 9]);
    expect(order.flat().filter((p) => p === null)).toHaveLength(3);
  });

  it('gives no sheet for an empty document and refuses a negative count', () => {
    expect(saddleStitchOrder(0)).toEqual([]);
    expect(() => saddleStitchOrder(-1)).toThrow(RangeError);
    expect(() => paddedBookletPages(2.5)).toThrow(RangeError);
  });

  it('folds into reading order for any page count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const sides = saddleStitchOrder(n);
        const total = paddedBookletPages(n);
        expect(sides).toHaveLength(total / 2);
        // Every page appears exactly once; blanks only after the last page.
        const pages = sides.flat().filter((p): p is number => p !== null);
        expect([...pages].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        // Folding: the left and right pages of every side add up to total + 1 (as numbered after padding).
        sides.forEach(([left, right], i) => {
          const sheet = Math.floor(i / 2);
          const l = left ?? (i % 2 === 0 ? total - 2 * sheet : 2 * sheet + 2);
          const r = right ?? (i % 2 === 0 ? 2 * sheet + 1 : total - 2 * sheet - 1);
          expect(l + r).toBe(total + 1);
        });
      }),
    );
  });
});
