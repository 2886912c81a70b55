import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import { bulkGetSparse } from '../../../../renderer/src/db/queries/bulk-get-sparse';
import { attendanceCounty } from '../attendance-fixture';
import { newStore } from '../test-store';

describe('bulkGetSparse: the stored records among many ids, most of them absent', () => {
  it('answers in the order asked, undefined for absent ids, tombstones included, repeated ids answered each time', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const p = postings.down.id;
    const month = (m: string) => keyedId('attendanceDetails', p, m);
    const note = (text: string) => ({ note: text });
    await store.write(async (w) => {
      await w.create('attendanceDetails', { postingId: p, month: '2026-11', d03: note('下村走访') });
      await w.create('attendanceDetails', { postingId: p, month: '2026-10', d10: note('到县里开会') });
      await w.remove('attendanceDetails', month('2026-10'));
    });
    const ids = [month('2026-12'), month('2026-10'), ...Array.from({ length: 200 }, (_, i) => keyedId('attendanceDetails', `p${i}`, '2026-11')), month('2026-11'), month('2026-11')];
    const rows = await bulkGetSparse(store.db.attendanceDetails, ids);
    expect(rows).toHaveLength(ids.length);
    expect(rows[0]).toBeUndefined();
    expect(rows[1]).toMatchObject({ d10: note('到县里开会'), _deleted: true });
    expect(rows.slice(2, 202).every((r) => r === undefined)).toBe(true);
    expect(rows.slice(202).map((r) => r?.d03?.note)).toEqual(['下村走访', '下村走访']);
    expect(await bulkGetSparse(store.db.attendanceDetails, [month('2026-11')])).toMatchObject([{ d03: note('下村走访') }]);
    expect(await bulkGetSparse(store.db.attendanceDetails, [])).toEqual([]);
  });
});
