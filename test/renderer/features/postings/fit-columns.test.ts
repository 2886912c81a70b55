import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../../renderer/src/features/postings/fit-columns';
import { POSTING_COLUMNS } from '../../../../renderer/src/features/postings/posting-columns';

const shown = POSTING_COLUMNS.filter((c) => c.visible);
const sum = (w: Record<string, number>) => Object.values(w).reduce((s, x) => s + x, 0);

describe('fitting the postings columns to the screen', () => {
  it('on a 1366-pixel screen every default column fits, none below its minimum', () => {
    const available = 1366 - 168 - 40 - 2 - 48 - 15;
    const w = fitColumns(shown, available);
    expect(sum(w)).toBeLessThanOrEqual(available);
    for (const c of shown) expect(w[c.id], c.id).toBeGreaterThanOrEqual(c.min);
  });

  it('on a 1920-pixel screen the spare width goes to units and posts, dates keep theirs, the row is filled', () => {
    const available = 1920 - 168 - 40 - 2 - 48 - 15;
    const w = fitColumns(shown, available);
    expect(available - sum(w)).toBeLessThan(shown.length);
    for (const id of ['dispatching', 'originalPost', 'receiving', 'secondedPost']) expect(w[id], id).toBeGreaterThanOrEqual(200);
    for (const c of shown.filter((x) => x.grow === 0)) expect(w[c.id], c.id).toBe(c.width);
  });

  it('keeps the minimums when even they do not fit (the grid scrolls)', () => {
    const w = fitColumns(shown, 300);
    for (const c of shown) expect(w[c.id]).toBe(c.min);
  });
});
