// Writes a workbook document (shared/reports/document/schema.ts) with exceljs's STREAMING
// WorkbookWriter: rows go to the zip as they arrive, so a 100,000-row roster never sits in memory
// as a workbook (ENVIRONMENT.md). The layout pieces live beside this file: sheet-setup.ts (columns,
// freeze, print), band-writer.ts (bands, group rows, cell values and formula protection),
// sheet-writer.ts (one sheet: head, body, footer, continuation past Excel's row limit),
// dropdown-lists.ts (template dropdowns), report-styles.ts (the look).
//
// Sheets are written one after another, in the order declared at the start. Each worksheet is
// added to the zip only when its turn comes, and completed before the next one starts, so the
// zip never has to hold one sheet's rows while another is still open.
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { Band, BodyRow, SheetHead } from '@shared/reports/document/schema';
import { BridgeException } from '@shared/ipc/errors';
import { fileErrorToException } from '../files';
import { DropdownLists } from './dropdown-lists';
import { enableQuotePrefix } from './exceljs-patches';
import { exportCancelled, exportNotOpen, noSuchSheet, sheetComplete } from './messages';
import { SheetNames, SheetWriter } from './sheet-writer';
import { openOutput, type Output, type WorkbookSink } from './workbook-output';

export type { WorkbookSink } from './workbook-output';

/** An export under way. */
export interface WorkbookJob {
  /**
   * Writes more body rows of sheet `sheet` (an index into the declared sheets). Going on to a later
   * sheet completes the earlier ones; `footer` completes this one, written under its rows.
   */
  append(sheet: number, rows: readonly BodyRow[], footer?: readonly Band[]): Promise<void>;
  /** Completes the remaining sheets and the file; the memory sink resolves with the workbook's bytes. */
  finish(): Promise<Uint8Array | void>;
  /** Abandons the export: the file sink's `.part` file is removed. Safe to call more than once. */
  abort(): Promise<void>;
  /** Body rows (data and group rows, every sheet) written so far. */
  readonly written: number;
}

/** Settings tests change. */
export interface WorkbookJobOptions {
  /** Body rows per sheet before continuing on another (default: as many as Excel allows). */
  maxBodyRows?: number;
}

/** Rows written between two yields to the event loop, so the zip can drain. */
const ROWS_PER_TICK = 500;

/**
 * Starts writing a workbook of `sheets` (their heads, in tab order) to `sink`; rows follow with
 * `append`. Throws a BridgeException (`file-error`) when the file cannot be created.
 */
export async function createWorkbookJob(sheets: readonly SheetHead[], sink: WorkbookSink, options: WorkbookJobOptions = {}): Promise<WorkbookJob> {
  const output = await openOutput(sink);
  try {
    return startWorkbook(sheets, output, sink.kind === 'file' ? basename(sink.path) : '导出文件', options);
  } catch (err) {
    await output.discard();
    throw err;
  }
}

function startWorkbook(heads: readonly SheetHead[], output: Output, fileName: string, options: WorkbookJobOptions): WorkbookJob {
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

  const names = new SheetNames();
  for (const head of heads) names.claim(head.name);
  const dropdowns = new DropdownLists();
  const visibility: boolean[] = [];
  const writers: SheetWriter[] = [];
  /** Index of the sheet being written (all before it are complete). */
  let current = 0;

  const writerOf = (index: number): SheetWriter => {
    const listOffset = heads.slice(0, index).reduce((sum, head) => sum + head.columns.length, 0);
    return (writers[index] ??= new SheetWriter(heads[index]!, {
      workbook,
      dropdowns,
      listOffset,
      names,
      onSheetAdded: (visible) => visibility.push(visible),
      ...(options.maxBodyRows ? { maxBodyRows: options.maxBodyRows } : {}),
    }));
  };
  /** Completes every sheet before `index` not yet complete. */
  const completeBefore = (index: number) => {
    for (; current < index; current++) {
      const writer = writerOf(current);
      if (!writer.closed) writer.close([]);
    }
  };
  const sheetFor = (index: number): SheetWriter => {
    if (index >= heads.length) throw noSuchSheet(index, heads.length);
    if (index < current || writers[index]?.closed) throw sheetComplete(heads[index]!.name);
    completeBefore(index);
    return writerOf(index);
  };

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

  const job: WorkbookJob = {
    get written() {
      return written;
    },

    async append(sheet, rows, footer) {
      ensureOpen();
      state = 'busy';
      try {
        const writer = sheetFor(sheet);
        for (let i = 0; i < rows.length; i++) {
          writer.writeRow(rows[i]!);
          written++;
          if ((i + 1) % ROWS_PER_TICK === 0) await new Promise((done) => setImmediate(done));
        }
        if (footer) writer.close(footer);
        checkOutput();
      } catch (err) {
        await job.abort();
        throw err;
      }
      state = 'open';
    },

    async finish() {
      ensureOpen();
      state = 'busy';
      try {
        checkOutput();
        completeBefore(heads.length);
        dropdowns.writeListSheet(workbook);
        // A hidden first sheet (a package's _manifest) must not be the tab Excel opens on.
        const firstVisible = visibility.indexOf(true);
        if (firstVisible > 0) workbook.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: firstVisible, activeTab: firstVisible, visibility: 'visible' }];
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
