// Excel exports as jobs (`xlsx:begin` → `xlsx:rows` × n → `xlsx:finish`, or `xlsx:abort`), so a
// big report crosses the bridge in chunks and the renderer can show progress (ARCHITECTURE §4).
// Jobs live in a job registry (job-registry.ts): one left behind (window closed, page reloaded) is
// aborted after ten idle minutes, and only a few may run at once.
import { randomUUID } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileFilter } from '@shared/ipc/contract';
import type { ServiceTable } from '../dispatch';
import { fileErrorToException } from '../files';
import { createJobRegistry } from './job-registry';
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

/** A workbook job with what finishing it needs. */
interface Entry {
  job: WorkbookJob;
  fileName: string;
  /** The web host's temporary file, read back and removed by finish. */
  tempPath?: string;
  abort(): Promise<void>;
}

/** `名册` → `名册.xlsx`; a name already ending in .xlsx is kept. */
export function withXlsxExtension(name: string): string {
  return /\.xlsx$/i.test(name) ? name : `${name}.xlsx`;
}

/** Creates the job service. */
export function createWorkbookJobs(options: WorkbookJobsOptions = {}): WorkbookJobs {
  const maxJobs = options.maxJobs ?? MAX_CONCURRENT_JOBS;
  const registry = createJobRegistry<Entry>({
    maxJobs,
    idleTimeoutMs: options.idleTimeoutMs ?? JOB_IDLE_TIMEOUT_MS,
    ...(options.sweepIntervalMs !== undefined ? { sweepIntervalMs: options.sweepIntervalMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    busy: () => tooManyJobs(maxJobs),
    notFound: jobNotFound,
  });

  const services: ServiceTable<WorkbookJobChannel> = {
    'xlsx:begin': async ({ suggestedName, sheets }) => {
      await registry.ensureRoom();
      const name = withXlsxExtension(suggestedName);
      let sink: WorkbookSink = { kind: 'memory' };
      let fileName = name;
      let tempPath: string | undefined;
      if (options.chooseSavePath) {
        const chosen = await options.chooseSavePath({ suggestedName: name, filters: XLSX_FILTERS });
        if (chosen === null) return null;
        const path = withXlsxExtension(chosen);
        sink = { kind: 'file', path };
        fileName = basename(path);
        await registry.ensureRoom();
      } else if (options.tempDir) {
        tempPath = join(options.tempDir, `gzt-export-${randomUUID()}.xlsx`);
        sink = { kind: 'file', path: tempPath };
      }
      const job = await createWorkbookJob(sheets, sink);
      const entry: Entry = {
        job,
        fileName,
        ...(tempPath ? { tempPath } : {}),
        abort: async () => {
          await job.abort();
          if (tempPath) await unlink(tempPath).catch(() => undefined);
        },
      };
      return { jobId: registry.add(entry) };
    },

    'xlsx:rows': async ({ jobId, sheet, rows, footer }) =>
      registry.run(jobId, async (entry) => {
        await entry.job.append(sheet, rows, footer);
        return { written: entry.job.written };
      }),

    'xlsx:finish': async ({ jobId }) =>
      registry.run(
        jobId,
        async (entry) => {
          const bytes = await entry.job.finish();
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
        },
        { done: true },
      ),

    'xlsx:abort': async ({ jobId }) => {
      await registry.end(jobId);
      return { aborted: true };
    },
  };

  return {
    services,
    sweep: registry.sweep,
    abortAll: registry.endAll,
    get size() {
      return registry.size;
    },
  };
}
