// The document model of every workbook the app writes (ARCHITECTURE §4a): reports, templates and
// sync packages. Pure data, validated by these zod schemas where it crosses the bridge; the
// TypeScript types are inferred from them. Main lays it out with exceljs's streaming writer
// (electron/main/services/excel/workbook-writer.ts).
//
// A workbook is sheets; a sheet is
//   head   — name, visibility, columns (width, number format, alignment, hidden, dropdown list),
//            head bands (title, 填报单位/日期, one- or multi-level header with merges), freeze
//            panes, print setup: everything written before the first body row;
//   body   — rows streamed in chunks: data rows (highlight, subtotal/total, per-cell format),
//            group headings;
//   footer — bands under the body: 合计 lines and rows, a narrative paragraph, a signature block.
// A band is a small grid of cells (one row per array, one cell per column from column A) with
// merges given relative to the band. Builders for the usual bands are in ./bands.ts and
// ./header.ts; the county report layout of DOMAIN §4.0 in ./county-sheet.ts.
import { z } from 'zod';

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_MAX_CHARS = 32_767;
/** Excel's last row number. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Most columns a sheet may have. */
export const MAX_REPORT_COLUMNS = 100;
/** Most sheets one workbook may declare. */
export const MAX_SHEETS = 100;
/** Most bands in a sheet's head or footer, and most rows in one band. */
export const MAX_BANDS = 20;
export const MAX_BAND_ROWS = 50;
/**
 * The name of part `part` (2, 3, …) of a sheet whose body goes past Excel's row limit: `name(2)`,
 * within Excel's 31 characters (the writer names them so, readers of packages find them so).
 */
export function continuationSheetName(name: string, part: number): string {
  const suffix = `(${part})`;
  return `${name.slice(0, 31 - suffix.length)}${suffix}`;
}

/** Name of the hidden sheet the writer keeps long dropdown lists on (so no sheet may use it). */
export const LISTS_SHEET_NAME = '_下拉选项';

const cellText = (what: string) =>
  z.string({ message: `${what}应为文字` }).max(EXCEL_CELL_MAX_CHARS, `${what}不能超过 ${EXCEL_CELL_MAX_CHARS} 个字符（Excel 单元格上限）`);
const count = (what: string, max: number) =>
  z.number({ message: `${what}应为数字` }).int(`${what}应为整数`).min(0, `${what}不能为负数`).max(max, `${what}不能超过 ${max}`);

