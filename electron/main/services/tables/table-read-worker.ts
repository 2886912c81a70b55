// The worker thread that reads table files (issue 8 item 2): readTableFile (and, for an exchange
// package, the decoding and checking of its records: shared/sync/package/decoder.ts), in a
// V8 isolate of its own with heap limits, so a zip bomb or a runaway file exhausts the worker, not
// Electron main or the web host, and a cancel can stop it for real (the parent terminates it).
//
// Built into one self-contained CommonJS file (out/worker/table-read-worker.cjs) by
// scripts/build-read-worker.mjs; table-reader.ts starts it. Protocol: the parent posts a
// ReadJob (the bytes transferred, not copied), the worker posts ReadProgressMessages while it
// reads (at most one every PROGRESS_INTERVAL_MS) and then one ReadAnswer per job.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { BridgeError, ReadProgress } from '@shared/ipc/contract';
import { BridgeException } from '@shared/ipc/errors';
import { packedBuffers, packWorkbook } from '@shared/ipc/packed-sheets';
import type { PackedWorkbook, ReadWorkbookResult } from '@shared/ipc/workbook-schemas';
import { decodePackage, PackageRefusal, type DecodeOptions } from '@shared/sync/package/decoder';
import { nativeSha256 } from '../package/native-sha256';
import { pageBuffers, pagedPackage, type PagedPackage } from '../package/paged-tables';
import type { ReadLimits } from './read-limits';
import { readTableFile } from './read-table-file';

/** What the parent asks for; with `package`, the file is read AND decoded as an exchange package. */
export interface ReadJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  limits: ReadLimits;
  package?: DecodeOptions;
  /** Answer the sheets packed (shared/ipc/packed-sheets.ts), their buffers transferred, not cloned. */
  packed?: boolean;
}

/** What the worker answers: the sheets (or the decoded package), a refusal, or (`error: null`) an unexpected failure. */
export type ReadAnswer =
  | { id: number; ok: true; result?: ReadWorkbookResult; packed?: PackedWorkbook; package?: PagedPackage; peakMemoryBytes: number }
  | { id: number; ok: false; error: BridgeError | null; detail?: string; peakMemoryBytes: number };

/** How far a job has got (`progress` tells it from an answer). */
export interface ReadProgressMessage {
  id: number;
  progress: ReadProgress;
}

/** Shortest time between two progress messages of a job. */
export const PROGRESS_INTERVAL_MS = 200;

/** The code of a package the decoder refused (its message says why). */
export const PACKAGE_REFUSED = 'package-refused';

/** Memory of this isolate: its heap plus the ArrayBuffers it holds (the file's bytes). */
function memoryInUse(): number {
  const stats = getHeapStatistics();
  return stats.total_heap_size + stats.external_memory;
}

/** A progress reporter for `job` that posts at most one message every PROGRESS_INTERVAL_MS. */
function progressOf(job: ReadJob, phase: ReadProgress['phase']): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    const message: ReadProgressMessage = { id: job.id, progress: { phase, done, total } };
    parentPort?.postMessage(message);
  };
}

async function answer(job: ReadJob): Promise<ReadAnswer> {
  let peak = memoryInUse();
  // The read awaits between chunks, so this samples the heap while it grows.
  const sampler = setInterval(() => {
    peak = Math.max(peak, memoryInUse());
  }, 10);
  try {
    const result = await readTableFile(job.bytes, job.name, job.limits, progressOf(job, 'reading'));
    if (job.packed) return { id: job.id, ok: true, packed: packWorkbook(result), peakMemoryBytes: Math.max(peak, memoryInUse()) };
    if (!job.package) return { id: job.id, ok: true, result, peakMemoryBytes: Math.max(peak, memoryInUse()) };
    // Checking goes on into the paging: the decoder's three steps per record, then one per record paged.
    const checking = progressOf(job, 'checking');
    const decoded = decodePackage(result.sheets, job.package, { onProgress: (done, total) => checking(done, (total * 4) / 3), sha256: nativeSha256 });
    const records = Object.values(decoded.tables).reduce((sum, rows) => sum + rows.length, 0);
    const paged = pagedPackage(decoded, (done) => checking(3 * records + done, 4 * records));
    return { id: job.id, ok: true, package: paged, peakMemoryBytes: Math.max(peak, memoryInUse()) };
  } catch (err) {
    const error = err instanceof BridgeException ? err.toBridgeError() : err instanceof PackageRefusal ? { code: PACKAGE_REFUSED, message: err.message } : null;
    const detail = error ? undefined : err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err);
    return { id: job.id, ok: false, error, ...(detail ? { detail } : {}), peakMemoryBytes: Math.max(peak, memoryInUse()) };
  } finally {
    clearInterval(sampler);
  }
}

parentPort?.on('message', (job: ReadJob) => {
  // Packed sheets and a package's pages are moved, not copied.
  void answer(job).then((reply) => parentPort!.postMessage(reply, !reply.ok ? [] : reply.packed ? packedBuffers(reply.packed) : reply.package ? pageBuffers(reply.package.tables) : []));
});
