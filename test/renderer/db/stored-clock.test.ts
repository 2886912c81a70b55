import { describe, expect, it } from 'vitest';
import { encodeClock } from '@shared/sync/package/cells';
import { createUnit, updateUnit } from '../../../renderer/src/db/operations';
import type { Store } from '../../../renderer/src/db/store';
import { newStore } from './test-store';

/** The row as IndexedDB holds it, read past Dexie and its middleware. */
function rawRow(store: Store, table: string, id: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = store.db.backendDB().transaction(table, 'readonly').objectStore(table).get(id);
    req.onsuccess = () => resolve(req.result as Record<string, unknown>);
    req.onerror = () => reject(req.error);
  });
}

describe('clocks stored as text (schema version 8)', () => {
  it('stores a record’s clock as its package cell text and every way of reading gives the clock back', async () => {
    const store = await newStore();
    const town = await createUnit(store, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
    const edited = await updateUnit(store, town.id, { shortName: '讲治镇' });
    // two writes: the clock holds two stamps
    expect(new Set(Object.values(edited._clock)).size).toBe(2);

    const raw = await rawRow(store, 'units', town.id);
    expect(typeof raw._clock).toBe('string');
    expect(raw._clock).toBe(encodeClock(edited._clock));
    expect((raw._clock as string).length).toBeLessThan(JSON.stringify(edited._clock).length);

    const units = store.db.units;
    expect((await units.get(town.id))!._clock).toEqual(edited._clock);
    expect((await units.bulkGet([town.id]))[0]!._clock).toEqual(edited._clock);
    expect((await units.where('id').equals(town.id).toArray())[0]!._clock).toEqual(edited._clock);
    expect((await units.filter((u) => u.id === town.id).toArray())[0]!._clock).toEqual(edited._clock);
    const seen: unknown[] = [];
    await units.where('id').equals(town.id).each((u) => void seen.push(u._clock));
    expect(seen).toEqual([edited._clock]);
    const first = await units.orderBy('name').filter((u) => u.id === town.id).first();
    expect(first!._clock).toEqual(edited._clock);
  });

  it('leaves the object the writer handed in as it was (the write guard and the caller keep it)', async () => {
    const store = await newStore();
    const town = await createUnit(store, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
    expect(typeof town._clock).toBe('object');
    expect(town._clock.name).toBe(town._hlc);
  });
});
