import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { packageTables } from '@shared/sync/package/encoder';
import type { Stored } from '@shared/sync/record';
import { DATA_VERSION } from '../../../../renderer/src/db/database';
import { importPackage, loadSample, openPackage, previewImport } from '../../../../renderer/src/db/operations';
import type { Store } from '../../../../renderer/src/db/store';
import { Writer } from '../../../../renderer/src/db/writer';
import { header, writePackage } from '../../../main/package/package-files';
import { databaseHash, inProcessReader, packageBridge, wireRecord } from '../package-bridge';
import { newStore } from '../test-store';

/*
 * Atomicity of 导入数据包 (issue 11, "Done when"): an import that fails at any step — the package
 * refused while it is read and checked, the automatic backup failing, any table of the merge
 * failing — leaves the database byte-identical (canonical JSON hash of every table before = after).
 * Packages are real .xlsx files of main's writer, opened through main's package services.
 */

/** Another 组织部 PC's records (a sample county), as its package to everyone carries them. */
async function sourceTables(): Promise<{ siteId: string; tables: Record<string, Stored<object>[]> }> {
  const source = await newStore();
  await loadSample(source, 12);
  const tables: Record<string, Stored<object>[]> = {};
  for (const t of TABLE_NAMES) tables[t] = (await source.db.entity(t).toArray()).map(wireRecord);
  return { siteId: source.site!.siteId, tables };
}

async function packageFile(siteId: string, tables: Record<string, Stored<object>[]>) {
  const { bytes } = await writePackage(header(siteId, { schemaVersion: DATA_VERSION }), tables);
  return { name: '挂职通数据包.xlsx', data: bytes };
}

/** A receiving 组织部 PC with data of its own, and its hash. */
async function target(): Promise<{ store: Store; before: string }> {
  const store = await newStore();
  await loadSample(store, 5);
  return { store, before: await databaseHash(store) };
}

const CHINESE = /[\u4e00-\u9fff]/;

afterEach(() => vi.restoreAllMocks());

describe('导入数据包 is all or nothing', { timeout: 120_000 }, () => {
  it('imports a sound package: records merged and logged (the hash changes)', async () => {
    const { siteId, tables } = await sourceTables();
    const { store, before } = await target();
    const { bridge, backups } = packageBridge(inProcessReader());
    const pkg = await openPackage(await packageFile(siteId, tables), {}, { bridge });
    expect((await previewImport(store, pkg)).refusal).toBeUndefined();
    const outcome = await importPackage(store, pkg, {}, { bridge });
    expect(outcome.stats.postings?.created).toBe(12);
    expect(backups.rows).toBeGreaterThan(0);
    expect(await store.db.importLog.count()).toBe(1);
    expect(await databaseHash(store)).not.toBe(before);
  });

  it('refused at validation: a record failing its field rule, or an id twice in the last table, found after the tables before it were read', async () => {
    const { siteId, tables } = await sourceTables();
    const { store, before } = await target();
    const { bridge } = packageBridge(inProcessReader());
    const carried = packageTables(header(siteId)).map((s) => s.name as TableName).filter((t) => tables[t]!.length > 0);
    const last = carried.at(-1)!;
    expect(carried.indexOf('postings')).toBeGreaterThan(1);

    const badValue = structuredClone(tables);
    (badValue.postings![3] as unknown as { termMonths: number }).termMonths = 999;
    const twice = structuredClone(tables);
    twice[last] = [...twice[last]!, twice[last]![0]!];
    for (const [what, broken, message] of [
      ['a value', badValue, /数据包中的数据有误：“挂职”中编号为 \S+ 的记录的“termMonths”.*导入已取消，本机数据没有任何变化/],
      ['an id twice', twice, new RegExp(`“${ENTITY_TABLES[last].label}”工作表中编号为 \\S+ 的记录出现了不止一次`)],
    ] as const) {
      const refused = await openPackage(await packageFile(siteId, broken), {}, { bridge }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(refused?.message, what).toMatch(message);
      expect(await databaseHash(store), what).toBe(before);
    }
  });

  it('stopped when the automatic backup fails: says so, and nothing is applied', async () => {
    const { siteId, tables } = await sourceTables();
    const { store, before } = await target();
    const { bridge } = packageBridge(inProcessReader(), { failBackup: true });
    const pkg = await openPackage(await packageFile(siteId, tables), {}, { bridge });
    await expect(importPackage(store, pkg, {}, { bridge })).rejects.toThrow(/导入前的自动备份没有完成（.*），导入已停止，本机数据没有任何变化/);
    expect(await databaseHash(store)).toBe(before);
  });

  it('failing at any table of the merge (after the backup, inside the transaction) leaves the database byte-identical', async () => {
    const { siteId, tables } = await sourceTables();
    const { store, before } = await target();
    const { bridge } = packageBridge(inProcessReader());
    const pkg = await openPackage(await packageFile(siteId, tables), {}, { bridge });
    const merged = TABLE_NAMES.filter((t) => (pkg.tables[t]?.length ?? 0) > 0);
    expect(merged.length).toBeGreaterThan(5);
    const putMerged = Writer.prototype.putMerged;
    for (const failing of merged) {
      const spy = vi.spyOn(Writer.prototype, 'putMerged').mockImplementation(async function (this: Writer, table, records) {
        if (table === failing) throw new Error(`磁盘写入失败（${table}）`);
        return putMerged.call(this, table, records as never) as never;
      });
      await expect(importPackage(store, pkg, {}, { bridge }), failing).rejects.toThrow(CHINESE);
      expect(spy.mock.calls.map(([t]) => t)).toContain(failing);
      expect(await databaseHash(store), failing).toBe(before);
      spy.mockRestore();
    }
  });
});
