// The backup channels (issue 11 item 6), the same for Electron main and the web host: a backup is
// written as a job into the backups folder (`backup:begin` → `backup:rows` × n → `backup:finish`,
// which also removes this PC's backups beyond the last N), listed (`backup:list`), and opened for
// a restore (`backup:open`: from the folder or from a file the clerk picked; the rows are then
// fetched with `held:records`). The renderer never names a path: only file names of this folder.
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupHeader, BackupInfo } from '@shared/ipc/backup-schemas';
import type { ServiceTable } from '../dispatch';
import { createJobRegistry } from '../excel/job-registry';
import { fileErrorToException } from '../files';
import type { HeldData } from '../package/held-data';
import { backupNotFound, packageBusy, packageNotFound } from '../package/messages';
import { BACKUP_EXTENSION, createBackupWriter, readBackup, readBackupHeader, type BackupWriteJob } from './backup-file';

/** The channels of backups. */
export type BackupChannel = 'backup:begin' | 'backup:rows' | 'backup:finish' | 'backup:abort' | 'backup:list' | 'backup:open';

export interface BackupServicesOptions {
  /** The backups folder (Electron: in the app's data folder). Created when needed. */
  folder: string;
  /** Where an opened backup's rows are kept for the renderer. */
  held: HeldData;
  /** Default 10 minutes. */
  idleTimeoutMs?: number;
}

const REASON_NAMES: Record<BackupHeader['reason'], string> = { daily: '每日', beforeImport: '导入前', manual: '手动', beforeRestore: '恢复前' };

/** `挂职通备份_城关镇_20261121-130501_导入前.gztbak`: what, whose, when, why. */
export function backupFileName(header: BackupHeader, taken: ReadonlySet<string> = new Set()): string {
  const d = new Date(header.created);
  const p = (n: number) => String(n).padStart(2, '0');
  const when = `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
  const label = header.site.label.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30) || header.site.siteId;
  const base = `挂职通备份_${label}_${when}_${REASON_NAMES[header.reason]}`;
  let name = `${base}${BACKUP_EXTENSION}`;
  for (let n = 2; taken.has(name); n++) name = `${base}(${n})${BACKUP_EXTENSION}`;
  return name;
}

/** A name the renderer gave that is one file of the folder (never a path). */
function inFolder(folder: string, fileName: string): string {
  if (basename(fileName) !== fileName || !fileName.endsWith(BACKUP_EXTENSION)) throw backupNotFound(fileName);
  return join(folder, fileName);
}

interface Entry {
  writer: BackupWriteJob;
  fileName: string;
  header: BackupHeader;
  abort(): Promise<void>;
}

/** The backup services. */
export function createBackupServices(options: BackupServicesOptions): { services: ServiceTable<BackupChannel>; list: () => Promise<BackupInfo[]> } {
  const { folder, held } = options;
  const jobs = createJobRegistry<Entry>({
    maxJobs: 1,
    idleTimeoutMs: options.idleTimeoutMs ?? 10 * 60_000,
    busy: () => packageBusy(1),
    notFound: packageNotFound,
  });

  /** Every backup in the folder, newest first; unreadable files are left out. */
  async function list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = (await readdir(folder)).filter((n) => n.endsWith(BACKUP_EXTENSION));
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const fileName of names) {
      const path = join(folder, fileName);
      try {
        const header = await readBackupHeader(createReadStream(path));
        out.push({ fileName, header, sizeBytes: (await stat(path)).size });
      } catch {
        // not a backup, damaged, or being written: not offered
      }
    }
    return out.sort((a, b) => (a.header.created < b.header.created ? 1 : a.header.created > b.header.created ? -1 : 0));
  }

  const services: ServiceTable<BackupChannel> = {
    'backup:begin': async ({ header }) => {
      await jobs.ensureRoom();
      await mkdir(folder, { recursive: true }).catch((err: unknown) => {
        throw fileErrorToException(err, folder);
      });
      const taken = new Set(await readdir(folder).catch(() => [] as string[]));
      const fileName = backupFileName(header, taken);
      const writer = await createBackupWriter(header, join(folder, fileName));
      return { jobId: jobs.add({ writer, fileName, header, abort: () => writer.abort() }) };
    },

    'backup:rows': async ({ jobId, table, rows }) =>
      jobs.run(jobId, async (entry) => {
        await entry.writer.append(table, rows);
        return { written: entry.writer.written };
      }),

    'backup:finish': async ({ jobId, keep }) =>
      jobs.run(
        jobId,
        async (entry) => {
          await entry.writer.finish();
          const path = join(folder, entry.fileName);
          const sizeBytes = (await stat(path)).size;
          const mine = (await list()).filter((b) => b.header.site.siteId === entry.header.site.siteId && b.fileName !== entry.fileName);
          for (const old of mine.slice(Math.max(0, keep - 1))) await unlink(join(folder, old.fileName)).catch(() => undefined);
          return { fileName: entry.fileName, sizeBytes };
        },
        { done: true },
      ),

    'backup:abort': async ({ jobId }) => {
      await jobs.end(jobId);
      return { aborted: true };
    },

    'backup:list': async () => ({ folder, backups: await list() }),

    'backup:open': async (request) => {
      let bytes: Uint8Array;
      if ('fileName' in request) {
        const path = inFolder(folder, request.fileName);
        bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
          throw err.code === 'ENOENT' ? backupNotFound(request.fileName) : fileErrorToException(err, request.fileName);
        });
      } else bytes = request.data;
      const backup = await readBackup(bytes, request.schemaVersion);
      return { handle: await held.hold(backup.tables), header: backup.header };
    },
  };
  return { services, list };
}