/** A worksheet name as Excel accepts it. */
export const SheetNameSchema = z
  .string({ message: '工作表名称应为文字' })
  .min(1, '工作表名称不能为空')
  .max(31, '工作表名称不能超过 31 个字符')
  .refine((name) => !/[[\]:*?/\\']/.test(name), "工作表名称不能包含 [ ] : * ? / \\ ' 等字符")
  .refine((name) => name !== LISTS_SHEET_NAME, `工作表名称“${LISTS_SHEET_NAME}”为程序保留`);

export const AlignSchema = z.enum(['left', 'center', 'right']);
export const HighlightSchema = z.enum(['red', 'amber', 'yellow']);
/** An Excel number format: `#,##0.00` (money), `@` (text: ids and stamps stay text), `0.0%`, `0`. */
export const NumFmtSchema = z.string({ message: '数字格式应为文字' }).min(1, '数字格式不能为空').max(100, '数字格式不能超过 100 个字符');

/** A cell value: text (always written as text, never as a formula), a finite number, or empty. */
export const CellValueSchema = z.union([cellText('单元格内容'), z.number({ message: '单元格数值无效' }), z.null()]);

/** A cell with its own format: number format, alignment, bold, or a comment (header notes of templates). */
export const RichCellSchema = z.strictObject({
  value: CellValueSchema,
  numFmt: NumFmtSchema.optional(),
  align: AlignSchema.optional(),
  bold: z.boolean().optional(),
  note: cellText('批注').optional(),
});

export const CellSchema = z.union([CellValueSchema, RichCellSchema]);

/** One column of a sheet. Its header text lives in the header band, not here. */
export const ColumnSchema = z.strictObject({
  /** Stable identifier (column choice, tests), e.g. `name`. */
  key: z.string().min(1).max(60),
  /** Width in Excel characters (a Chinese character counts about 2). */
  width: z.number({ message: '列宽应为数字' }).positive('列宽应大于 0').max(255, '列宽不能超过 255'),
  /** Of body cells; default left for text, right when the column has a number format. */
  align: AlignSchema.optional(),
  /** Of body cells, and of cells a clerk adds below them. */
  numFmt: NumFmtSchema.optional(),
  /** A technical column (ids, stamps of a sync package) Excel does not show. */
  hidden: z.boolean().optional(),
  /** Dropdown values offered in the body rows (templates). */
  list: z.array(z.string().min(1).max(255, '下拉选项不能超过 255 个字符')).max(1000, '下拉选项不能超过 1000 项').readonly().optional(),
});

/** A merged block inside a band: top-left cell (0-based, relative to the band) and its size. */
export const MergeSchema = z.strictObject({
  row: count('合并区域的行号', MAX_BAND_ROWS - 1),
  col: count('合并区域的列号', MAX_REPORT_COLUMNS - 1),
  rows: count('合并的行数', MAX_BAND_ROWS).min(1, '合并的行数至少为 1'),
  cols: count('合并的列数', MAX_REPORT_COLUMNS).min(1, '合并的列数至少为 1'),
});

/**
 * How a band looks: `title` (large bold, centred), `header` (bold, grey, bordered, centred,
 * wrapped), `text` (plain, wrapped: 填报单位 lines, 合计 lines, paragraphs, signatures), `total`
 * (bold, bordered, formatted like the body columns).
 */
export const BandRoleSchema = z.enum(['title', 'header', 'text', 'total']);

function mergesOverlap(a: z.infer<typeof MergeSchema>, b: z.infer<typeof MergeSchema>): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export const BandSchema = z
  .strictObject({
    role: BandRoleSchema,
    rows: z
      .array(z.array(CellSchema).max(MAX_REPORT_COLUMNS, `每行不能超过 ${MAX_REPORT_COLUMNS} 列`))
      .min(1, '表头表尾区域至少要有一行')
      .max(MAX_BAND_ROWS, `表头表尾区域不能超过 ${MAX_BAND_ROWS} 行`),
    merges: z.array(MergeSchema).max(1000, '合并区域不能超过 1000 个').optional(),
    /** Row heights in points; rows without one get the role's default, wrapped text more. */
    heights: z.array(z.number().positive('行高应大于 0').max(409, '行高不能超过 409')).optional(),
  })
  .superRefine((band, ctx) => {
    const merges = band.merges ?? [];
    merges.forEach((m, i) => {
      if (m.row + m.rows > band.rows.length) ctx.addIssue({ code: 'custom', message: '合并区域超出了表头表尾区域的行数', path: ['merges', i] });
      if (merges.slice(0, i).some((other) => mergesOverlap(m, other))) ctx.addIssue({ code: 'custom', message: '合并区域不能相互重叠', path: ['merges', i] });
    });
    if ((band.heights?.length ?? 0) > band.rows.length) ctx.addIssue({ code: 'custom', message: '行高的个数多于行数', path: ['heights'] });
  });

/** Head or footer bands of a sheet. */
export const BandsSchema = z.array(BandSchema).max(MAX_BANDS, `表头或表尾不能超过 ${MAX_BANDS} 个区域`);

/** A body row: cells from column A (data, 小计 or 合计, or `plain` text lines without borders). */
export const DataRowSchema = z.strictObject({
  cells: z.array(CellSchema).max(MAX_REPORT_COLUMNS, `每行不能超过 ${MAX_REPORT_COLUMNS} 列`),
  highlight: HighlightSchema.optional(),
  style: z.enum(['data', 'subtotal', 'total', 'plain']).optional(),
});

/** A group heading spanning all columns, e.g. `第一批（2024年）双向挂职`. */
export const GroupRowSchema = z.strictObject({ group: cellText('分组标题') });

export const BodyRowSchema = z.union([DataRowSchema, GroupRowSchema]);

/** Page margins in inches, as Excel keeps them. */
export const MarginsSchema = z.strictObject({
  left: z.number().min(0).max(5),
  right: z.number().min(0).max(5),
  top: z.number().min(0).max(5),
  bottom: z.number().min(0).max(5),
  header: z.number().min(0).max(5),
  footer: z.number().min(0).max(5),
});

/** How a sheet prints. Every flag defaults to what county reports want (DOMAIN §4.0). */
export const PrintSetupSchema = z.strictObject({
  /** Default A4. */
  paper: z.enum(['A4', 'A3']).optional(),
  orientation: z.enum(['portrait', 'landscape']),
  /** Shrink to one page wide (as many pages tall as needed); default true. */
  fitToWidth: z.boolean().optional(),
  /** Print the head rows (title to header) again on every page; default true. */
  repeatHead: z.boolean().optional(),
  /** Centre the table horizontally on the page; default true. */
  centred: z.boolean().optional(),
  /** `第 1 页，共 3 页` in the page footer; default true. */
  pageNumbers: z.boolean().optional(),
  /** Default left/right 0.5, top/bottom 0.6, header/footer 0.3 inch. */
  margins: MarginsSchema.optional(),
});

/** Everything the writer needs before a sheet's first body row. */
export const SheetHeadSchema = z
  .strictObject({
    name: SheetNameSchema,
    /** `hidden` sheets can be shown by a clerk from Excel's menu; `veryHidden` ones only by a program. */
    state: z.enum(['visible', 'hidden', 'veryHidden']).optional(),
    columns: z.array(ColumnSchema).min(1, '至少要有一列').max(MAX_REPORT_COLUMNS, `不能超过 ${MAX_REPORT_COLUMNS} 列`),
    /** Bands above the body, top to bottom. */
    bands: BandsSchema.optional(),
    /** Frozen rows and columns; default: every head row, no column. */
    freeze: z.strictObject({ rows: count('冻结的行数', 1000), columns: count('冻结的列数', MAX_REPORT_COLUMNS) }).optional(),
    /** Absent: Excel's defaults (machine sheets). */
    print: PrintSetupSchema.optional(),
    /**
     * Templates: how many rows below the head carry the dropdowns of `list` columns when the body
     * is shorter (default 1000). Sheets with a footer cover their body rows only.
     */
    inputRows: count('填写行数', 100_000).optional(),
  })
  .superRefine((head, ctx) => {
    (head.bands ?? []).forEach((band, b) => checkBandWidth(band, head.columns.length, ctx, ['bands', b]));
  });

/** Why `band` does not fit a sheet of `columns` columns (more cells, or merges wider), or undefined. */
export function bandWidthProblem(band: Band, columns: number): string | undefined {
  if (band.rows.some((row) => row.length > columns)) return `表头表尾的单元格多于表格的 ${columns} 列`;
  if ((band.merges ?? []).some((m) => m.col + m.cols > columns)) return `合并区域超出了表格的 ${columns} 列`;
  return undefined;
}

function checkBandWidth(band: Band, columns: number, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const problem = bandWidthProblem(band, columns);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path });
}

