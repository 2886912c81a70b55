import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, GztDatabase } from '../../../renderer/src/db/database';
import { STORES_V1 } from '../../../renderer/src/db/schema';

/**
 * The migration pattern: write a database exactly as an older release did (raw Dexie with that
 * version's stores), open it with the current class, and check nothing was lost. Each new schema
 * version adds a case here for its upgrade function.
 */
describe('database versions', () => {
  it('opens a version-1 database written by the first release without losing records', async () => {
    const name = `migrate-${Math.random().toString(16).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    const stamp = '2026-01-05T08:00:00.000Z-0000-0123456789abcdef';
    await old.table('units').put({ id: 'u1', name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true, _deleted: false, _clock: { name: stamp }, _hlc: stamp, _live: 1 });
    await old.table('meta').put({ key: 'site', value: { siteId: '0123456789abcdef', label: '讲治镇', role: 'receiving', homeUnitId: 'u1', countyName: '开江县', createdAt: '2026-01-05T08:00:00.000Z' } });
    old.close();

    const db = new GztDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect((await db.units.get('u1'))?.name).toBe('讲治镇人民政府');
    expect((await db.meta.get('site'))?.value).toMatchObject({ role: 'receiving' });
    db.close();
  });
});
