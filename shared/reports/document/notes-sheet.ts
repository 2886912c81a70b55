// A sheet of plain text lines for people: a template's 填写说明, a sync package's 说明.
import type { SheetDocument } from './schema';

/** Width of the one column of a notes sheet (Excel characters): about 50 Chinese characters a line. */
const NOTES_WIDTH = 110;

/** A sheet named `name` with one wide column and one wrapped, unbordered line of `lines` per row. */
export function notesSheet(name: string, lines: readonly string[]): SheetDocument {
  return {
    head: { name, columns: [{ key: 'text', width: NOTES_WIDTH }] },
    rows: lines.map((line) => ({ cells: [line], style: 'plain' })),
    footer: [],
  };
}