/** True when no two of `names` are the same for Excel (which ignores case). */
function distinctSheetNames(names: readonly string[]): boolean {
  return new Set(names.map((name) => name.toLowerCase())).size === names.length;
}

/** Sheet heads of a workbook, in tab order. */
export const SheetHeadsSchema = z
  .array(SheetHeadSchema)
  .min(1, '至少要有一个工作表')
  .max(MAX_SHEETS, `工作表不能超过 ${MAX_SHEETS} 个`)
  .refine((heads) => distinctSheetNames(heads.map((head) => head.name)), '工作表名称不能重复')
  .refine((heads) => heads.some((head) => (head.state ?? 'visible') === 'visible'), '至少要有一个可见的工作表');

/** One sheet with all its rows (what a report's `build` returns; the writer receives it in parts). */
export const SheetDocumentSchema = z
  .strictObject({ head: SheetHeadSchema, rows: z.array(BodyRowSchema), footer: BandsSchema })
  .superRefine((sheet, ctx) => sheet.footer.forEach((band, b) => checkBandWidth(band, sheet.head.columns.length, ctx, ['footer', b])));

/** A whole workbook. */
export const WorkbookDocumentSchema = z
  .strictObject({ sheets: z.array(SheetDocumentSchema).min(1).max(MAX_SHEETS) })
  .refine((doc) => distinctSheetNames(doc.sheets.map((sheet) => sheet.head.name)), '工作表名称不能重复');

export type CellValue = z.infer<typeof CellValueSchema>;
export type RichCell = z.infer<typeof RichCellSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type Align = z.infer<typeof AlignSchema>;
export type Highlight = z.infer<typeof HighlightSchema>;
export type Column = z.infer<typeof ColumnSchema>;
export type Merge = z.infer<typeof MergeSchema>;
export type BandRole = z.infer<typeof BandRoleSchema>;
export type Band = z.infer<typeof BandSchema>;
export type DataRow = z.infer<typeof DataRowSchema>;
export type GroupRow = z.infer<typeof GroupRowSchema>;
export type BodyRow = z.infer<typeof BodyRowSchema>;
export type PrintSetup = z.infer<typeof PrintSetupSchema>;
export type SheetHead = z.infer<typeof SheetHeadSchema>;
export type SheetDocument = z.infer<typeof SheetDocumentSchema>;
export type WorkbookDocument = z.infer<typeof WorkbookDocumentSchema>;

/** True for a group heading row. */
export function isGroupRow(row: BodyRow): row is GroupRow {
  return 'group' in row;
}

/** True for a cell given with its own format. */
export function isRichCell(cell: Cell): cell is RichCell {
  return cell !== null && typeof cell === 'object';
}

/** The value of a cell, plain or rich. */
export function cellValueOf(cell: Cell | undefined): CellValue {
  if (cell === undefined) return null;
  return isRichCell(cell) ? cell.value : cell;
}
