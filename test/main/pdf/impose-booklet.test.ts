import { PageSizes } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BridgeException } from '@shared/ipc/errors';
import { imposeBooklet } from '../../../electron/main/services/pdf';
import { labelledPdf, pageSizes, wordsPerPage } from './pdf-helpers';

const A4_LANDSCAPE: [number, number] = [842, 595];
const pages = (n: number) => Array.from({ length: n }, (_, i) => `P${i + 1}`);

describe('imposeBooklet', () => {
  it('puts 4 A5 pages on the two sides of one A4 landscape sheet', async () => {
    const out = await imposeBooklet(await labelledPdf(pages(4)));
    expect(await pageSizes(out)).toEqual([A4_LANDSCAPE, A4_LANDSCAPE]);
    expect(wordsPerPage(out)).toEqual([
      ['P4', 'P1'],
      ['P2', 'P3'],
    ]);
  });

  it('nests 8 pages on two sheets in saddle-stitch order', async () => {
    const out = await imposeBooklet(await labelledPdf(pages(8)));
    expect(await pageSizes(out)).toHaveLength(4);
    expect(wordsPerPage(out)).toEqual([
      ['P8', 'P1'],
      ['P2', 'P7'],
      ['P6', 'P3'],
      ['P4', 'P5'],
    ]);
  });

  it('pads 6 pages with blank halves at the back of the booklet', async () => {
    const out = await imposeBooklet(await labelledPdf(pages(6)));
    expect(wordsPerPage(out)).toEqual([['P1'], ['P2'], ['P6', 'P3'], ['P4', 'P5']]);
  });

  it('imposes 13 pages on 4 sheets, every page exactly once', async () => {
    const out = await imposeBooklet(await labelledPdf(pages(13)));
    const words = wordsPerPage(out);
    expect(words).toHaveLength(8);
    expect(words[0]).toEqual(['P1']);
    expect(words[3]).toEqual(['P4', 'P13']);
    expect(words.flat().sort()).toEqual(pages(13).sort());
    expect(new Set((await pageSizes(out)).map(String))).toEqual(new Set([String(A4_LANDSCAPE)]));
  });

  it('scales pages that are not A5 into their half', async () => {
    const out = await imposeBooklet(await labelledPdf(pages(2), PageSizes.A4));
    expect(await pageSizes(out)).toEqual([A4_LANDSCAPE, A4_LANDSCAPE]);
    expect(wordsPerPage(out)).toEqual([['P1'], ['P2']]);
  });

  it('refuses bytes that are not a PDF with a Chinese message', async () => {
    const err = await imposeBooklet(new TextEncoder().encode('not a pdf')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeException);
    expect((err as BridgeException).code).toBe('invalid-pdf');
    expect((err as BridgeException).message).toMatch(/不是有效的 PDF/);
  });
});
