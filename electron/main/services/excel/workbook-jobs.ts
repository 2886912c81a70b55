// Excel exports as jobs (`xlsx:begin` → `xlsx:rows` × n → `xlsx:finish`, or `xlsx:abort`), so a
// big report crosses the bridge in chunks and the renderer can show progress (ARCHITECTURE §4).
// Jobs live in a Map here; one left behind (window closed, page reloaded) is aborted after ten idle
// minutes, and only a few may run at once.
import { randomUUID } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileFilter } from '@shared/ipc/contract';
import type { ServiceTable } from '../dispatch';
import { fileErrorToException } from '../files';
import { jobNotFound, tooManyJobs } from './messages';
import { createWorkbookJob, type WorkbookJob, type WorkbookSink } from './workbook-writer';

/** The channels served by the job service. */
export type WorkbookJobChannel = 'xlsx:begin' | 'xlsx:rows' | 'xlsx:finish' | 'xlsx:abort';

/** The save dialog's file type list. */
export const XLSX_FILTERS: FileFilter[] = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
/** A job untouched for this long is aborted. */
export const JOB_IDLE_TIMEOUT_MS = 10 * 60 * 1000;
/** Exports that may be under way at once. */
export const MAX_CONCURRENT_JOBS = 4;

export interface WorkbookJobsOptions {
  /**
   * Electron: the save dialog (a full path, or null when the user cancels). Without it (web host)
   * the workbook is kept in memory, or in `tempDir`, and `xlsx:finish` returns its bytes.
   */
  chooseSavePath?: (options: { suggestedName: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Web host: write unfinished workbooks to temporary files in this folder instead of memory. */
  tempDir?: string;
  /** Clock in ms (tests); default Date.now. */
  now?: () => number;
  /** Default 4. */
  maxJobs?: number;
  /** Default 10 minutes. */
  idleTimeoutMs?: number;
  /** How often idle jobs are looked for; default every minute. */
  sweepIntervalMs?: number;
}

/** The job service: its channel implementations and housekeeping. */
export interface WorkbookJobs {
  services: ServiceTable<WorkbookJobChannel>;
  /** Aborts the jobs idle for longer than the time-out; resolves with how many. */
  sweep(): Promise<number>;
  /** Aborts every job (app quit, host shut-down). */
  abortAll(): Promise<void>;
  /** Jobs under way. */
  readonly size: number;
}

interface Entry {
  job: WorkbookJob;
  fileName: string;
  /** The web host's temporary file, read back and removed by finish. */
  tempPath?: string;
  lastUsed: number;
  busy: number;
  /** Calls of one job run one after the other. */
  queue: Promise<unknown>;
}

/** `名册` → `名册.xlsx`; a name already ending in .xlsx is kept. */
export function withXlsxExtension(name: string): string {
  return /\.xlsx$/i.test(name) ? name : `${name}.xlsx`;
}

/** Creates the job service. */
export function createWorkbookJobs(options: WorkbookJobsOptions = {}): WorkbookJobs {
  const now = options.now ?? Date.now;
  const maxJobs = options.maxJobs ?? MAX_CONCURRENT_JOBS;
  const idleTimeout = options.idleTimeoutMs ?? JOB_IDLE_TIMEOUT_MS;
  const jobs = new Map<string, Entry>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const updateTimer = () => {
    if (jobs.size > 0 && !timer) {
      timer = setInterval(() => void sweep(), options.sweepIntervalMs ?? 60_000);
      timer.unref?.();
    } else if (jobs.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const drop = async (id: string, entry: Entry) => {
    if (jobs.get(id) === entry) jobs.delete(id);
    updateTimer();
    await entry.job.abort();
    if (entry.tempPath) await unlink(entry.tempPath).catch(() => undefined);
  };

  const entryOf = (jobId: string): Entry => {
    const entry = jobs.get(jobId);
    if (!entry) throw jobNotFound();
    entry.lastUsed = now();
    return entry;
  };

  /** Runs `task` after the job's previous call; a failure ends the job. */
  const run = <T>(jobId: string, entry: Entry, task: () => Promise<T>): Promise<T> => {
    entry.busy++;
    const result = entry.queue.then(task).then(
      (value) => value,
      async (err: unknown) => {
        await drop(jobId, entry);
        throw err;
      },
    );
    entry.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      entry.busy--;
      entry.lastUsed = now();
    });
  };

  async function sweep(): Promise<number> {
    const stale = [...jobs].filter(([, entry]) => entry.busy === 0 && now() - entry.lastUsed > idleTimeout);
    await Promise.all(stale.map(([id, entry]) => drop(id, entry)));
    return stale.length;
  }

  const services: ServiceTable<WorkbookJobChannel> = {
    'xlsx:begin': async ({ suggestedName, sheets }) => {
      await sweep();
      if (jobs.size >= maxJobs) throw tooManyJobs(maxJobs);
      const name = withXlsxExtension(suggestedName);
      const id = randomUUID();
      let sink: WorkbookSink = { kind: 'memory' };
      let fileName = name;
      let tempPath: string | undefined;
      if (options.chooseSavePath) {
        const chosen = await options.chooseSavePath({ suggestedName: name, filters: XLSX_FILTERS });
        if (chosen === null) return null;
        const path = withXlsxExtension(chosen);
        sink = { kind: 'file', path };
        fileName = basename(path);
        if (jobs.size >= maxJobs) throw tooManyJobs(maxJobs);
      } else if (options.tempDir) {
        tempPath = join(options.tempDir, `gzt-export-${id}.xlsx`);
        sink = { kind: 'file', path: tempPath };
      }
      const job = await createWorkbookJob(sheets, sink);
      jobs.set(id, { job, fileName, ...(tempPath ? { tempPath } : {}), lastUsed: now(), busy: 0, queue: Promise.resolve() });
      updateTimer();
      return { jobId: id };
    },

    'xlsx:rows': async ({ jobId, sheet, rows, footer }) => {
      const entry = entryOf(jobId);
      return run(jobId, entry, async () => {
        await entry.job.append(sheet, rows, footer);
        return { written: entry.job.written };
      });
    },

    'xlsx:finish': async ({ jobId }) => {
      const entry = entryOf(jobId);
      return run(jobId, entry, async () => {
        const bytes = await entry.job.finish();
        jobs.delete(jobId);
        updateTimer();
        if (entry.tempPath) {
          try {
            const buffer = await readFile(entry.tempPath);
            return { fileName: entry.fileName, data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
          } catch (err) {
            throw fileErrorToException(err, entry.fileName);
          } finally {
            await unlink(entry.tempPath).catch(() => undefined);
          }
        }
        return bytes ? { fileName: entry.fileName, data: bytes } : { fileName: entry.fileName };
      });
    },

    'xlsx:abort': async ({ jobId }) => {
      const entry = jobs.get(jobId);
      if (entry) await drop(jobId, entry);
      return { aborted: true };
    },
  };

  return {
    services,
    sweep,
    abortAll: async () => {
      await Promise.all([...jobs].map(([id, entry]) => drop(id, entry)));
    },
    get size() {
      return jobs.size;
    },
  };
}
