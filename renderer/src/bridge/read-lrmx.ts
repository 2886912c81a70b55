// 干部任免审批表 files in, mapped persons out (issue 9, item 7): the clerk picks .lrmx / .lrm / .pic
// files (Electron: the open dialog with multiple selection; browser: a file chooser), main reads
// them (`lrmx:read`, in batches that keep each .lrm with its .pic), and the shared mapping turns
// each record into cadre fields. Writing is the import screen's job.
import { mapLrmxPerson, type LrmxPerson } from '@shared/import/lrmx-cadre';
import { lrmPairKey, type LrmxFileError } from '@shared/import/lrmx-record';
import type { UnitLookup } from '@shared/import/unit-names';
import type { Bridge, FileFilter, OpenedFile } from '@shared/ipc/contract';
import { getBridge } from './get-bridge';

/** Extensions offered in the chooser: 3.x files, 2.0 files and their photos. */
export const LRMX_FILE_FILTERS: FileFilter[] = [{ name: '干部任免审批表（.lrmx、.lrm、.pic）', extensions: ['lrmx', 'lrm', 'pic'] }];
/** Largest file opened (the reader's own limit is 8 MiB; a bigger file is listed as skipped). */
export const LRMX_OPEN_MAX_BYTES = 8 * 1024 * 1024;
/** Most files one choice may hold. */
export const LRMX_OPEN_MAX_FILES = 500;
/** Bytes sent per `lrmx:read` call, well under the web host's request limit. */
export const LRMX_BATCH_BYTES = 32 * 1024 * 1024;
/** Files sent per `lrmx:read` call. */
export const LRMX_BATCH_FILES = 100;

/** The persons read, and every file that could not be read (skipped when opening, or refused by the reader). */
export interface LrmxReadOutcome {
  persons: LrmxPerson[];
  errors: LrmxFileError[];
}

export interface ReadLrmxOptions {
  /** Today, `YYYY-MM-DD` (ID-number checks). */
  today: string;
  /** Registered units, to split 现任职务 into unit and post. */
  units?: UnitLookup;
  title?: string;
  /** Called after each batch with the files done and the files chosen. */
  onProgress?: (done: number, total: number) => void;
  bridge?: Bridge;
}

/**
 * Files in batches of at most LRMX_BATCH_FILES files and LRMX_BATCH_BYTES bytes; files of the same
 * base name (`张三.lrm` and `张三.pic`) always travel together. A single group bigger than a batch
 * goes alone. Order of first appearance is kept.
 */
export function lrmxBatches(files: readonly OpenedFile[]): OpenedFile[][] {
  const groups = new Map<string, OpenedFile[]>();
  for (const file of files) {
    const key = lrmPairKey(file.name);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  const batches: OpenedFile[][] = [];
  let batch: OpenedFile[] = [];
  let bytes = 0;
  for (const group of groups.values()) {
    const size = group.reduce((sum, f) => sum + f.data.byteLength, 0);
    if (batch.length > 0 && (batch.length + group.length > LRMX_BATCH_FILES || bytes + size > LRMX_BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(...group);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Lets the clerk pick 任免审批表 files and reads them: resolves null when the chooser is cancelled,
 * else the mapped persons (file order) and a Chinese message for every file that could not be read.
 * Call it straight from a click handler (a browser opens the chooser only on a user gesture).
 * Rejects with a BridgeException only when the whole call fails (too many files, host unreachable).
 */
export async function readLrmxFiles(opts: ReadLrmxOptions): Promise<LrmxReadOutcome | null> {
  const bridge = opts.bridge ?? getBridge();
  // No await before openFiles: a browser opens the file chooser only inside the click's own task.
  const opened = await bridge.openFiles({
    title: opts.title ?? '选择干部任免审批表文件',
    filters: LRMX_FILE_FILTERS,
    maxBytes: LRMX_OPEN_MAX_BYTES,
    maxFiles: LRMX_OPEN_MAX_FILES,
  });
  if (!opened) return null;
  const outcome: LrmxReadOutcome = { persons: [], errors: opened.skipped.map((s) => ({ fileName: s.name, message: s.message })) };
  const total = opened.files.length + opened.skipped.length;
  let done = opened.skipped.length;
  opts.onProgress?.(done, total);
  for (const batch of lrmxBatches(opened.files)) {
    const { records, errors } = await bridge.readLrmx(batch);
    for (const record of records) outcome.persons.push(mapLrmxPerson(record, { today: opts.today, ...(opts.units ? { units: opts.units } : {}) }));
    outcome.errors.push(...errors);
    done += batch.length;
    opts.onProgress?.(done, total);
  }
  return outcome;
}
