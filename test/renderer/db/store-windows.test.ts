import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GztDatabase } from '../../../renderer/src/db/database';
import { DatabaseUpgradedError, NewerDatabaseError, ReadOnlyError } from '../../../renderer/src/db/errors';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import { listUnits } from '../../../renderer/src/db/queries/units';
import { DB_VERSION, STORES_V2, STORES_V3, STORES_V4 } from '../../../renderer/src/db/schema';
import { READ_ONLY, Store, type WriteAccess } from '../../../renderer/src/db/store';

// Several windows on one database: each Store here has its own Dexie connection to the same
// fake-indexeddb database, as two browser tabs (or a tab and a print window) have.

const site = { label: '开江县委组织部-干部科', role: 'orgDept', countyName: '开江县' } as const;
const home = { name: '中共开江县委组织部', level: 'county', kind: 'partyOrgan', isInCounty: true } as const;
const town = (name: string) => ({ name, level: 'township', kind: 'township', isInCounty: true }) as const;

let n = 0;
const opened: Store[] = [];
function dbName(): string {
  return `windows-${process.pid}-${++n}-${Math.random().toString(16).slice(2)}`;
}
async function openStore(name: string, now?: () => number): Promise<Store> {
  const store = await Store.open(new GztDatabase(name), now ? { now } : {});
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
});

describe('two windows writing to one database', () => {
  it('stamp distinct, increasing stamps even when both write in the same millisecond', async () => {
    const name = dbName();
    const sameMillisecond = () => Date.parse('2026-11-21T09:30:00.000Z');
    const a = await openStore(name, sameMillisecond);
    await a.setUp(site, home);
    const b = await openStore(name, sameMillisecond);
    expect(b.site?.siteId).toBe(a.site?.siteId);

    const stamps: string[] = [];
    for (let i = 0; i < 4; i++) {
      const writer = i % 2 === 0 ? a : b;
      const unit = await writer.write((w) => createUnit(w, town(`第${i + 1}镇人民政府`)));
      stamps.push(unit._hlc);
    }
    const both = await Promise.all([a.write((w) => createUnit(w, town('甲镇人民政府'))), b.write((w) => createUnit(w, town('乙镇人民政府')))]);
    stamps.push(...both.map((u) => u._hlc).sort());

    expect(new Set(stamps).size).toBe(stamps.length);
    expect([...stamps].sort()).toEqual(stamps);
    expect(stamps.every((s) => s.startsWith('2026-11-21T09:30:00.000Z-'))).toBe(true);
    expect((await a.meta('clock'))).toBe(stamps.at(-1));
    expect((await listUnits(a.db)).length).toBe(7);
  });

  it('a window whose clock is behind continues after the other window’s stamps instead of failing', async () => {
    const name = dbName();
    const now = Date.parse('2026-11-21T09:30:00.000Z');
    const a = await openStore(name, () => now);
    await a.setUp(site, home);
    const b = await openStore(name, () => now - 3_600_000);
    const created = await a.write((w) => createUnit(w, town('讲治镇人民政府')));
    const unit = await a.write((w) => w.update('units', created.id, { shortName: '讲治镇' }));
    const edited = await b.write((w) => w.update('units', unit.id, { shortName: '讲治' }));
    expect(edited._clock.shortName! > unit._hlc).toBe(true);
    const again = await a.write((w) => w.update('units', unit.id, { shortName: '讲治镇人民政府' }));
    expect(again._clock.shortName! > edited._clock.shortName!).toBe(true);
  });

  it('cannot both run first-run setup: the second is refused and the first site stays', async () => {
    const name = dbName();
    const a = await openStore(name);
    const b = await openStore(name);
    expect(b.site).toBeUndefined();
    const first = await a.setUp(site, home);
    await expect(b.setUp({ ...site, label: '另一个窗口' }, { ...home, name: '另一个单位' })).rejects.toThrow(/本机已经设置过（可能是在另一个挂职通窗口中完成的）/);
    const fresh = await openStore(name);
    expect(fresh.site).toEqual(first);
    expect((await listUnits(fresh.db)).map((u) => u.name)).toEqual(['中共开江县委组织部']);
    await b.reload();
    expect(b.site?.siteId).toBe(first.siteId);
  });

  it('a window that may not write is refused in Chinese and changes nothing', async () => {
    const name = dbName();
    const a = await openStore(name);
    await a.setUp(site, home);
    const access = { canWrite: true, refusal: '挂职通已在另一个窗口中打开，本窗口不能修改数据。' } satisfies WriteAccess;
    a.restrictWrites(access);
    await a.write((w) => createUnit(w, town('讲治镇人民政府')));
    (access as { canWrite: boolean }).canWrite = false;
    await expect(a.write((w) => createUnit(w, town('任市镇人民政府')))).rejects.toEqual(new ReadOnlyError(access.refusal));
    await expect(a.updateSettings({ label: '改名' })).rejects.toBeInstanceOf(ReadOnlyError);
    const print = await openStore(name);
    print.restrictWrites(READ_ONLY);
    await expect(print.write((w) => createUnit(w, town('任市镇人民政府')))).rejects.toThrow('打印窗口只能查看数据，不能修改');
    expect((await listUnits(print.db)).map((u) => u.name).sort()).toEqual(['中共开江县委组织部', '讲治镇人民政府'].sort());
    expect((await print.meta('site'))?.label).toBe(site.label);
  });

  it('settings changed in one window are not undone by a later change in another', async () => {
    const name = dbName();
    const a = await openStore(name);
    await a.setUp(site, home);
    const b = await openStore(name);
    await a.updateSettings({ countyName: '宣汉县' });
    await b.updateSettings({ label: '宣汉县委组织部-干部科' });
    expect(await b.meta('site')).toMatchObject({ countyName: '宣汉县', label: '宣汉县委组织部-干部科' });
  });
});

