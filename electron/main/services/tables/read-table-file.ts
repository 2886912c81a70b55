// THE entry point for reading a table file a clerk picked — roster, clock-in export, any import:
// an .xlsx or a CSV, told apart by content, read into the same plain sheets within the budgets of
// one read. The worker (table-read-worker.ts) runs exactly this; tests and the fuzz test call it
// through the worker too.
import { fileTooLarge } from '@shared/ipc/errors';
import type { ReadWorkbookResult } from '@shared/ipc/workbook-schemas';
import { readWorkbook, type ReadProgress } from '../excel/workbook-reader';
import { csvSheetName, readCsv } from './csv-reader';
import { recognizeTableFile, refuseMarkup } from './file-kind';
import { ReadBudget, readLimits, type ReadLimits } from './read-limits';
import { emptyFile, emptyTable } from './read-messages';
import { decodeText } from './text-encoding';

/**
 * Reads the table file `bytes` named `name` (the name is used for messages and a CSV's sheet name,
 * never to decide the format): every sheet as dense rows of text, numbers, true/false and null.
 * Refuses with a Chinese BridgeException anything that is no readable table (see file-kind.ts and
 * workbook-reader.ts), an empty file or table, and any read past a budget of `limits`.
 * `onProgress` hears an .xlsx's unpacked bytes as they are read (a CSV is read in one go).
 */
export async function readTableFile(bytes: Uint8Array, name: string, limits: Partial<ReadLimits> = {}, onProgress?: ReadProgress): Promise<ReadWorkbookResult> {
  const budgets = readLimits(limits);
  if (bytes.byteLength === 0) throw emptyFile();
  if (bytes.byteLength > budgets.maxFileBytes) throw fileTooLarge(name, bytes.byteLength, budgets.maxFileBytes);
  if (recognizeTableFile(bytes) === 'zip') return readWorkbook(bytes, budgets, onProgress);
  const budget = new ReadBudget(budgets);
  const { text } = decodeText(bytes);
  refuseMarkup(text);
  budget.tick();
  const sheet = readCsv(text, csvSheetName(name), budget);
  if (sheet.totalRows === 0) throw emptyTable();
  return { sheets: [sheet] };
}
