// The rows of a read table file as they cross from the read worker to main and on to the page
// (`xlsx:read`): not one array per row with one value per cell, but per sheet the distinct cell
// values once and every cell as a 32-bit index into them. A 100,000-punch clock-in export has
// 1.8 million cells but only a few thousand distinct values (names, departments, minutes of a
// month), so the rows cost the worker hand-over, the response schema, the JSON and the page's
// decode next to nothing: the indices are bytes, transferred (and on the web host sent as bytes
// beside the JSON, http-codec.ts's frames).
//
// The exchange package's rows go the same way from the page to main (`package:rows`): a year of
// attendance is mostly the same few statuses and clocks.
//
// Layout of a sheet: `cells` holds uint32 indices into `values` in the platform's byte order
// (little-endian on every machine the app runs on), row after row; `rowEnds[i]` is the number of
// cells in rows 0…i, so row i is cells rowEnds[i-1] … rowEnds[i].
import type { PackedSheet, PackedWorkbook, ReadSheet, ReadWorkbookResult } from './workbook-schemas';

/** The packed rows are inconsistent (an index past the values, rows out of order). */
export class PackedSheetError extends Error {
  override readonly name = 'PackedSheetError';
}

const asBytes = (words: Uint32Array): Uint8Array => new Uint8Array(words.buffer, words.byteOffset, words.byteLength);

/** Words of `bytes` (copied only when they do not sit on a 4-byte boundary). */
function asWords(bytes: Uint8Array, what: string): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new PackedSheetError(`${what}: length is not a multiple of 4`);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

/** Rows of cells as they cross: every distinct value once, each cell a uint32 index into them. */
export interface PackedRows<T> {
  values: T[];
  /** uint32 index into `values` of every cell, row after row */
  cells: Uint8Array;
  /** uint32 end (in cells) of every row */
  rowEnds: Uint8Array;
}

/** Packs rows: every distinct value once (1 and "1" apart), the cells as indices. */
export function packRows<T>(rows: readonly (readonly T[])[]): PackedRows<T> {
  const index = new Map<T, number>();
  const values: T[] = [];
  let count = 0;
  for (const row of rows) count += row.length;
  const cells = new Uint32Array(count);
  const rowEnds = new Uint32Array(rows.length);
  // A column mostly repeats the row above (the same person, department, result, clock): compare
  // with that before hashing.
  const above: T[] = [];
  const aboveIndex: number[] = [];
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const value = row[c]!;
      let i: number | undefined;
      if (c < above.length && above[c] === value) i = aboveIndex[c]!;
      else {
        i = index.get(value);
        if (i === undefined) {
          i = values.length;
          values.push(value);
          index.set(value, i);
        }
        above[c] = value;
        aboveIndex[c] = i;
      }
      cells[at++] = i;
    }
    rowEnds[r] = at;
  }
  return { values, cells: asBytes(cells), rowEnds: asBytes(rowEnds) };
}

/**
 * Packed rows whose distinct values travel as the UTF-8 of their JSON array: bytes cross the
 * worker, IPC and the web host's HTTP as they are, where an array of texts is cloned value by
 * value at each hop (and written out as JSON on the page's thread).
 */
export interface PackedJsonRows {
  valuesJson: Uint8Array;
  cells: Uint8Array;
  rowEnds: Uint8Array;
}

/** Packs rows (packRows), their values as JSON bytes. */
export function packRowsAsJson<T>(rows: readonly (readonly T[])[]): PackedJsonRows {
  const { values, cells, rowEnds } = packRows(rows);
  return { valuesJson: new TextEncoder().encode(JSON.stringify(values)), cells, rowEnds };
}

/** The values of packRowsAsJson's rows; throws PackedSheetError when they are not a JSON array. */
export function valuesOfJson(bytes: Uint8Array): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackedSheetError('values are not JSON');
  }
  if (!Array.isArray(values)) throw new PackedSheetError('values are not a list');
  return values;
}

/** Packs one sheet. */
export function packSheet(sheet: ReadSheet): PackedSheet {
  return { name: sheet.name, hidden: sheet.hidden, totalRows: sheet.totalRows, truncated: sheet.truncated, ...packRows(sheet.rows) };
}

/** Packs every sheet of `result`. */
export function packWorkbook(result: ReadWorkbookResult): PackedWorkbook {
  return { sheets: result.sheets.map(packSheet) };
}

/** The buffers of `packed`, to transfer instead of copy. */
export function packedBuffers(packed: PackedWorkbook): ArrayBuffer[] {
  return packed.sheets.flatMap((sheet) => [sheet.cells.buffer, sheet.rowEnds.buffer]).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/** The rows of `packed`; throws PackedSheetError when its indices or row ends are inconsistent. */
export function unpackRows<T>(packed: PackedRows<T>): T[][] {
  const cells = asWords(packed.cells, 'cells');
  const ends = asWords(packed.rowEnds, 'rowEnds');
  const { values } = packed;
  const rows: T[][] = new Array<T[]>(ends.length);
  let at = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    if (end < at || end > cells.length) throw new PackedSheetError(`row ${r + 1}: end ${end} out of order`);
    const row = new Array<T>(end - at);
    for (let c = 0; at < end; c++, at++) {
      const i = cells[at]!;
      if (i >= values.length) throw new PackedSheetError(`row ${r + 1}: index ${i} past the values`);
      row[c] = values[i]!;
    }
    rows[r] = row;
  }
  if (at !== cells.length) throw new PackedSheetError('cells after the last row');
  return rows;
}

/** The rows of a packed sheet; throws PackedSheetError like unpackRows. */
export function unpackSheet(sheet: PackedSheet): ReadSheet {
  return { name: sheet.name, hidden: sheet.hidden, totalRows: sheet.totalRows, truncated: sheet.truncated, rows: unpackRows(sheet) };
}

/** Every sheet of `packed` as plain rows; throws PackedSheetError like unpackSheet. */
export function unpackWorkbook(packed: PackedWorkbook): ReadWorkbookResult {
  return { sheets: packed.sheets.map(unpackSheet) };
}
