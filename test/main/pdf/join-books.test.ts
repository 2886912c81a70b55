import { PageSizes } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BridgeException } from '@shared/ipc/errors';
import { joinBooks } from '../../../electron/main/services/pdf';
import { labelledPdf, pageSizes, wordsPerPage } from './pdf-helpers';

const book = (name: string, n: number, size?: [number, number]) =>
  labelledPdf(
    Array.from({ length: n }, (_, i) => `${name}${i + 1}`),
    size,
  );

describe('joinBooks', () => {
  it('starts every book on an odd page: blank after a book of odd length, none after an even one', async () => {
    const out = await joinBooks([await book('A', 3, PageSizes.A4), await book('B', 2, PageSizes.A4), await book('C', 1, PageSizes.A4)]);
    expect(wordsPerPage(out)).toEqual([['A1'], ['A2'], ['A3'], [], ['B1'], ['B2'], ['C1']]);
    const sizes = await pageSizes(out);
    expect(sizes).toHaveLength(7);
    expect(new Set(sizes.map(String))).toEqual(new Set(['595,842']));
  });

  it('gives the inserted blank the size of the page before it', async () => {
    const out = await joinBooks([await book('A', 1, PageSizes.A5), await book('B', 1, PageSizes.A4)]);
    expect(wordsPerPage(out)).toEqual([['A1'], [], ['B1']]);
    expect(await pageSizes(out)).toEqual([
      [420, 595],
      [420, 595],
      [595, 842],
    ]);
  });

  it("a batch of ten books of mixed length: every book's first page is odd", async () => {
    const lengths = [5, 4, 7, 7, 2, 1, 9, 6, 3, 8];
    const books = await Promise.all(lengths.map((n, i) => book(`K${i}-`, n)));
    const words = wordsPerPage(await joinBooks(books));
    lengths.forEach((_, i) => {
      const first = words.findIndex((w) => w[0] === `K${i}-1`);
      expect(first % 2, `book ${i} starts on page ${first + 1}`).toBe(0);
    });
    expect(words.flat()).toHaveLength(lengths.reduce((a, b) => a + b, 0));
  });

  it('just concatenates when odd starts are switched off', async () => {
    const out = await joinBooks([await book('A', 1), await book('B', 1)], { startOnOddPage: false });
    expect(wordsPerPage(out)).toEqual([['A1'], ['B1']]);
  });

  it('names the damaged book in Chinese and refuses an empty list', async () => {
    const err = await joinBooks([await book('A', 1), new Uint8Array([1, 2, 3])]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeException);
    expect((err as BridgeException).message).toContain('第 2 本手册');
    await expect(joinBooks([])).rejects.toThrow(/没有要合并的手册/);
  });
});
