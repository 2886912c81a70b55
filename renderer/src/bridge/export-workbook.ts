// Excel in and out for the screens: a workbook document → an .xlsx the clerk saves (Electron: the
// save dialog; browser: a download), and a table file the clerk picks → plain rows per sheet.
// exceljs runs in main (or the web host); only plain data crosses the bridge, in chunks for big
// workbooks.
import type { Bridge } from '@shared/ipc/contract';
import { toBridgeException } from '@shared/ipc/errors';
import type { Band, BodyRow, SheetHead } from '@shared/reports/document/schema';
import { getBridge } from './get-bridge';
import { downloadFile } from './web-bridge';

/** Rows sent per `xlsx:rows` call (the channel accepts up to 2,000). */
export const EXPORT_CHUNK_ROWS = 1_000;

/**
 * One sheet to export. A report's `build` gives `{ head, rows, footer }` with every row in an
 * array; a long table (a sync package) may instead stream its rows in batches and compute its
 * footer once they are all out.
 */
export interface SheetExport {
  head: SheetHead;
  rows: readonly BodyRow[] | AsyncIterable<readonly BodyRow[]>;
  footer?: readonly Band[] | (() => readonly Band[]);
  /** Rows a streamed sheet will give (for the progress bar); arrays count themselves. */
  rowCount?: number;
}

/** A workbook ready to export, e.g. `{ suggestedName: '开江县挂职干部花名册.xlsx', ...buildRoster(…) }`. */
export interface WorkbookExport {
  /** Offered in the save dialog / used for the download. */
  suggestedName: string;
  sheets: readonly SheetExport[];
}

/** What `exportWorkbook` needs besides the model (tests pass their own). */
export interface ExportDeps {
  bridge?: Bridge;
  /** Hands the finished bytes to the browser (web host); default: the web bridge's download. */
  download?: (fileName: string, data: Uint8Array) => Promise<unknown>;
}

function isRowArray(rows: SheetExport['rows']): rows is readonly BodyRow[] {
  return Array.isArray(rows);
}

/** The rows of `sheet` in chunks of at most EXPORT_CHUNK_ROWS. */
async function* chunksOf(sheet: SheetExport): AsyncGenerator<readonly BodyRow[]> {
  const batches: AsyncIterable<readonly BodyRow[]> | Iterable<readonly BodyRow[]> = isRowArray(sheet.rows) ? [sheet.rows] : sheet.rows;
  for await (const batch of batches) {
    for (let done = 0; done < batch.length; done += EXPORT_CHUNK_ROWS) yield batch.slice(done, done + EXPORT_CHUNK_ROWS);
  }
}

/**
 * Writes `model` as an .xlsx: `xlsx:begin` with every sheet's head (Electron asks where to save),
 * then each sheet's rows in chunks of 1,000 with `onProgress(done, total)` after each, the sheet's
 * footer travelling with its last chunk, then `xlsx:finish`. Resolves `{ saved: false }` when the
 * clerk cancels the save dialog. On the web host the finished workbook is downloaded. Any failure
 * aborts the export (nothing is left under the chosen name) and rejects with the BridgeException,
 * whose message is Chinese and can be shown as is.
 */
export async function exportWorkbook(
  model: WorkbookExport,
  onProgress?: (done: number, total: number) => void,
  deps: ExportDeps = {},
): Promise<{ saved: boolean; fileName?: string }> {
  const bridge = deps.bridge ?? getBridge();
  const begun = await bridge.beginWorkbook({ suggestedName: model.suggestedName, sheets: model.sheets.map((sheet) => sheet.head) });
  if (begun === null) return { saved: false };
  const { jobId } = begun;
  const total = model.sheets.reduce((sum, sheet) => sum + (isRowArray(sheet.rows) ? sheet.rows.length : (sheet.rowCount ?? 0)), 0);
  let done = 0;
  try {
    onProgress?.(0, total);
    for (const [index, sheet] of model.sheets.entries()) {
      // Each chunk is held back one step, so the last one can carry the footer.
      let pending: readonly BodyRow[] | undefined;
      const send = async (rows: readonly BodyRow[], footer?: readonly Band[]) => {
        await bridge.appendWorkbookRows({ jobId, sheet: index, rows: [...rows], ...(footer ? { footer: [...footer] } : {}) });
        done += rows.length;
        onProgress?.(done, Math.max(total, done));
      };
      for await (const chunk of chunksOf(sheet)) {
        if (pending) await send(pending);
        pending = chunk;
      }
      const footer = typeof sheet.footer === 'function' ? sheet.footer() : (sheet.footer ?? []);
      if (pending || footer.length > 0) await send(pending ?? [], footer);
    }
    const finished = await bridge.finishWorkbook({ jobId });
    if (finished.data) {
      const download =
        deps.download ?? ((fileName: string, data: Uint8Array) => downloadFile({ suggestedName: fileName, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }], data }));
      await download(finished.fileName, finished.data);
    }
    return { saved: true, fileName: finished.fileName };
  } catch (err) {
    await bridge.abortWorkbook({ jobId }).catch(() => undefined);
    throw toBridgeException(err);
  }
}

// Reading a table file lives in ./read-table-file.ts; the names the roster wizard uses stay here.
export { openTableFile as readWorkbookFile, type TableFile as WorkbookFile } from './read-table-file';
