// The workbook model every Excel report (and the roster-import template) is built into: pure data
// that crosses the bridge to main, where electron/main/services/excel/workbook-writer.ts lays it out
// (DOMAIN §4.0): row 1 title, row 2 填报单位 / 填报日期, row 3 header, then the data rows, then the
// footer lines.

/** One column of a report sheet. */
export interface ReportColumn {
  /** Stable identifier (for column choice in the UI and for tests), e.g. `name`. */
  key: string;
  /** Header text in row 3, e.g. `出生年月（年龄）`. */
  header: string;
  /** Column width in Excel characters (a Chinese character counts about 2). */
  width: number;
  /** Horizontal alignment of the data cells; default left for text, right for numbers. */
  align?: 'left' | 'center' | 'right';
  /** `money` is printed `#,##0.00`; default `text`. */
  kind?: 'text' | 'number' | 'money';
  /** Data-validation dropdown values (templates). */
  list?: readonly string[];
  /** Cell comment on the header cell (templates): what to type in this column. */
  note?: string;
}

/** One cell: text (written as text, never as a formula), a number, or empty. */
export type ReportCell = string | number | null;

/** A data row (optionally highlighted), or a group heading spanning all columns. */
export type ReportRow =
  | { cells: ReportCell[]; highlight?: 'red' | 'amber' | 'yellow' }
  | {
      /** A group heading row spanning all columns, e.g. `第一批（2024年）双向挂职`. */
      group: string;
    };

/** Everything the writer needs before the first data row. */
export interface WorkbookHead {
  /** Name of the data sheet (Excel: 1–31 characters, none of `[]:*?/\`). */
  sheetName: string;
  /** Row 1, e.g. `开江县挂职干部花名册`. */
  title: string;
  /** Printed `填报单位：…` in row 2. */
  reportingUnit: string;
  /** `YYYY-MM-DD`, printed `填报日期：2024年5月6日` in row 2. */
  reportDate: string;
  /** Appended after the date in row 2, e.g. `单位：人`. */
  unitNote?: string;
  columns: ReportColumn[];
  orientation: 'landscape' | 'portrait';
  /** An extra 填写说明 sheet after the data sheet, one line per row. */
  instructions?: { sheetName: string; lines: string[] };
  /**
   * Templates: how many rows below the header carry the dropdowns of `list` columns even when no
   * data row was written (default 1000). Reports with data rows cover their rows anyway.
   */
  inputRows?: number;
}

/** What follows the data rows. */
export interface WorkbookTail {
  /** One merged line each, e.g. `合计：共12人，其中女性3人、党外2人、少数民族1人` and the signature line. */
  footerLines: string[];
}

/** A report ready to be written: head, rows and tail. */
export interface ReportTable {
  head: WorkbookHead;
  rows: ReportRow[];
  tail: WorkbookTail;
}

/** The signature line at the bottom of county report sheets (DOMAIN §4.0). */
export const SIGNATURE_LINE = '填表人：        审核人：        联系电话：';

/** True for a group heading row. */
export function isGroupRow(row: ReportRow): row is { group: string } {
  return 'group' in row;
}