describe('schema versions', () => {
  it('refuses, in Chinese, a database written by a newer version, and leaves it as it was', async () => {
    const name = dbName();
    const newer = new Dexie(name);
    newer.version(DB_VERSION + 1).stores({ ...STORES_V2, ...STORES_V3, ...STORES_V4, travelLogs: 'id, postingId' });
    await newer.open();
    await newer.table('travelLogs').put({ id: 't1', postingId: 'p1' });
    newer.close();

    const refused = Store.open(new GztDatabase(name));
    await expect(refused).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(refused).rejects.toThrow(`本机数据库由更新版本的挂职通写入（数据库版本 ${DB_VERSION + 1}，本程序只能打开到版本 ${DB_VERSION}）`);

    const again = new Dexie(name);
    again.version(DB_VERSION + 1).stores({ ...STORES_V2, ...STORES_V3, ...STORES_V4, travelLogs: 'id, postingId' });
    await again.open();
    expect(again.backendDB().version).toBe((DB_VERSION + 1) * 10);
    expect(await again.table('travelLogs').get('t1')).toEqual({ id: 't1', postingId: 'p1' });
    again.close();
  });

  it('still refuses a newer database where the browser cannot list its databases', async () => {
    const name = dbName();
    const newer = new Dexie(name);
    newer.version(DB_VERSION + 2).stores({ ...STORES_V2, ...STORES_V3, ...STORES_V4, travelLogs: 'id' });
    await newer.open();
    newer.close();
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      await expect(Store.open(new GztDatabase(name))).rejects.toThrow(`数据库版本 ${DB_VERSION + 2}，本程序只能打开到版本 ${DB_VERSION}`);
    } finally {
      delete (indexedDB as { databases?: unknown }).databases;
    }
    expect(typeof indexedDB.databases).toBe('function');
  });

  it('closes an old window’s connection when another window upgrades, which then refuses to write', async () => {
    const name = dbName();
    const old = await openStore(name);
    await old.setUp(site, home);
    const heard = vi.fn();
    old.onUpgradedElsewhere(heard);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const newer = new Dexie(name);
    newer.version(DB_VERSION + 1).stores({ ...STORES_V2, ...STORES_V3, ...STORES_V4, travelLogs: 'id' });
    await newer.open(); // not blocked: the old window let go
    expect(newer.backendDB().version).toBe((DB_VERSION + 1) * 10);
    newer.close();

    expect(heard).toHaveBeenCalledTimes(1);
    expect(old.upgradedElsewhere).toBe(true);
    expect(old.canWrite).toBe(false);
    await expect(old.write((w) => createUnit(w, town('讲治镇人民政府')))).rejects.toEqual(new DatabaseUpgradedError());
    expect(new DatabaseUpgradedError().userMessage).toMatch(/^挂职通已升级，请刷新页面。/);
    expect(old.db.isOpen()).toBe(false);
  });
});
