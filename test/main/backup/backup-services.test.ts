// The `backup:*` channels behind the real IPC handler path: a backup written in chunks into the
// backups folder, listed, opened and read back row for row; the last N kept per PC; a damaged, an
// edited, a truncated file and a name that is not one of the folder's refused.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../../electron/main/ipc';
import { createBackupServices } from '../../../electron/main/services/backup/backup-services';
import type { ChannelService } from '../../../electron/main/services/dispatch';
import { createHeldData } from '../../../electron/main/services/package/held-data';
import type { BackupHeader } from '@shared/ipc/backup-schemas';
import { heldRows } from '@shared/ipc/package-schemas';
import type { Channel } from '@shared/ipc/channels';
import { toBridgeError } from '@shared/ipc/errors';

const SITE = { siteId: '0a0a0a0a0a0a0a0a', label: '开江县委组织部', role: 'orgDept', countyName: '开江县' };
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gzt-backup-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup() {
  const held = createHeldData();
  const { services } = createBackupServices({ folder: join(dir, 'backups'), held });
  const call = (channel: Channel, ...args: unknown[]) =>
    createHandler(channel, { service: services[channel as keyof typeof services] as unknown as ChannelService<typeof channel>, isTrusted: () => true, log: () => undefined })(
      { senderFrame: null },
      ...args,
    ) as Promise<any>;
  const fails = async (channel: Channel, ...args: unknown[]) => toBridgeError(await call(channel, ...args).then(() => new Error('expected a rejection'), (e: unknown) => e));
  return { call, fails, held };
}

const tables = {
  units: Array.from({ length: 3200 }, (_, i) => ({ id: `u-${i}`, name: `单位${i}`, _deleted: i % 7 === 0, _clock: { name: 'x' }, _hlc: 'x', _live: 1 })),
  meta: [
    { key: 'site', value: { ...SITE, homeUnitId: 'u-1' } },
    { key: 'clock', value: '2026-11-21T05:00:00.000Z-0000-0a0a0a0a0a0a0a0a' },
  ],
  conflicts: [{ id: '["units","u-1","name"]', table: 'units', recordId: 'u-1', detectedAt: '2026-11-21T05:00:00.000Z' }],
};

async function backUp(call: ReturnType<typeof setup>['call'], reason: BackupHeader['reason'], created: string, keep = 10, site = SITE) {
  const header = { created, reason, schemaVersion: 2, appVersion: '0.1.0', site, counts: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, { count: rows.length, deleted: 0 }])) };
  const { jobId } = await call('backup:begin', { header });
  for (const [table, rows] of Object.entries(tables)) for (let i = 0; i < rows.length; i += 1000) await call('backup:rows', { jobId, table, rows: rows.slice(i, i + 1000) });
  return call('backup:finish', { jobId, keep });
}

describe('backup channels', { timeout: 60_000 }, () => {
  it('writes a backup, lists it, opens it and gives back every row of every table exactly', async () => {
    const { call, held } = setup();
    const done = await backUp(call, 'beforeImport', '2026-11-21T05:00:01.000Z');
    expect(done.fileName).toMatch(/^挂职通备份_开江县委组织部_\d{8}-\d{6}_导入前\.gztbak$/);
    const list = await call('backup:list');
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({ fileName: done.fileName, sizeBytes: done.sizeBytes, header: { reason: 'beforeImport', site: SITE } });
    const opened = await call('backup:open', { fileName: done.fileName, schemaVersion: 2 });
    expect(opened.header.counts.units.count).toBe(3200);
    for (const [table, rows] of Object.entries(tables)) {
      const got: object[] = [];
      for (let offset = 0; offset < rows.length; offset += 1000) got.push(...heldRows(await held.rows(opened.handle, table, offset, 1000)));
      expect(got, table).toEqual(rows);
    }
  });

  it('keeps the last N backups of this PC, and another PC’s backups as they are', async () => {
    const { call } = setup();
    const other = { ...SITE, siteId: '1b1b1b1b1b1b1b1b', label: '讲治镇' };
    await backUp(call, 'daily', '2026-11-18T01:00:00.000Z', 10, other);
    for (let day = 18; day <= 21; day++) await backUp(call, 'daily', `2026-11-${day}T02:00:00.000Z`, 3);
    const list = await call('backup:list');
    const mine = list.backups.filter((b: { header: BackupHeader }) => b.header.site.siteId === SITE.siteId);
    expect(mine.map((b: { header: BackupHeader }) => b.header.created)).toEqual(['2026-11-21T02:00:00.000Z', '2026-11-20T02:00:00.000Z', '2026-11-19T02:00:00.000Z']);
    expect(list.backups).toHaveLength(4);
  });

  it('refuses an edited, a truncated, a damaged file and a name outside the folder', async () => {
    const { call, fails, held } = setup();
    const done = await backUp(call, 'manual', '2026-11-21T05:00:01.000Z');
    const path = join(dir, 'backups', done.fileName);
    const text = gunzipSync(await readFile(path)).toString('utf8');

    const edited = gzipSync(text.replace('单位17', '单位71'));
    expect((await fails('backup:open', { data: edited, name: 'a.gztbak', schemaVersion: 2 })).message).toMatch(/与校验值不符/);
    const truncated = gzipSync(text.slice(0, text.lastIndexOf('{"end"')));
    expect((await fails('backup:open', { data: truncated, name: 'a.gztbak', schemaVersion: 2 })).message).toMatch(/不完整/);
    const damaged = new Uint8Array(await readFile(path)).slice(0, 200);
    expect((await fails('backup:open', { data: damaged, name: 'a.gztbak', schemaVersion: 2 })).message).toMatch(/损坏|不完整/);
    expect((await fails('backup:open', { data: gzipSync('{"hello":1}\n'), name: 'a.gztbak', schemaVersion: 2 })).message).toMatch(/不是挂职通的备份文件/);
    expect((await fails('backup:open', { data: await readFile(path), name: 'a.gztbak', schemaVersion: 1 })).message).toMatch(/请先升级/);
    expect((await fails('backup:open', { fileName: '../secret.gztbak', schemaVersion: 2 })).code).toBe('backup-not-found');
    expect((await fails('backup:open', { fileName: 'gone.gztbak', schemaVersion: 2 })).code).toBe('backup-not-found');
    expect(held.registry.size).toBe(0);
    // A stray file in the folder is not offered.
    await writeFile(join(dir, 'backups', '随便.gztbak'), 'not a backup');
    expect((await call('backup:list')).backups.map((b: { fileName: string }) => b.fileName)).toEqual([done.fileName]);
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.part'))).toEqual([]);
  });
});
