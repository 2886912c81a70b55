// Test helper: a whole workbook document through the streaming job, sheet by sheet, the footer
// with each sheet's last rows — as the renderer's exportWorkbook sends it over the bridge.
import { createWorkbookJob, type WorkbookJobOptions, type WorkbookSink } from '../../../electron/main/services/excel/workbook-writer';
import { textLines } from '@shared/reports/document/bands';
import { countySheetHead, type CountySheetOptions } from '@shared/reports/document/county-sheet';
import { notesSheet } from '@shared/reports/document/notes-sheet';
import type { BodyRow, WorkbookDocument } from '@shared/reports/document/schema';

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

/**
 * Test shorthand for the commonest workbook: one county sheet (title, 填报单位 row, one header row),
 * its data rows, footer lines and optionally a 填写说明 sheet, written to memory.
 */
export async function writeCountySheet(sheet: CountySheetOptions, rows: BodyRow[], footerLines: readonly string[] = [], notes?: { name: string; lines: string[] }): Promise<Uint8Array> {
  const doc: WorkbookDocument = {
    sheets: [{ head: countySheetHead(sheet), rows, footer: textLines(footerLines, sheet.columns.length) }, ...(notes ? [notesSheet(notes.name, notes.lines)] : [])],
  };
  return (await writeDocument(doc, { kind: 'memory' })) as Uint8Array;
}
