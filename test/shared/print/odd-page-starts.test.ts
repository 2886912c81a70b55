import { describe, expect, it } from 'vitest';
import { joinedPageOrder } from '@shared/print/odd-page-starts';

/** The 1-based position of the first page of each book in the joined order. */
function starts(order: ReturnType<typeof joinedPageOrder>): number[] {
  const out: number[] = [];
  order.forEach((entry, i) => {
    if (entry && entry.page === 0) out.push(i + 1);
  });
  return out;
}

describe('joinedPageOrder', () => {
  it('inserts a blank after a book of odd length only', () => {
    const order = joinedPageOrder([3, 2, 5, 1]);
    expect(order).toEqual([
      { book: 0, page: 0 },
      { book: 0, page: 1 },
      { book: 0, page: 2 },
      null,
      { book: 1, page: 0 },
      { book: 1, page: 1 },
      { book: 2, page: 0 },
      { book: 2, page: 1 },
      { book: 2, page: 2 },
      { book: 2, page: 3 },
      { book: 2, page: 4 },
      null,
      { book: 3, page: 0 },
    ]);
    expect(starts(order)).toEqual([1, 5, 7, 13]);
  });

  it('starts every book on an odd page for any lengths, with no trailing blank', () => {
    const counts = [1, 1, 4, 7, 2, 9, 10, 3];
    const order = joinedPageOrder(counts);
    expect(starts(order).every((p) => p % 2 === 1)).toBe(true);
    expect(order.at(-1)).not.toBeNull();
    expect(order.filter((e) => e !== null)).toHaveLength(counts.reduce((a, b) => a + b, 0));
  });

  it('simply concatenates when odd starts are not asked for, and skips empty books', () => {
    expect(joinedPageOrder([1, 0, 1], { startOnOddPage: false })).toEqual([
      { book: 0, page: 0 },
      { book: 2, page: 0 },
    ]);
    expect(joinedPageOrder([1, 0, 1])).toEqual([{ book: 0, page: 0 }, null, { book: 2, page: 0 }]);
    expect(joinedPageOrder([])).toEqual([]);
  });
});
