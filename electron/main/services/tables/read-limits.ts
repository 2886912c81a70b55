// Budgets of one table-file read (issue 8 item 2), checked AS THE READ GOES: every chunk of
// unpacked XML, every row element, every cell with a value, every shared string and the clock.
// The first budget exceeded stops the read with a Chinese message naming the limit. The worker
// that runs the read (table-read-worker.ts) adds two hard stops of its own: V8 heap limits and a
// timer in the parent, so even a bug here cannot take the app down.
import { DEFAULT_READ_MAX_ROWS } from '@shared/ipc/workbook-schemas';
import { readTimedOut, tooMuchContent } from './read-messages';

const MIB = 1024 * 1024;

/** What one read may cost. */
export interface ReadLimits {
  /** The file itself (as picked). */
  maxFileBytes: number;
  /** All parts of a workbook read, unpacked, together (zip bombs). */
  maxUnpackedBytes: number;
  /** One part of a workbook, unpacked. */
  maxPartBytes: number;
  /** Worksheets in a workbook. */
  maxSheets: number;
  /** Row elements read (empty ones included), all sheets together. */
  maxRowElements: number;
  /** Cells holding a value, all sheets together. */
  maxCells: number;
  /** Entries of the shared-string table. */
  maxSharedStrings: number;
  /** Characters of one cell (Excel's own limit is 32,767). */
  maxCellChars: number;
  /** Wall-clock time of the whole read. */
  timeMs: number;
  /** Rows kept per sheet; rows beyond are counted, not returned. */
  maxRows: number;
}

/**
 * The budgets the import wizards read with. Sized for the largest real input (a county roster of
 * 50,000 rows × 40 columns is 2 M cells and about 80 MB of sheet XML) and below what a worker can
 * hold (about 430 MB of heap); a part is limited to 200 MB.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 100 * MIB,
  maxUnpackedBytes: 400 * MIB,
  maxPartBytes: 200 * MIB,
  maxSheets: 100,
  maxRowElements: 1_048_576,
  maxCells: 3_000_000,
  maxSharedStrings: 2_000_000,
  maxCellChars: 32_767,
  timeMs: 60_000,
  maxRows: DEFAULT_READ_MAX_ROWS,
};

/** Limits for one read: the defaults with `overrides` applied. */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}

/**
 * The running totals of one read against its limits. Each `add…` throws the Chinese refusal as
 * soon as a limit is passed; `tick()` checks the clock (call it once per chunk or batch).
 */
export class ReadBudget {
  private unpacked = 0;
  private rowElements = 0;
  private cells = 0;
  private slots = 0;
  private sharedStrings = 0;
  private readonly deadline: number;

  constructor(
    readonly limits: ReadLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.timeMs;
  }

  /** Unpacked bytes counted so far (for progress). */
  get unpackedSoFar(): number {
    return this.unpacked;
  }

  /** Counts `bytes` more unpacked bytes of a part that has `partTotal` so far. */
  unpackedBytes(bytes: number, partTotal: number): void {
    this.unpacked += bytes;
    if (partTotal > this.limits.maxPartBytes) throw tooMuchContent('单个工作表或部件解压后', this.limits.maxPartBytes, 'bytes');
    if (this.unpacked > this.limits.maxUnpackedBytes) throw tooMuchContent('文件解压后的内容', this.limits.maxUnpackedBytes, 'bytes');
  }

  /** Refuses up front a part that declares more unpacked bytes than the budgets leave. */
  declaredPart(size: number): void {
    if (size > this.limits.maxPartBytes) throw tooMuchContent('单个工作表或部件解压后', this.limits.maxPartBytes, 'bytes');
    if (this.unpacked + size > this.limits.maxUnpackedBytes) throw tooMuchContent('文件解压后的内容', this.limits.maxUnpackedBytes, 'bytes');
  }

  /** Refuses a workbook with more worksheets than allowed. */
  sheetCount(count: number): void {
    if (count > this.limits.maxSheets) throw tooMuchContent('工作表数量', this.limits.maxSheets, 'sheets');
  }

  /** Counts one row element (empty or not). */
  rowElement(): void {
    if (++this.rowElements > this.limits.maxRowElements) throw tooMuchContent('行数（含空行）', this.limits.maxRowElements, 'rows');
  }

  /** Counts one cell holding a value. */
  cell(): void {
    if (++this.cells > this.limits.maxCells) throw tooMuchContent('有内容的单元格', this.limits.maxCells, 'cells');
  }

  /**
   * Counts the width of a kept row: its cells from column A, the empty ones in between included.
   * Bounded by twice the cell budget, so that a value in column XFD of every row cannot blow the
   * result up to billions of empty cells.
   */
  keptSlots(width: number): void {
    this.slots += width;
    if (this.slots > 2 * this.limits.maxCells) throw tooMuchContent('表格范围（含中间的空白单元格）', 2 * this.limits.maxCells, 'cells');
  }

  /** Counts one shared-string entry. */
  sharedString(): void {
    if (++this.sharedStrings > this.limits.maxSharedStrings) throw tooMuchContent('共享文字条目', this.limits.maxSharedStrings, 'entries');
  }

  /** Stops the read once its time is up. */
  tick(): void {
    if (this.now() > this.deadline) throw readTimedOut(this.limits.timeMs);
  }
}
