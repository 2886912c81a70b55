// Test helper: a whole workbook document through the streaming job, sheet by sheet, the footer
// with each sheet's last rows — as the renderer's exportWorkbook sends it over the bridge.
import { createWorkbookJob, type WorkbookJobOptions, type WorkbookSink } from '../../../electron/main/services/excel/workbook-writer';
import type { WorkbookDocument } from '@shared/reports/document/schema';

/** Writes `doc` to `sink` in chunks of `chunk` rows; resolves with the bytes of a memory sink. */
export async function writeDocument(doc: WorkbookDocument, sink: WorkbookSink, options: WorkbookJobOptions & { chunk?: number } = {}): Promise<Uint8Array | void> {
  const job = await createWorkbookJob(
    doc.sheets.map((sheet) => sheet.head),
    sink,
    options,
  );
  const chunk = options.chunk ?? 1000;
  for (const [index, sheet] of doc.sheets.entries()) {
    for (let done = 0; done < sheet.rows.length; done += chunk) {
      const last = done + chunk >= sheet.rows.length;
      await job.append(index, sheet.rows.slice(done, done + chunk), last ? sheet.footer : undefined);
    }
    if (sheet.rows.length === 0) await job.append(index, [], sheet.footer);
  }
  return job.finish();
}
