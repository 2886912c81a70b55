import { describe, expect, it } from 'vitest';
import { GztDatabase } from '../../../renderer/src/db/database';
import { SiteNotSetUpError } from '../../../renderer/src/db/errors';
import { Store } from '../../../renderer/src/db/store';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import { listUnits } from '../../../renderer/src/db/queries/units';
import { newStore } from './test-store';

const town = { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true } as const;

describe('Store and the single write path', () => {
  it('refuses to write before this PC is set up, and after setup has a site id, role and home unit', async () => {
    const fresh = await newStore({ setUp: false });
    await expect(fresh.write((w) => createUnit(w, { ...town }))).rejects.toBeInstanceOf(SiteNotSetUpError);
    const store = await newStore();
    expect(store.site?.siteId).toMatch(/^[0-9a-f]{16}$/);
    expect(store.site?.role).toBe('orgDept');
    const units = await listUnits(store.db);
    expect(units.map((u) => u.name)).toEqual(['中共开江县委组织部']);
    expect(store.site?.homeUnitId).toBe(units[0]!.id);
  });

  it('stamps every field of a new record with one stamp of this site and indexes it as live', async () => {
    const store = await newStore();
    const unit = await store.write((w) => createUnit(w, { ...town }));
    const stamps = new Set(Object.values(unit._clock));
    expect(stamps.size).toBe(1);
    const [stamp] = [...stamps];
    expect(stamp!.endsWith(store.site!.siteId)).toBe(true);
    expect(unit._hlc).toBe(stamp);
    expect(Object.keys(unit._clock).sort()).toEqual(expect.arrayContaining(['name', 'level', 'kind', '_deleted']));
    expect(unit._clock.id).toBeUndefined();
    expect((unit as { _live?: number })._live).toBe(1);
  });

  it('stamps only the fields an update changes', async () => {
    const store = await newStore();
    const unit = await store.write((w) => createUnit(w, { ...town }));
    const updated = await store.write((w) => w.update('units', unit.id, { shortName: '讲治' }));
    expect(updated._clock.shortName! > unit._clock.shortName!).toBe(true);
    expect(updated._clock.name).toBe(unit._clock.name);
    expect(updated._clock.level).toBe(unit._clock.level);
    expect(updated._hlc).toBe(updated._clock.shortName);
    const same = await store.write((w) => w.update('units', unit.id, { shortName: '讲治' }));
    expect(same._clock).toEqual(updated._clock);
  });

  it('keeps a deleted record as a tombstone that lists leave out', async () => {
    const store = await newStore();
    const unit = await store.write((w) => createUnit(w, { ...town }));
    await store.write((w) => w.remove('units', unit.id));
    const row = await store.db.units.get(unit.id);
    expect(row?._deleted).toBe(true);
    expect(row!._clock._deleted! > unit._clock._deleted!).toBe(true);
    expect((row as { _live?: number })._live).toBeUndefined();
    expect((await listUnits(store.db)).map((u) => u.name)).not.toContain('讲治镇人民政府');
    const restored = await store.write((w) => w.restore('units', unit.id));
    expect(restored._deleted).toBe(false);
    expect((await listUnits(store.db)).map((u) => u.name)).toContain('讲治镇人民政府');
  });

  it('a write that throws midway changes nothing, not even the persisted clock', async () => {
    const store = await newStore();
    const before = await store.db.meta.get('clock');
    const unitsBefore = await store.db.units.count();
    await expect(
      store.write(async (w) => {
        await createUnit(w, { ...town });
        await createUnit(w, { ...town, name: '任市镇人民政府' });
        throw new Error('磁盘已满');
      }),
    ).rejects.toThrow('磁盘已满');
    expect(await store.db.units.count()).toBe(unitsBefore);
    expect(await store.db.meta.get('clock')).toEqual(before);
  });

  it('after a restart, new stamps still sort after every stamp written before', async () => {
    const store = await newStore();
    const a = await store.write((w) => createUnit(w, { ...town }));
    const name = store.db.name;
    store.close();
    const reopened = await Store.open(new GztDatabase(name));
    expect(reopened.site?.siteId).toBe(store.site?.siteId);
    const b = await reopened.write((w) => w.update('units', a.id, { shortName: '讲治' }));
    expect(b._hlc > a._hlc).toBe(true);
    expect((await reopened.seen())[reopened.site!.siteId]).toBe(b._hlc);
  });

  it('rejects invalid input with Chinese messages and writes nothing', async () => {
    const store = await newStore();
    const count = await store.db.units.count();
    await expect(store.write((w) => createUnit(w, { name: '', level: 'nowhere', kind: 'township' } as never))).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { field: 'name', message: '请填写单位全称' },
        { field: 'level', message: expect.stringContaining('层级') },
      ]),
    });
    expect(await store.db.units.count()).toBe(count);
  });
});
