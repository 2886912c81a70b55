import { describe, expect, it } from 'vitest';
import type { Table } from 'dexie';
import { DirectWriteError } from '../../../renderer/src/db/errors';
import { createCadre } from '../../../renderer/src/db/repositories/cadres';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import { cadreInput } from '../../fixtures/cadres';
import { newStore } from './test-store';

const TODAY = '2026-11-21';

/** The raw Dexie table behind the read-only type, as code bypassing the Writer would reach it. */
const raw = (store: Awaited<ReturnType<typeof newStore>>, name: string) => store.db.table(name) as Table<Record<string, unknown>, string>;

describe('the closed write path', () => {
  it('refuses a direct put into a synced table outside the Writer, with a clear message, and stores nothing', async () => {
    const store = await newStore();
    const before = await store.db.postings.count();
    const error = await raw(store, 'postings')
      .put({ id: 'p1', cadreId: 'c1', status: 'active', _deleted: false, _clock: {}, _hlc: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectWriteError);
    expect((error as DirectWriteError).userMessage).toBe('数据未保存：程序试图绕过写入通道直接修改“挂职”表，已被拒绝。请联系技术支持。');
    expect(await store.db.postings.count()).toBe(before);
  });

  it('refuses raw writes even inside a write transaction, and the whole transaction rolls back', async () => {
    const store = await newStore();
    const units = await store.db.units.count();
    await expect(
      store.write(async (w) => {
        const town = await createUnit(w, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
        await raw(store, 'units').put({ ...town, name: '改名' });
      }),
    ).rejects.toBeInstanceOf(DirectWriteError);
    expect(await store.db.units.count()).toBe(units);
  });

  it('refuses modify, update, delete and clear on synced tables and on meta, conflicts and the import log', async () => {
    const store = await newStore();
    const town = await store.write((w) => createUnit(w, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true }));
    const c = await store.write((w) => createCadre(w, cadreInput(town.id), TODAY));
    await expect(raw(store, 'cadres').where('id').equals(c.id).modify({ name: '王五' })).rejects.toThrow();
    await expect(raw(store, 'cadres').update(c.id, { name: '王五' })).rejects.toThrow();
    await expect(raw(store, 'units').delete(town.id)).rejects.toBeInstanceOf(DirectWriteError);
    await expect(raw(store, 'units').clear()).rejects.toBeInstanceOf(DirectWriteError);
    await expect(raw(store, 'meta').put({ key: 'site', value: {} })).rejects.toBeInstanceOf(DirectWriteError);
    await expect(raw(store, 'conflicts').put({ id: 'x' })).rejects.toBeInstanceOf(DirectWriteError);
    await expect(raw(store, 'importLog').add({ id: 'x' })).rejects.toBeInstanceOf(DirectWriteError);
    expect((await store.db.cadres.get(c.id))?.name).toBe('李明');
    expect((await store.db.units.get(town.id))?._deleted).toBe(false);
    expect((await store.meta('site'))?.siteId).toBe(store.site?.siteId);
  });

  it('lets the Writer write, and a stored object cannot be put again from outside', async () => {
    const store = await newStore();
    const town = await store.write((w) => createUnit(w, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true }));
    expect((await store.db.units.get(town.id))?.name).toBe('讲治镇人民政府');
    await expect(raw(store, 'units').put(town as never)).rejects.toBeInstanceOf(DirectWriteError);
  });
});

describe('change announcements', () => {
  it('announces once per committed transaction, with every table it changed', async () => {
    const store = await newStore();
    const events: string[][] = [];
    const stop = store.onChanged((tables) => events.push([...tables].sort()));
    await store.write(async (w) => {
      const town = await createUnit(w, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
      await createCadre(w, cadreInput(town.id), TODAY);
    });
    expect(events).toEqual([['cadres', 'units']]);
    await store.updateSettings({ label: '开江县委组织部-干部二科' });
    expect(events.at(-1)).toEqual(['meta']);
    stop();
    await store.write((w) => createUnit(w, { name: '任市镇人民政府', level: 'township', kind: 'township', isInCounty: true }));
    expect(events).toHaveLength(2);
  });

  it('announces nothing for a transaction that failed or changed nothing', async () => {
    const store = await newStore();
    const events: unknown[] = [];
    store.onChanged((tables) => events.push(tables));
    await expect(
      store.write(async (w) => {
        await createUnit(w, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
        throw new Error('磁盘已满');
      }),
    ).rejects.toThrow('磁盘已满');
    await store.write(async () => undefined);
    expect(events).toEqual([]);
  });
});
