// Writes one declared sheet: its head bands, its body rows as they arrive, its footer bands, its
// dropdowns. A body too long for one Excel sheet continues on `<name>(2)`, `<name>(3)` … placed
// right after it, each with the same head (title and header repeated), so a clerk or a reader sees
// every part as the same table.
import type { Row, stream, Worksheet } from 'exceljs';
import {
  bandWidthProblem,
  continuationSheetName,
  EXCEL_MAX_ROWS,
  isGroupRow,
  isRichCell,
  MAX_BAND_ROWS,
  MAX_BANDS,
  type Band,
  type BodyRow,
  type CellValue,
  type DataRow,
  type SheetHead,
} from '@shared/reports/document/schema';
import { writeBand, writeCell, writeGroupRow, type SheetContext } from './band-writer';
import { addDropdowns, type Dropdown, type DropdownLists } from './dropdown-lists';
import { continuationNameTaken, footerDoesNotFit, tooManyCells } from './messages';
import { SheetStyles, wrappedRowHeight } from './report-styles';
import { addSheet } from './sheet-setup';

/** Rows a template's dropdowns cover when the body is shorter (SheetHead.inputRows). */
export const DEFAULT_INPUT_ROWS = 1000;
/** Rows kept free below the body of a full sheet, so the largest footer still fits. */
const FOOTER_RESERVE = MAX_BANDS * MAX_BAND_ROWS;

/** Sheet names already in the workbook, compared as Excel does (ignoring case). */
export class SheetNames {
  private readonly taken = new Set<string>();
  /** Registers `name`; false when it was taken. */
  claim(name: string): boolean {
    const key = name.toLowerCase();
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}

/** Everything a sheet writer shares with the rest of the workbook. */
export interface SheetWriterDeps {
  workbook: stream.xlsx.WorkbookWriter;
  dropdowns: DropdownLists;
  /** Columns of the sheets before this one (where its long lists go on the hidden sheet). */
  listOffset: number;
  names: SheetNames;
  /** Called with each worksheet added, in tab order, and whether it is visible. */
  onSheetAdded: (visible: boolean) => void;
  /** Body rows per part before continuing on another sheet (tests lower it). */
  maxBodyRows?: number;
}

/** Writes one sheet of the document; parts are added to the workbook as they are needed. */
export class SheetWriter {
  /** True once the footer is written and the sheet committed. */
  closed = false;
  private readonly headRows: number;
  private readonly maxBodyRows: number;
  private readonly dropdowns: Dropdown[];
  private part = 0;
  private ctx!: SheetContext;
  private nextRow = 0;
  private bodyStart = 0;

  constructor(
    private readonly head: SheetHead,
    private readonly deps: SheetWriterDeps,
  ) {
    this.headRows = (head.bands ?? []).reduce((sum, band) => sum + band.rows.length, 0);
    this.maxBodyRows = deps.maxBodyRows ?? EXCEL_MAX_ROWS - this.headRows - FOOTER_RESERVE;
    this.dropdowns = deps.dropdowns.dropdownsOf(head.columns, deps.listOffset);
    this.openPart();
  }

  private openPart(): void {
    this.part++;
    const name = this.part === 1 ? this.head.name : continuationSheetName(this.head.name, this.part);
    if (this.part > 1 && !this.deps.names.claim(name)) throw continuationNameTaken(this.head.name, name);
    const sheet: Worksheet = addSheet(this.deps.workbook, name, this.head, this.headRows);
    this.deps.onSheetAdded((this.head.state ?? 'visible') === 'visible');
    this.ctx = { sheet, styles: new SheetStyles(this.head.columns), widths: this.head.columns.map((c) => c.width) };
    let row = 1;
    for (const band of this.head.bands ?? []) row = writeBand(this.ctx, band, row);
    this.bodyStart = this.nextRow = row;
  }

  /** Commits the current part; its dropdowns cover the body, or the template's input rows when there is no footer. */
  private closePart(footer: readonly Band[]): void {
    const lastBody = this.nextRow - 1;
    const inputEnd = this.bodyStart + (this.head.inputRows ?? DEFAULT_INPUT_ROWS) - 1;
    for (const band of footer) this.nextRow = writeBand(this.ctx, band, this.nextRow);
    addDropdowns(this.ctx.sheet, this.dropdowns, this.bodyStart, footer.length > 0 ? lastBody : Math.max(lastBody, inputEnd));
    this.ctx.sheet.commit();
  }

  /** Writes one body row, continuing on a new sheet when this one is full. */
  writeRow(row: BodyRow): void {
    if (this.nextRow - this.bodyStart >= this.maxBodyRows) {
      this.closePart([]);
      this.openPart();
    }
    const rowNumber = this.nextRow++;
    if (isGroupRow(row)) writeGroupRow(this.ctx, row.group, rowNumber);
    else this.writeDataRow(this.ctx.sheet.getRow(rowNumber), row);
  }

  private writeDataRow(excelRow: Row, row: DataRow): void {
    const { widths } = this.ctx;
    if (row.cells.length > widths.length) throw tooManyCells(excelRow.number, row.cells.length, widths.length);
    const kind = row.style ?? 'data';
    let height = 0;
    for (let c = 0; c < widths.length; c++) {
      const cell = row.cells[c] ?? null;
      const rich = isRichCell(cell) ? cell : undefined;
      const value = rich ? rich.value : (cell as CellValue);
      const excelCell = excelRow.getCell(c + 1);
      writeCell(this.ctx, excelCell, value, kind, c, row.highlight, rich);
      if (rich?.note) excelCell.note = rich.note;
      if (typeof value === 'string' && value.length > 0) height = Math.max(height, wrappedRowHeight(value, widths[c]!) ?? 0);
    }
    if (height > 0) excelRow.height = height;
    excelRow.commit();
  }

  /** Writes `footer` under the body and commits the sheet. */
  close(footer: readonly Band[]): void {
    for (const band of footer) {
      const problem = bandWidthProblem(band, this.head.columns.length);
      if (problem) throw footerDoesNotFit(this.head.name, problem);
    }
    this.closePart(footer);
    this.closed = true;
  }
}
