// Excel in and out for the screens: a report model → an .xlsx the clerk saves (Electron: the save
// dialog; browser: a download), and a table file the clerk picks → plain rows per sheet. exceljs
// runs in main (or the web host); only plain data crosses the bridge, in chunks for big reports.
import type { Bridge } from '@shared/ipc/contract';
import { toBridgeException } from '@shared/ipc/errors';
import type { ReportRow, WorkbookHead, WorkbookTail } from '@shared/reports/table-model';
import { getBridge } from './get-bridge';
import { downloadFile } from './web-bridge';

/** Rows sent per `xlsx:rows` call (the channel accepts up to 2,000). */
export const EXPORT_CHUNK_ROWS = 1_000;

/** A report ready to export, e.g. `{ suggestedName: '开江县挂职干部花名册.xlsx', ...buildRoster(…) }`. */
export interface WorkbookExport {
  /** Offered in the save dialog / used for the download. */
  suggestedName: string;
  head: WorkbookHead;
  rows: readonly ReportRow[];
  tail: WorkbookTail;
}

/** What `exportWorkbook` needs besides the model (tests pass their own). */
export interface ExportDeps {
  bridge?: Bridge;
  /** Hands the finished bytes to the browser (web host); default: the web bridge's download. */
  download?: (fileName: string, data: Uint8Array) => Promise<unknown>;
}

/**
 * Writes `model` as an .xlsx: `xlsx:begin` (Electron asks where to save), the rows in chunks of
 * 1,000 with `onProgress(done, total)` after each, then `xlsx:finish`. Resolves `{ saved: false }`
 * when the clerk cancels the save dialog. On the web host the finished workbook is downloaded.
 * Any failure aborts the export (nothing is left under the chosen name) and rejects with the
 * BridgeException, whose message is Chinese and can be shown as is.
 */
export async function exportWorkbook(
  model: WorkbookExport,
  onProgress?: (done: number, total: number) => void,
  deps: ExportDeps = {},
): Promise<{ saved: boolean; fileName?: string }> {
  const bridge = deps.bridge ?? getBridge();
  const begun = await bridge.beginWorkbook({ suggestedName: model.suggestedName, head: model.head });
  if (begun === null) return { saved: false };
  const { jobId } = begun;
  const total = model.rows.length;
  try {
    onProgress?.(0, total);
    for (let done = 0; done < total; ) {
      const chunk = model.rows.slice(done, done + EXPORT_CHUNK_ROWS);
      await bridge.appendWorkbookRows({ jobId, rows: chunk });
      done += chunk.length;
      onProgress?.(done, total);
    }
    const finished = await bridge.finishWorkbook({ jobId, tail: model.tail });
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
