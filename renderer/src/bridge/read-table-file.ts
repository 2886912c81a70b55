// A table file in for the import wizards: the clerk picks an .xlsx or a CSV (Electron: the open
// dialog; browser: a file chooser), main (or the web host) reads it in a worker thread, and the
// wizard gets plain rows per sheet — or a Chinese refusal it can show as is. A read can be
// cancelled with an AbortSignal: main then terminates the worker, which really stops it.
import type { Bridge, FileFilter, PackedWorkbook, ReadSheet } from '@shared/ipc/contract';
import { BridgeException, bridgeException, toBridgeException } from '@shared/ipc/errors';
import { unpackWorkbook } from '@shared/ipc/packed-sheets';
import { getBridge } from './get-bridge';

/** Largest table file a wizard opens. */
export const READ_MAX_BYTES = 50 * 1024 * 1024;

/**
 * What the chooser offers: the formats read, and .xls so that a clerk who picks one is told to
 * save it as .xlsx instead of not finding the file at all.
 */
export const TABLE_FILE_FILTERS: FileFilter[] = [{ name: '表格文件（Excel 工作簿、CSV）', extensions: ['xlsx', 'csv', 'txt', 'xls'] }];

/** A table file read into plain rows per sheet. */
export interface TableFile {
  /** Base name of the chosen file. */
  fileName: string;
  sheets: ReadSheet[];
}

export interface ReadTableOptions {
  /** Rows kept per sheet (default 50,000). */
  maxRows?: number;
  /** Aborting it cancels the read. */
  signal?: AbortSignal;
  bridge?: Bridge;
}

/** The refusal a cancelled read rejects with. */
export function readCancelledError(): BridgeException {
  return new BridgeException({ code: 'table-read-cancelled', message: '已取消读取文件。' });
}

/** The rows of an answer from main; inconsistent packed rows are an `invalid-response`. */
function unpack(packed: PackedWorkbook): ReadSheet[] {
  try {
    return unpackWorkbook(packed).sheets;
  } catch {
    throw bridgeException('invalid-response');
  }
}

/**
 * Reads a file the renderer already holds (picked, or dropped on the page). Rejects with a
 * BridgeException (Chinese message): the reader's refusals, or `table-read-cancelled` at once when
 * `signal` aborts (main is told to stop the read).
 */
export async function readTableBytes(file: { name: string; data: Uint8Array }, options: ReadTableOptions = {}): Promise<TableFile> {
  const bridge = options.bridge ?? getBridge();
  const { signal } = options;
  if (signal?.aborted) throw readCancelledError();
  const readId = crypto.randomUUID();
  const reading = bridge.readWorkbook({
    data: file.data,
    name: file.name,
    readId,
    ...(options.maxRows ? { maxRows: options.maxRows } : {}),
  });
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      void bridge.cancelRead({ readId }).catch(() => undefined);
      reject(readCancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const packed = await Promise.race([reading, aborted]);
    return { fileName: file.name, sheets: unpack(packed) };
  } catch (err) {
    throw toBridgeException(err);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    // A read that lost the race must not surface as an unhandled rejection.
    reading.catch(() => undefined);
  }
}

/**
 * Lets the clerk pick a table file (.xlsx, CSV; call it straight from a click handler — browsers
 * open file choosers only on a user gesture) and reads it. Resolves null when the clerk cancels
 * the chooser. Rejects like readTableBytes, and for a file over 50 MiB.
 */
export async function openTableFile(options: ReadTableOptions & { title?: string } = {}): Promise<TableFile | null> {
  const bridge = options.bridge ?? getBridge();
  // No await before openFile: a browser opens the file chooser only inside the click's own task.
  const file = await bridge.openFile({ title: options.title ?? '选择表格文件', filters: TABLE_FILE_FILTERS, maxBytes: READ_MAX_BYTES });
  if (!file) return null;
  return readTableBytes(file, { ...options, bridge });
}
