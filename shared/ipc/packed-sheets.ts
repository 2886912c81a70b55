// The rows of a read table file as they cross from the read worker to main and on to the page
// (`xlsx:read`): not one array per row with one value per cell, but per sheet the distinct cell
// values once and every cell as a 32-bit index into them. A 100,000-punch clock-in export has
// 1.8 million cells but only a few thousand distinct values (names, departments, minutes of a
// month), so the rows cost the worker hand-over, the response schema, the JSON and the page's
// decode next to nothing: the indices are bytes, transferred and sent as one base64 string.
//
// Layout of a sheet: `cells` holds uint32 indices into `values` in the platform's byte order
// (little-endian on every machine the app runs on), row after row; `rowEnds[i]` is the number of
// cells in rows 0…i, so row i is cells rowEnds[i-1] … rowEnds[i].
import type { PackedSheet, PackedWorkbook, ReadCell, ReadSheet, ReadWorkbookResult } from './workbook-schemas';

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

/** Packs one sheet: every distinct value once, the cells as indices. */
export function packSheet(sheet: ReadSheet): PackedSheet {
  const index = new Map<ReadCell, number>();
  const values: ReadCell[] = [];
  let count = 0;
  for (const row of sheet.rows) count += row.length;
  const cells = new Uint32Array(count);
  const rowEnds = new Uint32Array(sheet.rows.length);
  // A column mostly repeats the row above (the same person, department, result): compare with
  // that before hashing.
  const above: ReadCell[] = [];
  const aboveIndex: number[] = [];
  let at = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
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
  return { name: sheet.name, hidden: sheet.hidden, totalRows: sheet.totalRows, truncated: sheet.truncated, values, cells: asBytes(cells), rowEnds: asBytes(rowEnds) };
}

/** Packs every sheet of `result`. */
export function packWorkbook(result: ReadWorkbookResult): PackedWorkbook {
  return { sheets: result.sheets.map(packSheet) };
}

/** The buffers of `packed`, to transfer instead of copy. */
export function packedBuffers(packed: PackedWorkbook): ArrayBuffer[] {
  return packed.sheets.flatMap((sheet) => [sheet.cells.buffer, sheet.rowEnds.buffer]).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/** The rows of a packed sheet; throws PackedSheetError when its indices or row ends are inconsistent. */
export function unpackSheet(sheet: PackedSheet): ReadSheet {
  const cells = asWords(sheet.cells, 'cells');
  const ends = asWords(sheet.rowEnds, 'rowEnds');
  const { values } = sheet;
  const rows: ReadCell[][] = new Array<ReadCell[]>(ends.length);
  let at = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    if (end < at || end > cells.length) throw new PackedSheetError(`row ${r + 1}: end ${end} out of order`);
    const row = new Array<ReadCell>(end - at);
    for (let c = 0; at < end; c++, at++) {
      const value = values[cells[at]!];
      if (value === undefined) throw new PackedSheetError(`row ${r + 1}: index ${cells[at]} past the values`);
      row[c] = value;
    }
    rows[r] = row;
  }
  if (at !== cells.length) throw new PackedSheetError('cells after the last row');
  return { name: sheet.name, hidden: sheet.hidden, totalRows: sheet.totalRows, truncated: sheet.truncated, rows };
}

/** Every sheet of `packed` as plain rows; throws PackedSheetError like unpackSheet. */
export function unpackWorkbook(packed: PackedWorkbook): ReadWorkbookResult {
  return { sheets: packed.sheets.map(unpackSheet) };
}
