// Writes a report workbook (shared/reports/table-model.ts) with exceljs's STREAMING WorkbookWriter:
// rows go to the zip as they arrive, so a 100,000-row roster never sits in memory as a workbook
// (ENVIRONMENT.md). Layout per DOMAIN §4.0: row 1 title, row 2 填报单位 / 填报日期, row 3 header,
// data from row 4, then the footer lines.
//
// Formula injection: every string is written as a plain string value, never `{ formula }`, so
// nothing a clerk typed is ever evaluated; strings Excel would read as a formula when the cell is
// edited (`=`, `+`, `-`, `@`) also get the quotePrefix style (exceljs-patches.ts).
//
// The file sink writes `<path>.part` and renames it to `<path>` only once the workbook is
// complete, so a cancelled, failed or crashed export never leaves a half file under the real name.
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS, { type Cell, type Row, type Worksheet } from 'exceljs';
import { formatDateChinese } from '@shared/domain/dates';
import { LISTS_SHEET_NAME } from '@shared/ipc/workbook-schemas';
import { BridgeException } from '@shared/ipc/errors';
import { isGroupRow, type ReportRow, type WorkbookHead, type WorkbookTail } from '@shared/reports/table-model';
import { commitTempFile, fileErrorToException } from '../files';
import { centreOnPrintedPage, enableQuotePrefix, type QuotableStyle } from './exceljs-patches';
import { exportCancelled, exportNotOpen, NOT_IN_LIST, tooManyCells } from './messages';
import { BODY_FONT, looksLikeFormula, ReportStyles, wrappedRowHeight } from './report-styles';

/** Where a workbook goes: a file (Electron, after the save dialog) or memory (web host). */
export type WorkbookSink = { kind: 'file'; path: string } | { kind: 'memory' };

/** An export under way. */
export interface WorkbookJob {
  /** Writes more rows after the ones already written. */
  append(rows: readonly ReportRow[]): Promise<void>;
  /** Writes the footer and completes the file; the memory sink resolves with the workbook's bytes. */
  finish(tail: WorkbookTail): Promise<Uint8Array | void>;
  /** Abandons the export: the file sink's `.part` file is removed. Safe to call more than once. */
  abort(): Promise<void>;
  /** Rows (data and group rows) written so far. */
  readonly written: number;
}

/** Row number of the header (title and 填报单位 rows above it) and of the first data row. */
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Rows a template's dropdowns cover when no data row is written (WorkbookHead.inputRows). */
export const DEFAULT_INPUT_ROWS = 1000;
/** Longest inline dropdown list Excel accepts (`"男,女"`, quotes included). */
const MAX_INLINE_LIST_CHARS = 255;
/** Two ideographic spaces: the gap between parts of row 2 on one line. */
const WIDE_GAP = '\u3000\u3000';
/** Rows written between two yields to the event loop, so the zip can drain. */
const ROWS_PER_TICK = 500;

interface Output {
  stream: Writable;
  /** The first error the output reported, if any. */
  error(): unknown;
  /** Rejects with the output's first error (so nothing waits for a stream that has failed). */
  failed: Promise<never>;
  /** After the workbook is committed: the bytes (memory) or the complete file under its name. */
  complete(): Promise<Uint8Array | void>;
  /** Drops everything written. */
  discard(): Promise<void>;
}

