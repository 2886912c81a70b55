// Reading table files off the main thread (issue 8 item 2), for Electron main and the web host
// alike: each read runs readTableFile in a worker thread (table-read-worker.ts) with V8 heap
// limits, under a timer in this thread, and can be cancelled by its read id — cancelling, timing
// out or running out of memory terminates the worker, which really stops the read. Idle workers
// are kept a little while for the next read (starting one costs about 0.3 s) and then ended.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BridgeError, ReadProgress } from '@shared/ipc/contract';
import { BridgeException } from '@shared/ipc/errors';
import type { PackedWorkbook, ReadWorkbookResult } from '@shared/ipc/workbook-schemas';
import type { DecodeOptions } from '@shared/sync/package/decoder';
import type { PagedPackage } from '../package/paged-tables';
import { readLimits, type ReadLimits } from './read-limits';
import { outOfMemory, readCancelled, readerUnavailable, readFailed, readTimedOut } from './read-messages';
import type { ReadAnswer, ReadJob, ReadProgressMessage } from './table-read-worker';

/** File name of the built worker (scripts/build-read-worker.mjs). */
export const READ_WORKER_FILE = 'table-read-worker.cjs';

/** The built worker next to a main bundle in `bundleDir` (out/main → out/worker). */
export function readWorkerPathBeside(bundleDir: string): string {
  return join(bundleDir, '..', 'worker', READ_WORKER_FILE);
}

/**
 * Heap limits of a read worker: about 430 MB of V8 heap, under the 500 MB a read may use. A read
 * makes short-lived strings by the million; a 64 MB young generation (instead of 32) took the read
 * of a 100,000-punch export (85 MiB of sheet XML) from 3.1–3.9 s to 2.6–3.0 s.
 */
export const READ_WORKER_HEAP = { maxOldGenerationSizeMb: 352, maxYoungGenerationSizeMb: 64 } as const;

export interface TableReaderOptions {
  /** The built worker script (out/worker/table-read-worker.cjs). */
  workerPath: string;
  /** Budgets of every read unless a request narrows them; default DEFAULT_READ_LIMITS. */
  limits?: Partial<ReadLimits>;
  /** Reads that may run at once (more wait their turn); default 2. */
  maxWorkers?: number;
  /** How long past its time budget a read may run before its worker is terminated; default 3 s. */
  graceMs?: number;
  /** How long an idle worker is kept for the next read; default 30 s. */
  idleMs?: number;
  /** V8 heap limits of each worker; default READ_WORKER_HEAP. */
  heap?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
  /** A worker that used more than this in one read is ended instead of kept; default 256 MiB. */
  recycleAboveBytes?: number;
  /** Where unexpected worker failures are logged; default console.error. */
  log?: (message: string, detail: unknown) => void;
}

/** One read. */
export interface TableReadRequest {
  /** The file's bytes. Their buffer is handed to the worker when the view covers all of it. */
  bytes: Uint8Array;
  /** The file's name, for messages and a CSV's sheet name. */
  name: string;
  /** Identifies the read for `cancel` (the renderer makes it up). */
  readId?: string;
  /** Narrower budgets for this read. */
  limits?: Partial<ReadLimits>;
  /** Decode the file as an exchange package (in the worker too). */
  package?: DecodeOptions;
  /** Answer the sheets packed (`packed` of the report) instead of as rows. */
  packed?: boolean;
  /** Hears how far the read has got, a few times a second while the worker reads. */
  onProgress?: (progress: ReadProgress) => void;
}

/** How one read went, with what it cost (the fuzz test and the bench print these). */
export interface TableReadReport {
  result?: ReadWorkbookResult;
  /** The sheets packed, for a request with `packed`. */
  packed?: PackedWorkbook;
  /** The decoded package (its records paged as JSON text), for a request with `package`. */
  package?: PagedPackage;
  /** The Chinese refusal, when refused. */
  error?: BridgeError;
  /** Set when the failure was not a refusal: an exception in the reader or a crashed worker. */
  unexpected?: string;
  /** Highest heap + ArrayBuffer memory of the worker seen during the read (0 if it never answered). */
  peakMemoryBytes: number;
  elapsedMs: number;
}

