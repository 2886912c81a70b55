// How an import finds this PC's records of the incoming ones: by key ranges in id order when the
// package brings many records relative to the local table, by id when it brings a few into a big
// one. Both ways must merge exactly as a lookup of every id would.
import { describe, expect, it } from 'vitest';
import { mergeTable } from '@shared/sync/merge';
import { mergeChunks, mergeIncoming } from '../../../../renderer/src/db/repositories/merge';
import { createUnit } from '../../../../renderer/src/db/operations';
import type { Store } from '../../../../renderer/src/db/store';
import { exportState } from '../exchange';
import { newStore } from '../test-store';

const unit = (name: string) => ({ name, level: 'county' as const, kind: 'govOrgan' as const, isInCounty: true });

/** What merging `incoming` units gives when every id is looked up on its own (the reference). */
async function byLookup(store: Store, incoming: readonly { id: string }[]) {
  const local = await store.db.units.bulkGet(incoming.map((r) => r.id));
  return mergeTable('units', new Map(local.filter((r) => !!r).map((r) => [r!.id, r!])), incoming as never);
}

describe('mergeChunks: reading the local records', () => {
  it('many incoming records among local ones of this PC (ranges) and a few into a big table (ids) merge as lookups by id do', async () => {
    const a = await newStore();
    const b = await newStore();
    for (let i = 0; i < 40; i++) await createUnit(a, unit(`甲单位${i}`));
    // B has units of its own, their ids interleaved with A's, and an older copy of some of A's.
    for (let i = 0; i < 15; i++) await createUnit(b, unit(`乙单位${i}`));
    const first = (await exportState(a)).tables.units!;
    await b.write((w) => mergeIncoming(w, { tables: { units: first.slice(0, 10) }, seen: {} }));
    await a.write(async (w) => {
      for (const r of first.slice(0, 5)) await w.update('units', r.id, { name: `${String((r as unknown as { name: string }).name)}（改）` } as never);
    });

    const now = (await exportState(a)).tables.units!;
    const cases = [
      // A's 40 units and its home unit against B's 15, home unit and 10 of A's: key ranges; the 5 edited on A changed, 5 as they were
      { incoming: now, stats: { created: now.length - 10, updated: 5, deleted: 0, unchanged: 5 } },
      // 2 incoming against 26 local: by id
      { incoming: now.filter((r) => first.slice(0, 5).some((f) => f.id === r.id)).slice(0, 2), stats: { created: 0, updated: 2, deleted: 0, unchanged: 0 } },
    ];
    for (const { incoming, stats: want } of cases) {
      const expected = await byLookup(b, incoming);
      const got: { upserts: unknown[]; conflicts: unknown[] } = { upserts: [], conflicts: [] };
      const stats = await b.read((w) =>
        mergeChunks(w.db, { units: incoming }, (_t, _chunk, result) => {
          got.upserts.push(...result.upserts);
          got.conflicts.push(...result.conflicts);
        }),
      );
      expect(stats.units).toEqual(expected.stats);
      expect(stats.units).toEqual(want);
      const sorted = (rows: unknown[]) => [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id));
      expect(sorted(got.upserts)).toEqual(sorted(expected.upserts));
      expect(got.conflicts).toEqual(expected.conflicts);
    }
  });
});
