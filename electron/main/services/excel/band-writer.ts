// Writes bands (title, 填报单位 row, header, footer lines, 合计 rows) and group headings: a small
// grid of cells with merges, every cell of every column styled (so merged header blocks keep their
// borders), rows made tall enough for wrapped text. Also the one place a value goes into a cell.
//
// Formula injection: every string is written as a plain string value, never `{ formula }`, so
// nothing a clerk typed is ever evaluated; strings Excel would read as a formula when the cell is
// edited (`=`, `+`, `-`, `@`) also get the quotePrefix style (exceljs-patches.ts).
import type { Cell, Row, Worksheet } from 'exceljs';
import { cellValueOf, isRichCell, type Band, type Cell as DocCell, type CellValue, type Highlight, type Merge } from '@shared/reports/document/schema';
import { looksLikeFormula, wrappedRowHeight, type CellKind, type OwnFormat, type SheetStyles } from './report-styles';

/** What writing into one worksheet needs. */
export interface SheetContext {
  sheet: Worksheet;
  styles: SheetStyles;
  /** Column widths, one per column. */
  widths: readonly number[];
}

/** Font size of a kind of cell, for row heights. */
const TITLE_FONT_SIZE = 18;
/** Height of a header row without one of its own (points). */
const HEADER_HEIGHT = 30;

/**
 * Writes `value` into `cell` of 0-based `column` (text stays text, quoted when it looks like a
 * formula) with the style of `kind`, the row's highlight and the cell's own format.
 */
export function writeCell(ctx: SheetContext, cell: Cell, value: CellValue, kind: CellKind, column: number, highlight?: Highlight, own?: OwnFormat): void {
  if (value !== null && value !== '') cell.value = value;
  const quote = typeof value === 'string' && looksLikeFormula(value);
  cell.style = ctx.styles.get(kind, column, highlight, own, quote) as Cell['style'];
}

function spanWidth(ctx: SheetContext, merge: Merge | undefined, column: number): number {
  if (!merge) return ctx.widths[column] ?? 0;
  return ctx.widths.slice(merge.col, merge.col + merge.cols).reduce((sum, width) => sum + width, 0);
}

/**
 * Writes `cells` as `kind` from row `firstRow`: each row across every column, then `merges`
 * (relative to the grid), then the heights (given, or the header default, raised where wrapped
 * text needs more), then commits the rows. Returns the row after the grid.
 */
export function writeGrid(
  ctx: SheetContext,
  kind: CellKind,
  cells: readonly (readonly DocCell[])[],
  merges: readonly Merge[],
  heights: readonly number[] | undefined,
  firstRow: number,
): number {
  const rows: Row[] = cells.map((_, r) => ctx.sheet.getRow(firstRow + r));
  cells.forEach((rowCells, r) => {
    for (let c = 0; c < ctx.widths.length; c++) {
      const cell = rowCells[c] ?? null;
      const excelCell = rows[r]!.getCell(c + 1);
      writeCell(ctx, excelCell, cellValueOf(cell), kind, c, undefined, isRichCell(cell) ? cell : undefined);
      if (isRichCell(cell) && cell.note) excelCell.note = cell.note;
    }
  });
  for (const m of merges) {
    if (m.rows > 1 || m.cols > 1) ctx.sheet.mergeCells(firstRow + m.row, m.col + 1, firstRow + m.row + m.rows - 1, m.col + m.cols);
  }
  cells.forEach((rowCells, r) => {
    let height = heights?.[r] ?? (kind === 'header' ? HEADER_HEIGHT : 0);
    // Header rows keep their given height (their labels are short and the band sets it).
    if (kind !== 'header') {
      rowCells.forEach((cell, c) => {
        const value = cellValueOf(cell);
        if (typeof value !== 'string' || value === '') return;
        const merge = merges.find((m) => m.row === r && m.col === c);
        if (merge && merge.rows > 1) return;
        const needed = wrappedRowHeight(value, spanWidth(ctx, merge, c), kind === 'title' ? TITLE_FONT_SIZE : undefined);
        if (needed !== undefined && needed > height) height = needed;
      });
    }
    if (height > 0) rows[r]!.height = height;
  });
  for (const row of rows) row.commit();
  return firstRow + cells.length;
}

/** Writes `band` from row `firstRow`; returns the row after it. */
export function writeBand(ctx: SheetContext, band: Band, firstRow: number): number {
  return writeGrid(ctx, band.role, band.rows, band.merges ?? [], band.heights, firstRow);
}

/** Writes a group heading merged across every column at `rowNumber`. */
export function writeGroupRow(ctx: SheetContext, text: string, rowNumber: number): void {
  const merges = ctx.widths.length > 1 ? [{ row: 0, col: 0, rows: 1, cols: ctx.widths.length }] : [];
  writeGrid(ctx, 'group', [[text]], merges, undefined, rowNumber);
}
