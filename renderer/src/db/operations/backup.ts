// 备份与恢复 (issue 11 item 6): a full backup of this PC's database written by main into the
// backups folder — before every package import, daily on the first start of a day, or when the
// clerk asks — keeping the last N; and the restore of one, after the clerk confirmed its date and
// PC, in one transaction (a backup of the current state is taken first).
import { TABLE_NAMES } from '@shared/domain/tables';
import type { BackupHeader, BackupInfo, BackupReason } from '@shared/ipc/backup-schemas';
import type { Bridge } from '@shared/ipc/contract';
import { toBridgeException } from '@shared/ipc/errors';
import { fetchHeld } from '../../bridge/fetch-held';
import { getBridge } from '../../bridge/get-bridge';
import { BOOKKEEPING_TABLES, DATA_VERSION, type BookkeepingTable, type MetaValues } from '../database';
import { AppError } from '../errors';
import type { Store } from '../store';

/** Backups kept unless the clerk chooses another number. */
export const DEFAULT_BACKUP_KEEP = 10;

/** What the backup steps need (tests pass their own bridge). */
export interface BackupDeps {
  bridge?: Bridge;
}

/** Every table of the database, synced and bookkeeping. */
const ALL_TABLES: readonly string[] = [...TABLE_NAMES, ...(Object.keys(BOOKKEEPING_TABLES) as BookkeepingTable[])];

/** The backup settings of this PC. */
export async function backupSettings(store: Store): Promise<MetaValues['backup']> {
  return (await store.meta('backup')) ?? { keep: DEFAULT_BACKUP_KEEP };
}

/** 设置 → 备份与恢复: how many backups to keep (1–365). */
export async function setBackupKeep(store: Store, keep: number): Promise<void> {
  if (!Number.isInteger(keep) || keep < 1 || keep > 365) throw new AppError('保留的备份份数应为 1 到 365 之间的整数。');
  const current = await backupSettings(store);
  await store.write((w) => w.setMeta('backup', { ...current, keep }));
}

/**
 * Writes a full backup of this PC (every table exactly as stored, read in one transaction) into
 * the backups folder; main then removes this PC's backups beyond the number to keep.
 */
export async function backUp(
  store: Store,
  reason: BackupReason,
  opts: { note?: string; onProgress?: (done: number, total: number) => void } = {},
  deps: BackupDeps = {},
): Promise<{ fileName: string; sizeBytes: number }> {
  const site = store.site;
  if (!site) throw new AppError('本机尚未设置，没有可以备份的数据。');
  const bridge = deps.bridge ?? getBridge();
  const tables = await store.read(async (w) => {
    const out: Record<string, object[]> = {};
    for (const t of ALL_TABLES) out[t] = await (w.db as unknown as Record<string, { toArray(): Promise<object[]> }>)[t]!.toArray();
    return out;
  });
  const settings = await backupSettings(store);
  const header: BackupHeader = {
    created: new Date().toISOString(),
    reason,
    schemaVersion: DATA_VERSION,
    appVersion: (await bridge.appInfo()).version,
    site: { siteId: site.siteId, label: site.label, role: site.role, countyName: site.countyName },
    ...(opts.note ? { note: opts.note.slice(0, 200) } : {}),
    counts: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, { count: rows.length, deleted: 0 }])),
  };
  const { jobId } = await bridge.beginBackup({ header });
  try {
    const total = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
    let done = 0;
    for (const [table, rows] of Object.entries(tables)) {
      for (let i = 0; i < rows.length; i += 2_000) {
        const chunk = rows.slice(i, i + 2_000);
        await bridge.appendBackupRows({ jobId, table, rows: chunk as Record<string, unknown>[] });
        done += chunk.length;
        opts.onProgress?.(done, total);
      }
    }
    const finished = await bridge.finishBackup({ jobId, keep: settings.keep });
    return finished;
  } catch (err) {
    await bridge.abortBackup({ jobId }).catch(() => undefined);
    throw toBridgeException(err);
  }
}

/** On the first start of a day, a daily backup (none yet today); null when one was made already. */
export async function dailyBackupIfDue(store: Store, today: string, deps: BackupDeps = {}): Promise<{ fileName: string } | null> {
  const settings = await backupSettings(store);
  if (settings.lastDaily === today) return null;
  // Claimed before it starts: a window that takes the write lock meanwhile sees today's backup under
  // way and does not start a second one (the host refuses two at once). Given back if it fails.
  await store.write((w) => w.setMeta('backup', { ...settings, lastDaily: today }));
  try {
    return await backUp(store, 'daily', {}, deps);
  } catch (err) {
    await store.write((w) => w.setMeta('backup', settings)).catch(() => undefined);
    throw err;
  }
}

/** The backups in the backups folder, newest first, and where the folder is. */
export function listBackups(deps: BackupDeps = {}): Promise<{ folder: string; backups: BackupInfo[] }> {
  return (deps.bridge ?? getBridge()).listBackups();
}

/** A backup opened and checked by main, its rows fetched. */
export interface OpenedBackup {
  header: BackupHeader;
  tables: Record<string, object[]>;
}

/** Has main open and check a backup (one of the folder by name, or a file the clerk picked), then fetches its rows. */
export async function openBackup(source: { fileName: string } | { data: Uint8Array; name: string }, deps: BackupDeps = {}): Promise<OpenedBackup> {
  const bridge = deps.bridge ?? getBridge();
  const { handle, header } = await bridge.openBackup({ ...source, schemaVersion: DATA_VERSION });
  try {
    const tables: Record<string, object[]> = {};
    for (const [table, { count }] of Object.entries(header.counts)) {
      const rows: object[] = [];
      await fetchHeld(bridge, handle, table, count, (page) => {
        for (const r of page) rows.push(r);
      });
      tables[table] = rows;
    }
    return { header, tables };
  } finally {
    await bridge.releaseHeld({ handle }).catch(() => undefined);
  }
}

/** The wording of a restore refused. */
export const RESTORE_TEXT = {
  otherPc: (label: string) => `这是另一台电脑（${label}）的备份。只有当本机要接替那台电脑工作时才能恢复它；如确实如此，请勾选“本机接替该电脑”后再恢复。`,
  newer: '这个备份由更新版本的挂职通生成，请先升级挂职通再恢复。',
} as const;

/**
 * Restores a backup: refused for another PC's backup unless `replaceThisPc` (this PC then works as
 * that PC); a backup of the current state is taken first; then every table is replaced in one
 * transaction, and the Store re-reads its identity and clock.
 */
export async function restoreBackup(store: Store, backup: OpenedBackup, opts: { replaceThisPc: boolean; onProgress?: (done: number, total: number) => void }, deps: BackupDeps = {}): Promise<void> {
  const site = store.site!;
  if (backup.header.schemaVersion > DATA_VERSION) throw new AppError(RESTORE_TEXT.newer);
  if (backup.header.site.siteId !== site.siteId && !opts.replaceThisPc) throw new AppError(RESTORE_TEXT.otherPc(backup.header.site.label));
  await backUp(store, 'beforeRestore', { note: `恢复 ${backup.header.created.slice(0, 10)} 的备份之前`, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }, deps);
  await store.write((w) => w.replaceAll(backup.tables));
  await store.reload();
}