/** The reader service. */
export interface TableReader {
  /** Reads a file; rejects with the Chinese BridgeException when it is refused or cancelled. */
  read(request: TableReadRequest): Promise<ReadWorkbookResult>;
  /** Reads a file into packed sheets (what `xlsx:read` answers); rejects like `read`. */
  readPacked(request: Omit<TableReadRequest, 'packed' | 'package'>): Promise<PackedWorkbook>;
  /** Reads and decodes an exchange package; rejects like `read` (a refused package: code `package-refused`). */
  readPackage(request: Omit<TableReadRequest, 'package'> & { package: DecodeOptions }): Promise<PagedPackage>;
  /** The same read, never rejecting: the outcome and its cost. */
  run(request: TableReadRequest): Promise<TableReadReport>;
  /** How far the running read `readId` has got; null when it is not running (or has said nothing yet). */
  progress(readId: string): ReadProgress | null;
  /** Stops the read `readId` (running or waiting); false when there is none. */
  cancel(readId: string): boolean;
  /** Stops every read running or waiting (the page that asked for them went); resolves with how many. */
  cancelAll(): number;
  /** Stops every read and worker (app quit, host shut-down). */
  close(): Promise<void>;
  /** Reads running or waiting. */
  readonly pending: number;
}

interface Task {
  request: TableReadRequest;
  limits: ReadLimits;
  started: number;
  settled: boolean;
  settle: (report: TableReadReport) => void;
  progress?: ReadProgress;
  worker?: PooledWorker;
  timer?: ReturnType<typeof setTimeout>;
}

interface PooledWorker {
  worker: Worker;
  task?: Task;
  idleTimer?: ReturnType<typeof setTimeout>;
}

