// Running a report: load (0–40 % of the bar), build, then write the workbook in chunks (40–100 %).
import { isGroupRow, type WorkbookDocument } from '@shared/reports/document/schema';
import { exportWorkbook, type ExportDeps } from '../bridge/export-workbook';
import type { ReportContext, ReportDefinition } from './report-definition';
import { REPORT_TEXTS } from './texts';

/** What the progress bar shows. */
export interface ReportProgress {
  text: string;
  /** 0–100. */
  percent: number;
}

/** How a run ended. */
export interface ReportRunResult {
  /** False when the clerk cancelled the save dialog. */
  saved: boolean;
  /** The file written (Electron: as saved; browser: the download's name). */
  fileName: string;
  /** Data rows in the workbook (group headings, 小计 and 合计 rows not counted). */
  rows: number;
}

/** Data rows of every sheet. */
function countDataRows(document: WorkbookDocument): number {
  return document.sheets.reduce((sum, sheet) => sum + sheet.rows.filter((row) => !isGroupRow(row) && (row.style ?? 'data') === 'data').length, 0);
}

/**
 * Loads, builds and exports `report` with `options` (already parsed by its schema), telling
 * `onProgress` what is happening. Rejects with the export's BridgeException (Chinese message) or
 * whatever `load` threw.
 */
export async function runReport<D>(
  report: ReportDefinition<any, D>,
  ctx: Omit<ReportContext, 'onProgress'>,
  options: unknown,
  onProgress: (progress: ReportProgress) => void,
  deps?: ExportDeps,
): Promise<ReportRunResult> {
  onProgress({ text: REPORT_TEXTS.loading, percent: 0 });
  const data = await report.load({ ...ctx, onProgress: (fraction) => onProgress({ text: REPORT_TEXTS.loading, percent: Math.round(fraction * 40) }) }, options);
  const document = report.build(data, options);
  const rows = countDataRows(document);
  const suggestedName = report.fileName(data, options);
  onProgress({ text: REPORT_TEXTS.writingTotal(rows, report.rowNoun), percent: 40 });
  const result = await exportWorkbook(
    { suggestedName, sheets: document.sheets },
    (done, total) => onProgress({ text: REPORT_TEXTS.writingDone(done, total), percent: 40 + Math.round((done / Math.max(1, total)) * 60) }),
    deps,
  );
  return { saved: result.saved, fileName: result.fileName ?? suggestedName, rows };
}
