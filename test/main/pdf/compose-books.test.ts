import { describe, expect, it } from 'vitest';
import { composeBooks } from '../../../electron/main/services/pdf';
import { labelledPdf, pageSizes, wordsPerPage } from './pdf-helpers';

const book = (name: string, n: number) => labelledPdf(Array.from({ length: n }, (_, i) => `${name}${i + 1}`));

describe('composeBooks', () => {
  it('hands one plain book back exactly as rendered', async () => {
    const pdf = await book('A', 3);
    expect(await composeBooks(1, async () => pdf)).toBe(pdf);
  });

  it('joins books in order, each starting on an odd page', async () => {
    const books = [await book('A', 3), await book('B', 2), await book('C', 1)];
    const rendered: number[] = [];
    const out = await composeBooks(3, async (i) => (rendered.push(i), books[i]!));
    expect(rendered).toEqual([0, 1, 2]);
    expect(wordsPerPage(out)).toEqual([['A1'], ['A2'], ['A3'], [], ['B1'], ['B2'], ['C1']]);
  });

  it('imposes each book as its own booklet before joining', async () => {
    const books = [await book('A', 4), await book('B', 2)];
    const out = await composeBooks(2, async (i) => books[i]!, { impose: 'booklet' });
    expect(new Set((await pageSizes(out)).map(String))).toEqual(new Set(['842,595']));
    expect(wordsPerPage(out)).toEqual([['A4', 'A1'], ['A2', 'A3'], ['B1'], ['B2']]);
  });

  it('asks the print window for one book at a time, in order', async () => {
    const books = await Promise.all(['A', 'B', 'C', 'D'].map((name) => book(name, 3)));
    let rendering = 0;
    let most = 0;
    const asked: number[] = [];
    const out = await composeBooks(4, async (i) => {
      asked.push(i);
      most = Math.max(most, ++rendering);
      await new Promise((done) => setTimeout(done, 5));
      rendering -= 1;
      return books[i]!;
    });
    expect(asked).toEqual([0, 1, 2, 3]);
    expect(most).toBe(1);
    expect(wordsPerPage(out).map((w) => w[0] ?? '')).toEqual(['A1', 'A2', 'A3', '', 'B1', 'B2', 'B3', '', 'C1', 'C2', 'C3', '', 'D1', 'D2', 'D3']);
  });

  it('names the book that cannot be read, and asks for no book after it is found', async () => {
    const asked: number[] = [];
    const err = await composeBooks(4, async (i) => {
      asked.push(i);
      await new Promise((done) => setTimeout(done, 20));
      return i === 1 ? new Uint8Array([1, 2, 3]) : book('A', 1);
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-pdf', message: expect.stringContaining('第 2 本手册') });
    expect(asked.length).toBeLessThan(4);
  });

  it('fails the whole job when one book cannot be rendered', async () => {
    await expect(composeBooks(2, async (i) => (i === 1 ? Promise.reject(new Error('第 2 本出错')) : book('A', 1)))).rejects.toThrow('第 2 本出错');
  });
});
