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
    const day = (d: string) => keyedId('attendanceDays', p, d);
    await store.write(async (w) => {
      await w.create('attendanceDays', { postingId: p, date: '2026-11-03', note: '下村走访' });
      await w.create('attendanceDays', { postingId: p, date: '2026-11-10', note: '到县里开会' });
      await w.remove('attendanceDays', day('2026-11-10'));
    });
    const ids = [day('2026-11-20'), day('2026-11-10'), ...Array.from({ length: 200 }, (_, i) => keyedId('attendanceDays', `p${i}`, '2026-11-03')), day('2026-11-03'), day('2026-11-03')];
    const rows = await bulkGetSparse(store.db.attendanceDays, ids);
    expect(rows).toHaveLength(ids.length);
    expect(rows[0]).toBeUndefined();
    expect(rows[1]).toMatchObject({ note: '到县里开会', _deleted: true });
    expect(rows.slice(2, 202).every((r) => r === undefined)).toBe(true);
    expect(rows.slice(202).map((r) => r?.note)).toEqual(['下村走访', '下村走访']);
    expect(await bulkGetSparse(store.db.attendanceDays, [day('2026-11-03')])).toMatchObject([{ note: '下村走访' }]);
    expect(await bulkGetSparse(store.db.attendanceDays, [])).toEqual([]);
  });
});
