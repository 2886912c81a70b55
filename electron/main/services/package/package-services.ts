// The exchange package channels (issue 11 items 1 and 4), the same for Electron main and the web
// host: writing a package as a job (`package:begin` → `package:rows` × n → `package:finish`, or
// `package:abort`) and reading one (`package:read`: read and checked in a worker, its records then
// fetched in chunks with `held:records` and dropped with `held:release`).
import { readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FileFilter } from '@shared/ipc/contract';
import type { ServiceTable } from '../dispatch';
import { createJobRegistry, type JobRegistry } from '../excel/job-registry';
import { withXlsxExtension } from '../excel/workbook-jobs';
import type { WorkbookSink } from '../excel/workbook-writer';
import { fileErrorToException } from '../files';
import type { ReadLimits } from '../tables/read-limits';
import type { TableReader } from '../tables/table-reader';
import type { HeldData } from './held-data';
import { ChunkOrder } from './chunk-order';
import { packageBusy, packageNotFound } from './messages';
import { createPackageWriter, type PackageWriteJob } from './package-writer';

/** The channels of exchange packages. */
export type PackageChannel = 'package:begin' | 'package:rows' | 'package:finish' | 'package:abort' | 'package:read' | 'held:records' | 'held:release';

/** The save dialog's file type list for packages. */
export const PACKAGE_FILTERS: FileFilter[] = [{ name: '挂职通数据包（Excel 工作簿）', extensions: ['xlsx'] }];

const MIB = 1024 * 1024;

/**
 * Budgets of reading a package: a county's data for years (a million attendance days are 48,000
 * month records; 30,000 纪实 entries; photos) fits with room to spare; a zip bomb or a runaway
 * file still stops at the limits, and the worker's heap (PACKAGE_WORKER_HEAP) is the last stop.
 */
export const PACKAGE_READ_LIMITS: Partial<ReadLimits> = {
  maxFileBytes: 400 * MIB,
  maxUnpackedBytes: 1_500 * MIB,
  maxPartBytes: 800 * MIB,
  maxSheets: 200,
  maxRowElements: 4_000_000,
  maxCells: 40_000_000,
  maxSharedStrings: 20_000_000,
  timeMs: 600_000,
  maxRows: 1_048_576,
};

/** Heap of the worker that reads packages: room for the sheets and the decoded records at once. */
export const PACKAGE_WORKER_HEAP = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64 } as const;

export interface PackageServicesOptions {
  /** Electron: the save dialog (a full path, or null when cancelled). Without it, bytes come back from finish. */
  chooseSavePath?: (options: { suggestedName: string; filters: FileFilter[] }) => Promise<string | null>;
  /** Web host: write packages under way to temporary files in this folder instead of memory. */
  tempDir?: string;
  /** Reads packages in a worker (created with PACKAGE_WORKER_HEAP). */
  reader: TableReader;
  /** Where read packages are kept for the renderer. */
  held: HeldData;
  /** Default 10 minutes (the web host: one). */
  idleTimeoutMs?: number;
  sweepIntervalMs?: number;
}

interface Entry {
  writer: PackageWriteJob;
  fileName: string;
  tempPath?: string;
  abort(): Promise<void>;
}

/** The package services and their jobs. */
export function createPackageServices(options: PackageServicesOptions): { services: ServiceTable<PackageChannel>; jobs: JobRegistry<Entry> } {
  const maxJobs = 2;
  const jobs = createJobRegistry<Entry>({
    maxJobs,
    idleTimeoutMs: options.idleTimeoutMs ?? 10 * 60_000,
    ...(options.sweepIntervalMs !== undefined ? { sweepIntervalMs: options.sweepIntervalMs } : {}),
    busy: () => packageBusy(maxJobs),
    notFound: packageNotFound,
  });

  /** The chunk order of each job being written, by job id (dropped with the job). */
  const orders = new Map<string, ChunkOrder>();

  const services: ServiceTable<PackageChannel> = {
    'package:begin': async ({ suggestedName, header }) => {
      await jobs.ensureRoom();
      const name = withXlsxExtension(suggestedName);
      let sink: WorkbookSink = { kind: 'memory' };
      let fileName = name;
      let tempPath: string | undefined;
      if (options.chooseSavePath) {
        const chosen = await options.chooseSavePath({ suggestedName: name, filters: PACKAGE_FILTERS });
        if (chosen === null) return null;
        const path = withXlsxExtension(chosen);
        sink = { kind: 'file', path };
        fileName = basename(path);
        await jobs.ensureRoom();
      } else if (options.tempDir) {
        tempPath = join(options.tempDir, `gzt-package-${randomUUID()}.xlsx`);
        sink = { kind: 'file', path: tempPath };
      }
      const writer = await createPackageWriter(header, sink);
      const order = new ChunkOrder();
      let jobId = '';
      const abort = async () => {
        order.stop(packageNotFound());
        orders.delete(jobId);
        await writer.abort();
        if (tempPath) await unlink(tempPath).catch(() => undefined);
      };
      jobId = jobs.add({ writer, fileName, ...(tempPath ? { tempPath } : {}), abort });
      orders.set(jobId, order);
      return { jobId };
    },

    'package:rows': async ({ jobId, table, rows, seq }) => {
      const order = orders.get(jobId);
      if (!order) throw packageNotFound();
      try {
        await order.turn(seq);
      } catch (err) {
        // A chunk repeated or far ahead: the package cannot be right, so it ends here.
        await jobs.end(jobId);
        throw err;
      }
      try {
        return await jobs.run(jobId, async (entry) => {
          await entry.writer.append(table, rows);
          return { written: entry.writer.written };
        });
      } finally {
        order.done();
      }
    },

    'package:finish': async ({ jobId, ...sent }) => {
      orders.delete(jobId);
      return jobs.run(
        jobId,
        async (entry) => {
          const { bytes, manifest } = await entry.writer.finish(sent);
          const done = { fileName: entry.fileName, contentSha256: manifest.contentSha256, seen: manifest.seen };
          if (entry.tempPath) {
            try {
              const buffer = await readFile(entry.tempPath);
              return { ...done, data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
            } catch (err) {
              throw fileErrorToException(err, entry.fileName);
            } finally {
              await unlink(entry.tempPath).catch(() => undefined);
            }
          }
          return bytes ? { ...done, data: bytes } : done;
        },
        { done: true },
      );
    },

    'package:abort': async ({ jobId }) => {
      await jobs.end(jobId);
      return { aborted: true };
    },

    'package:read': async ({ data, name, schemaVersion, readId }) => {
      const decoded = await options.reader.readPackage({
        bytes: data,
        name,
        ...(readId ? { readId } : {}),
        limits: PACKAGE_READ_LIMITS,
        package: { schemaVersion, now: Date.now() },
      });
      const handle = await options.held.holdPaged(decoded.tables);
      const counts = Object.fromEntries(Object.entries(decoded.tables).map(([t, paged]) => [t, paged.total]));
      return { handle, manifest: decoded.manifest, counts, latestStamp: decoded.latestStamp, migrationConflicts: decoded.migrationConflicts };
    },

    'held:records': async ({ handle, table, offset, limit }) => {
      return options.held.rows(handle, table, offset, limit);
    },

    'held:release': async ({ handle }) => ({ released: await options.held.release(handle) }),
  };
  return { services, jobs };
}
