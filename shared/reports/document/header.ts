// The header band of a table from its columns: one row when every column has a plain header, more
// when some are grouped. A column's `header` is either its label or the path of labels from the
// top group down to it: ['性别', '男'] and ['性别', '女'] beside each other print 性别 merged over
// 男 | 女 (DOMAIN §4.2); a column with a shorter path (序号) is merged down to the bottom row.
import type { Band, Cell, Column } from './schema';

/** A column together with its header text (and, for templates, a note on the header cell). */
export type HeaderColumn = Column & {
  header: string | readonly string[];
  /** Comment on the header cell: what to type in this column. */
  note?: string;
};

/** Height of a one-row header (points). */
const ONE_ROW_HEIGHT = 30;
/** Height of each row of a multi-row header. */
const MULTI_ROW_HEIGHT = 24;

function pathOf(column: HeaderColumn): readonly string[] {
  return typeof column.header === 'string' ? [column.header] : column.header;
}

/** The column without its header text: what the sheet head keeps. */
export function plainColumn(column: HeaderColumn): Column {
  const { header: _header, note: _note, ...rest } = column;
  return rest;
}

/**
 * The header band of `columns`: group labels merged across the columns below them (adjacent
 * columns whose paths share the same labels down to that row), each leaf merged down to the
 * bottom row. Throws when a column has no header label (a programming error).
 */
export function headerBand(columns: readonly HeaderColumn[]): Band {
  const paths = columns.map(pathOf);
  if (paths.some((path) => path.length === 0)) throw new Error('Every column needs a header label');
  const depth = Math.max(...paths.map((path) => path.length));
  const rows: Cell[][] = Array.from({ length: depth }, () => columns.map(() => null));
  const merges: NonNullable<Band['merges']> = [];

  paths.forEach((path, c) => {
    const leaf = path.length - 1;
    const note = columns[c]!.note;
    rows[leaf]![c] = note ? { value: path[leaf]!, note } : path[leaf]!;
    if (leaf < depth - 1) merges.push({ row: leaf, col: c, rows: depth - leaf, cols: 1 });
  });

  // Group labels: a run of adjacent columns with the same labels from the top down to `level`.
  const sameGroup = (a: readonly string[], b: readonly string[], level: number) =>
    a.length - 1 > level && b.length - 1 > level && a.slice(0, level + 1).every((label, i) => label === b[i]);
  for (let level = 0; level < depth - 1; level++) {
    for (let c = 0; c < paths.length; ) {
      if (paths[c]!.length - 1 <= level) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < paths.length && sameGroup(paths[c]!, paths[end]!, level)) end++;
      rows[level]![c] = paths[c]![level]!;
      if (end - c > 1) merges.push({ row: level, col: c, rows: 1, cols: end - c });
      c = end;
    }
  }
  return { role: 'header', rows, merges, heights: rows.map(() => (depth === 1 ? ONE_ROW_HEIGHT : MULTI_ROW_HEIGHT)) };
}