/** The bytes as a transferable buffer of their own (copied only when the view does not cover its buffer). */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const covers = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return covers ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Creates the reader service. Workers start on the first read. */
export function createTableReader(options: TableReaderOptions): TableReader {
  const defaults = readLimits(options.limits);
  const maxWorkers = options.maxWorkers ?? 2;
  const graceMs = options.graceMs ?? 3_000;
  const idleMs = options.idleMs ?? 30_000;
  const recycleAbove = options.recycleAboveBytes ?? 256 * 1024 * 1024;
  const log = options.log ?? ((message, detail) => console.error(`[挂职通] ${message}`, detail));
  const pool = new Set<PooledWorker>();
  const queue: Task[] = [];
  const running = new Map<string, Task>();
  let nextId = 1;
  let closed = false;

  const retire = (pooled: PooledWorker): void => {
    pool.delete(pooled);
    if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
    void pooled.worker.terminate().catch(() => undefined);
  };

  const finish = (task: Task, report: Omit<TableReadReport, 'elapsedMs'>, keepWorker: boolean): void => {
    if (task.settled) return;
    task.settled = true;
    if (task.timer) clearTimeout(task.timer);
    if (task.request.readId && running.get(task.request.readId) === task) running.delete(task.request.readId);
    const pooled = task.worker;
    task.worker = undefined;
    if (pooled) {
      pooled.task = undefined;
      if (keepWorker && !closed && report.peakMemoryBytes <= recycleAbove) {
        pooled.idleTimer = setTimeout(() => retire(pooled), idleMs);
        pooled.idleTimer.unref?.();
      } else {
        retire(pooled);
      }
    }
    task.settle({ ...report, elapsedMs: Date.now() - task.started });
    pump();
  };

  const spawn = (): PooledWorker | null => {
    let worker: Worker;
    try {
      worker = new Worker(options.workerPath, { resourceLimits: { ...(options.heap ?? READ_WORKER_HEAP) }, stdout: false, stderr: false });
    } catch (err) {
      log('无法启动读取表格的工作线程', err);
      return null;
    }
    worker.unref();
    const pooled: PooledWorker = { worker };
    worker.on('message', (answer: ReadAnswer | ReadProgressMessage) => {
      const task = pooled.task;
      if (!task) return;
      if ('progress' in answer) {
        task.progress = answer.progress;
        task.request.onProgress?.(answer.progress);
      } else if (answer.ok) finish(task, { ...(answer.result ? { result: answer.result } : {}), ...(answer.packed ? { packed: answer.packed } : {}), ...(answer.package ? { package: answer.package } : {}), peakMemoryBytes: answer.peakMemoryBytes }, true);
      else if (answer.error) finish(task, { error: answer.error, peakMemoryBytes: answer.peakMemoryBytes }, true);
      else {
        log('读取表格时出现意外错误', answer.detail);
        finish(task, { error: readFailed().toBridgeError(), unexpected: answer.detail ?? 'unknown', peakMemoryBytes: answer.peakMemoryBytes }, false);
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const task = pooled.task;
      pool.delete(pooled);
      if (!task) return;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        finish(task, { error: outOfMemory().toBridgeError(), peakMemoryBytes: 0 }, false);
      } else {
        log('读取表格的工作线程出错', err);
        const missing = /Cannot find module|ENOENT/.test(err.message);
        finish(task, { error: (missing ? readerUnavailable() : readFailed()).toBridgeError(), unexpected: `${err.name}: ${err.message}`, peakMemoryBytes: 0 }, false);
      }
    });
    worker.on('exit', (code) => {
      pool.delete(pooled);
      const task = pooled.task;
      if (task) finish(task, { error: readFailed().toBridgeError(), unexpected: `worker exited with code ${code}`, peakMemoryBytes: 0 }, false);
    });
    pool.add(pooled);
    return pooled;
  };

  const start = (task: Task, pooled: PooledWorker): void => {
    if (pooled.idleTimer) clearTimeout(pooled.idleTimer);
    pooled.idleTimer = undefined;
    pooled.task = task;
    task.worker = pooled;
    const bytes = ownBuffer(task.request.bytes);
    const job: ReadJob = { id: nextId++, bytes, name: task.request.name, limits: task.limits, ...(task.request.package ? { package: task.request.package } : {}), ...(task.request.packed ? { packed: true } : {}) };
    // The worker checks its own clock as it goes; this timer stops one that no longer does.
    task.timer = setTimeout(() => finish(task, { error: readTimedOut(task.limits.timeMs).toBridgeError(), peakMemoryBytes: 0 }, false), task.limits.timeMs + graceMs);
    task.timer.unref?.();
    pooled.worker.postMessage(job, [bytes.buffer]);
  };

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let pooled = [...pool].find((candidate) => !candidate.task);
      if (!pooled) {
        if (pool.size >= maxWorkers) return;
        pooled = spawn() ?? undefined;
        if (!pooled) {
          const task = queue.shift()!;
          finish(task, { error: readerUnavailable().toBridgeError(), unexpected: 'worker could not start', peakMemoryBytes: 0 }, false);
          continue;
        }
      }
      start(queue.shift()!, pooled);
    }
  }

  function cancelTask(task: Task): void {
    const index = queue.indexOf(task);
    if (index >= 0) queue.splice(index, 1);
    finish(task, { error: readCancelled().toBridgeError(), peakMemoryBytes: 0 }, false);
  }

  function cancelAll(): number {
    const tasks = [...queue, ...[...pool].flatMap((pooled) => (pooled.task ? [pooled.task] : []))];
    for (const task of tasks) cancelTask(task);
    return tasks.length;
  }

  const run = (request: TableReadRequest): Promise<TableReadReport> =>
    new Promise((settle) => {
      const task: Task = { request, limits: { ...defaults, ...request.limits }, started: Date.now(), settled: false, settle };
      if (closed) {
        settle({ error: readCancelled().toBridgeError(), peakMemoryBytes: 0, elapsedMs: 0 });
        return;
      }
      if (request.readId) {
        const previous = running.get(request.readId);
        if (previous) cancelTask(previous);
        running.set(request.readId, task);
      }
      queue.push(task);
      pump();
    });

  return {
    run,
    async read(request) {
      const report = await run(request);
      if (report.result) return report.result;
      throw new BridgeException(report.error ?? readerUnavailable().toBridgeError());
    },
    async readPacked(request) {
      const report = await run({ ...request, packed: true });
      if (report.packed) return report.packed;
      throw new BridgeException(report.error ?? readerUnavailable().toBridgeError());
    },
    async readPackage(request) {
      const report = await run(request);
      if (report.package) return report.package;
      throw new BridgeException(report.error ?? readerUnavailable().toBridgeError());
    },
    progress(readId) {
      const task = running.get(readId);
      return task?.worker ? (task.progress ?? null) : null;
    },
    cancel(readId) {
      const task = running.get(readId);
      if (!task) return false;
      cancelTask(task);
      return true;
    },
    cancelAll,
    async close() {
      closed = true;
      cancelAll();
      await Promise.all([...pool].map((pooled) => pooled.worker.terminate().catch(() => undefined)));
      pool.clear();
    },
    get pending() {
      return queue.length + [...pool].filter((pooled) => pooled.task).length;
    },
  };
}