function memoryOutput(): Output {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return {
    stream,
    error: () => undefined,
    failed: new Promise<never>(() => undefined),
    complete: async () => {
      const bytes = Buffer.concat(chunks);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    discard: async () => {
      chunks.length = 0;
    },
  };
}

async function fileOutput(path: string): Promise<Output> {
  const part = `${path}.part`;
  let handle: FileHandle;
  try {
    handle = await open(part, 'w');
  } catch (err) {
    throw fileErrorToException(err, basename(path));
  }
  let failure: unknown;
  // The stream closes the handle itself once it has finished or been destroyed.
  const stream = handle.createWriteStream();
  const closed = new Promise<void>((done) => stream.once('close', () => done()));
  const failed = new Promise<never>((_, reject) =>
    stream.on('error', (err) => {
      failure ??= err;
      reject(err);
    }),
  );
  failed.catch(() => undefined);
  return {
    stream,
    error: () => failure,
    failed,
    complete: async () => {
      await closed;
      if (failure) {
        await unlink(part).catch(() => undefined);
        throw fileErrorToException(failure, basename(path));
      }
      await commitTempFile(part, path);
    },
    discard: async () => {
      stream.destroy();
      await closed;
      await unlink(part).catch(() => undefined);
    },
  };
}

/** The letters of a 1-based column number: 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The dropdown formula of `list`: inline when Excel allows, else a range on the hidden list sheet. */
function listFormula(list: readonly string[], listSheet: () => Worksheet, column: number): string {
  const inline = `"${list.map((item) => item.replaceAll('"', '""')).join(',')}"`;
  if (inline.length <= MAX_INLINE_LIST_CHARS && !list.some((item) => item.includes(','))) return inline;
  const sheet = listSheet();
  list.forEach((item, index) => {
    const cell = sheet.getRow(index + 1).getCell(column);
    cell.value = item;
    if (looksLikeFormula(item)) cell.style = { quotePrefix: true } as QuotableStyle as Cell['style'];
  });
  const letter = columnLetter(column);
  return `'${LISTS_SHEET_NAME}'!$${letter}$1:$${letter}$${list.length}`;
}

/**
 * Starts writing `head` (title, 填报单位/日期 and header rows, page setup, dropdown lists, the
 * 填写说明 sheet) to `sink`; rows follow with `append`, the footer with `finish`. Throws a
 * BridgeException (`file-error`) when the file cannot be created.
 */
export async function createWorkbookJob(head: WorkbookHead, sink: WorkbookSink): Promise<WorkbookJob> {
  const output = sink.kind === 'file' ? await fileOutput(sink.path) : memoryOutput();
  try {
    return startWorkbook(head, output, sink.kind === 'file' ? basename(sink.path) : '导出文件');
  } catch (err) {
    await output.discard();
    throw err;
  }
}

function startWorkbook(head: WorkbookHead, output: Output, fileName: string): WorkbookJob {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output.stream, useStyles: true, useSharedStrings: true });
  workbook.creator = '挂职通';
  workbook.lastModifiedBy = '挂职通';
  enableQuotePrefix(workbook);
  const zip = (workbook as unknown as { zip: NodeJS.EventEmitter & { abort(): void } }).zip;
  let zipError: unknown;
  const zipFailed = new Promise<never>((_, reject) =>
    zip.on('error', (err: unknown) => {
      zipError ??= err;
      reject(err);
    }),
  );
  zipFailed.catch(() => undefined);

  const columnCount = head.columns.length;
  const styles = new ReportStyles(head.columns);
  const sheet = workbook.addWorksheet(head.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: head.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `1:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` }],
  });
  centreOnPrintedPage(sheet);
  // The column font also makes exceljs keep a width of exactly 9, which it drops as "default" on a
  // column without style (Excel would then show its own default width).
  sheet.columns = head.columns.map((column) => ({ width: column.width, style: { font: BODY_FONT } }));

  function setText(cell: Cell, text: string, style: QuotableStyle): void {
    cell.value = text;
    cell.style = (looksLikeFormula(text) ? styles.quoted(style) : style) as Cell['style'];
  }

  const tableWidth = head.columns.reduce((sum, column) => sum + column.width, 0);

  /** A row spanning all columns: the text in the first cell, `style` on every cell, tall enough for the text. */
  function spanningRow(row: Row, text: string, style: QuotableStyle, fontSize = 11): void {
    const height = wrappedRowHeight(text, tableWidth, fontSize);
    if (height !== undefined && height > (row.height ?? 0)) row.height = height;
    setText(row.getCell(1), text, style);
    for (let c = 2; c <= columnCount; c++) row.getCell(c).style = style as Cell['style'];
    if (columnCount > 1) sheet.mergeCells(row.number, 1, row.number, columnCount);
  }

  if (head.instructions) {
    const notes = workbook.addWorksheet(head.instructions.sheetName);
    notes.columns = [{ width: 110 }];
    head.instructions.lines.forEach((line, index) => {
      const row = notes.getRow(index + 1);
      setText(row.getCell(1), line, styles.instructions);
      row.commit();
    });
    notes.commit();
  }

  let listSheet: Worksheet | undefined;
  const getListSheet = () => (listSheet ??= workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' }));
  const lists = head.columns.flatMap((column, index) =>
    column.list && column.list.length > 0 ? [{ column: index + 1, formula: listFormula(column.list, getListSheet, index + 1) }] : [],
  );
  listSheet?.commit();

  const titleRow = sheet.getRow(1);
  titleRow.height = 36;
  spanningRow(titleRow, head.title, styles.title, 18);
  titleRow.commit();

  const subtitleRow = sheet.getRow(2);
  subtitleRow.height = 22;
  const unitText = `填报单位：${head.reportingUnit}`;
  const dateText = `填报日期：${formatDateChinese(head.reportDate)}${head.unitNote ? `${WIDE_GAP}${head.unitNote}` : ''}`;
  if (columnCount === 1) {
    setText(subtitleRow.getCell(1), `${unitText}${WIDE_GAP}${dateText}`, styles.subtitleLeft);
  } else {
    const half = Math.floor(columnCount / 2);
    setText(subtitleRow.getCell(1), unitText, styles.subtitleLeft);
    setText(subtitleRow.getCell(half + 1), dateText, styles.subtitleRight);
    if (half > 1) sheet.mergeCells(2, 1, 2, half);
    if (columnCount - half > 1) sheet.mergeCells(2, half + 1, 2, columnCount);
  }
  subtitleRow.commit();

  const headerRow = sheet.getRow(HEADER_ROW);
  headerRow.height = 30;
  head.columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    setText(cell, column.header, styles.header);
    if (column.note) cell.note = column.note;
  });
  headerRow.commit();

  let nextRow = FIRST_DATA_ROW;
  let written = 0;
  let state: 'open' | 'busy' | 'done' | 'aborted' = 'open';

  const ensureOpen = () => {
    if (state === 'aborted') throw exportCancelled();
    if (state !== 'open') throw exportNotOpen();
  };
  /** Throws the first error the zip or the file reported (disk full, USB stick pulled …). */
  const checkOutput = () => {
    const err = zipError ?? output.error();
    if (err) throw fileErrorToException(err, fileName);
  };

  function writeRow(row: ReportRow): void {
    const excelRow = sheet.getRow(nextRow++);
    if (isGroupRow(row)) {
      spanningRow(excelRow, row.group, styles.group);
    } else {
      if (row.cells.length > columnCount) throw tooManyCells(excelRow.number, row.cells.length, columnCount);
      let height = 0;
      for (let c = 0; c < columnCount; c++) {
        const value = row.cells[c] ?? null;
        const cell = excelRow.getCell(c + 1);
        if (value !== null && value !== '') cell.value = value;
        cell.style = styles.data(c, row.highlight, typeof value === 'string' && looksLikeFormula(value)) as Cell['style'];
        if (typeof value === 'string') height = Math.max(height, wrappedRowHeight(value, head.columns[c]!.width) ?? 0);
      }
      if (height > 0) excelRow.height = height;
    }
    excelRow.commit();
    written++;
  }

  const job: WorkbookJob = {
    get written() {
      return written;
    },

    async append(rows) {
      ensureOpen();
      state = 'busy';
      try {
        for (let i = 0; i < rows.length; i++) {
          writeRow(rows[i]!);
          if ((i + 1) % ROWS_PER_TICK === 0) await new Promise((done) => setImmediate(done));
        }
        checkOutput();
      } catch (err) {
        await job.abort();
        throw err;
      }
      state = 'open';
    },

    async finish(tail) {
      ensureOpen();
      state = 'busy';
      try {
        checkOutput();
        const lastData = nextRow - 1;
        for (const line of tail.footerLines) {
          const row = sheet.getRow(nextRow++);
          spanningRow(row, line, styles.footer);
          row.commit();
        }
        const inputEnd = FIRST_DATA_ROW + (head.inputRows ?? DEFAULT_INPUT_ROWS) - 1;
        const listEnd = tail.footerLines.length > 0 ? lastData : Math.max(lastData, inputEnd);
        const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations;
        if (listEnd >= FIRST_DATA_ROW) {
          for (const { column, formula } of lists) {
            const letter = columnLetter(column);
            validations.add(`${letter}${FIRST_DATA_ROW}:${letter}${listEnd}`, {
              type: 'list',
              allowBlank: true,
              formulae: [formula],
              showErrorMessage: true,
              errorStyle: 'warning',
              errorTitle: NOT_IN_LIST.title,
              error: NOT_IN_LIST.message,
            });
          }
        }
        sheet.commit();
        await Promise.race([workbook.commit(), output.failed, zipFailed]);
        checkOutput();
        const bytes = await output.complete();
        state = 'done';
        return bytes;
      } catch (err) {
        await job.abort();
        throw err instanceof BridgeException ? err : fileErrorToException(err, fileName);
      }
    },

    async abort() {
      if (state === 'aborted' || state === 'done') return;
      state = 'aborted';
      try {
        zip.abort();
      } catch {
        // already finished or never started: nothing to stop
      }
      await output.discard();
    },
  };
  return job;
}
