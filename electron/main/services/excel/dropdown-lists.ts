// Dropdowns of template columns (Column.list): Excel data validation on the body rows, inline when
// the list is short enough, else pointing at a column of the hidden `_下拉选项` sheet, which is
// written last. A clerk may still type something else, after a warning.
import type { Cell, stream, Worksheet } from 'exceljs';
import { LISTS_SHEET_NAME, type Column } from '@shared/reports/document/schema';
import { columnLetter } from './excel-address';
import type { QuotableStyle } from './exceljs-patches';
import { NOT_IN_LIST } from './messages';
import { looksLikeFormula } from './report-styles';

/** Longest inline dropdown list Excel accepts (`"男,女"`, quotes included). */
const MAX_INLINE_LIST_CHARS = 255;

/** A column's dropdown: its 1-based column on the sheet and the validation formula. */
export interface Dropdown {
  column: number;
  formula: string;
}

/** The dropdowns of every sheet, and the long lists that need the hidden sheet. */
export class DropdownLists {
  /** Long lists by their column on the hidden sheet. */
  private readonly longLists = new Map<number, readonly string[]>();

  /**
   * The dropdowns of one sheet's `columns`. A long list goes to the hidden sheet's column
   * `offset + its column`, where `offset` counts the columns of the sheets before it.
   */
  dropdownsOf(columns: readonly Column[], offset: number): Dropdown[] {
    return columns.flatMap((column, index) => {
      const list = column.list;
      if (!list || list.length === 0) return [];
      const inline = `"${list.map((item) => item.replaceAll('"', '""')).join(',')}"`;
      if (inline.length <= MAX_INLINE_LIST_CHARS && !list.some((item) => item.includes(','))) return [{ column: index + 1, formula: inline }];
      const listColumn = offset + index + 1;
      this.longLists.set(listColumn, list);
      const letter = columnLetter(listColumn);
      return [{ column: index + 1, formula: `'${LISTS_SHEET_NAME}'!$${letter}$1:$${letter}$${list.length}` }];
    });
  }

  /** Adds the hidden list sheet to `workbook` when some list needs it. Call once, after every other sheet. */
  writeListSheet(workbook: stream.xlsx.WorkbookWriter): void {
    if (this.longLists.size === 0) return;
    const sheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
    const longest = Math.max(...[...this.longLists.values()].map((list) => list.length));
    for (let r = 1; r <= longest; r++) {
      const row = sheet.getRow(r);
      for (const [column, list] of this.longLists) {
        const item = list[r - 1];
        if (item === undefined) continue;
        const cell = row.getCell(column);
        cell.value = item;
        if (looksLikeFormula(item)) cell.style = { quotePrefix: true } as QuotableStyle as Cell['style'];
      }
      row.commit();
    }
    sheet.commit();
  }
}

/** Puts `dropdowns` on rows `first`..`last` of `sheet` (nothing when the range is empty). */
export function addDropdowns(sheet: Worksheet, dropdowns: readonly Dropdown[], first: number, last: number): void {
  if (last < first) return;
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations;
  for (const { column, formula } of dropdowns) {
    const letter = columnLetter(column);
    validations.add(`${letter}${first}:${letter}${last}`, {
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
