// Held data as JSON pages: any window of rows comes back exactly as the rows were, a whole page
// as the text the reading worker made.
import { describe, expect, it } from 'vitest';
import { PAGE_RECORDS, pageBytes, pagedTables } from '../../../electron/main/services/package/paged-tables';

const pageText = (...args: Parameters<typeof pageBytes>) => new TextDecoder().decode(pageBytes(...args));
import { packHeldPage, unpackHeldPage } from '@shared/ipc/held-page';

const rows = Array.from({ length: 2 * PAGE_RECORDS + 17 }, (_, i) => ({ id: `r${String(i).padStart(6, '0')}`, n: i, name: `第${i}条`, _clock: { name: `2026-11-30T08:00:00.000Z-000${i % 3}-0a0a0a0a0a0a0a0a` } }));

describe('paged tables', () => {
  const reported: number[] = [];
  const { units } = pagedTables({ units: rows }, (done) => reported.push(done));

  it('pages a table into arrays of PAGE_RECORDS rows and reports each page', () => {
    expect(units!.total).toBe(rows.length);
    expect(units!.pages.map((p) => unpackHeldPage(new TextDecoder().decode(p)).length)).toEqual([PAGE_RECORDS, PAGE_RECORDS, 17]);
    expect(reported).toEqual([PAGE_RECORDS, 2 * PAGE_RECORDS, rows.length]);
  });

  it('hands out a whole page as it is, and any other window cut from the pages it spans', () => {
    expect(pageText(units!, PAGE_RECORDS, PAGE_RECORDS)).toBe(packHeldPage(rows.slice(PAGE_RECORDS, 2 * PAGE_RECORDS)));
    expect(pageText(units!, 2 * PAGE_RECORDS, PAGE_RECORDS)).toBe(packHeldPage(rows.slice(2 * PAGE_RECORDS)));
    for (const [offset, limit] of [[0, 10], [PAGE_RECORDS - 3, 7], [PAGE_RECORDS + 1, PAGE_RECORDS], [2 * PAGE_RECORDS + 10, 100], [rows.length, 5]] as const) {
      expect(unpackHeldPage(pageText(units!, offset, limit))).toEqual(rows.slice(offset, offset + limit));
    }
  });
});
