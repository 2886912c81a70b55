// Validators of the Excel channels (`xlsx:*`): the report workbook model of
// shared/reports/table-model.ts as it crosses the bridge, and what the reader hands back.
import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import type { ReportColumn, ReportRow, WorkbookHead, WorkbookTail } from '../reports/table-model';

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_MAX_CHARS = 32_767;
/** Most columns a report sheet may have. */
export const MAX_REPORT_COLUMNS = 100;
/** Most rows one `xlsx:rows` call may carry. */
export const MAX_ROWS_PER_CALL = 2_000;
/** Rows read from each sheet by `xlsx:read` unless the caller asks for another limit. */
export const DEFAULT_READ_MAX_ROWS = 50_000;
/** Highest `maxRows` a caller may ask `xlsx:read` for. */
export const MAX_READ_MAX_ROWS = 1_000_000;
/** Name of the hidden sheet the writer keeps long dropdown lists on (so no head may use it). */
export const LISTS_SHEET_NAME = '_下拉选项';

const cellText = (what: string) =>
  z.string({ message: `${what}应为文字` }).max(EXCEL_CELL_MAX_CHARS, `${what}不能超过 ${EXCEL_CELL_MAX_CHARS} 个字符（Excel 单元格上限）`);

/** A worksheet name as Excel accepts it. */
export const SheetNameSchema = z
  .string({ message: '工作表名称应为文字' })
  .min(1, '工作表名称不能为空')
  .max(31, '工作表名称不能超过 31 个字符')
  .refine((name) => !/[[\]:*?/\\']/.test(name), "工作表名称不能包含 [ ] : * ? / \\ ' 等字符")
  .refine((name) => name !== LISTS_SHEET_NAME, `工作表名称“${LISTS_SHEET_NAME}”为程序保留`);

export const ReportColumnSchema = z.strictObject({
  key: z.string().min(1).max(60),
  header: cellText('表头').min(1, '表头不能为空'),
  width: z.number().positive().max(255, '列宽不能超过 255'),
  align: z.enum(['left', 'center', 'right']).optional(),
  kind: z.enum(['text', 'number', 'money']).optional(),
  list: z.array(z.string().min(1).max(255, '下拉选项不能超过 255 个字符')).max(1000, '下拉选项不能超过 1000 项').readonly().optional(),
  note: cellText('表头批注').optional(),
});

export const ReportCellSchema = z.union([cellText('单元格内容'), z.number({ message: '单元格数值无效' }), z.null()]);

export const ReportRowSchema = z.union([
  z.strictObject({
    cells: z.array(ReportCellSchema).max(MAX_REPORT_COLUMNS, `每行不能超过 ${MAX_REPORT_COLUMNS} 列`),
    highlight: z.enum(['red', 'amber', 'yellow']).optional(),
  }),
  z.strictObject({ group: cellText('分组标题') }),
]);

export const WorkbookHeadSchema = z
  .strictObject({
    sheetName: SheetNameSchema,
    title: cellText('标题').min(1, '标题不能为空'),
    reportingUnit: cellText('填报单位'),
    reportDate: z.string().refine(isValidIsoDate, '填报日期应为有效日期（如 2024-05-06）'),
    unitNote: z.string().max(60, '计量单位说明不能超过 60 个字符').optional(),
    columns: z
      .array(ReportColumnSchema)
      .min(1, '至少要有一列')
      .max(MAX_REPORT_COLUMNS, `不能超过 ${MAX_REPORT_COLUMNS} 列`),
    orientation: z.enum(['landscape', 'portrait']),
    instructions: z
      .strictObject({
        sheetName: SheetNameSchema,
        lines: z.array(cellText('说明')).max(1000, '说明不能超过 1000 行'),
      })
      .optional(),
    inputRows: z.number().int().min(0).max(100_000).optional(),
  })
  .refine(
    (head) => !head.instructions || head.instructions.sheetName.toLowerCase() !== head.sheetName.toLowerCase(),
    '填写说明工作表不能与数据工作表同名',
  );

export const WorkbookTailSchema = z.strictObject({
  footerLines: z.array(cellText('表尾')).max(50, '表尾不能超过 50 行'),
});

/** Identifies one export under way (a UUID main hands out). */
export const WorkbookJobIdSchema = z.uuid({ message: '导出任务编号无效' });

/** Identifies one read of a table file, so that the renderer can cancel it (a UUID it makes up). */
export const ReadIdSchema = z.uuid({ message: '读取任务编号无效' });

/** A cell as read back: text, number, true/false, or empty. */
export const ReadCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ReadSheetSchema = z.object({
  name: z.string(),
  /** Hidden in Excel (e.g. a template's dropdown list sheet). */
  hidden: z.boolean(),
  /** rows[i] is Excel row i + 1; each row is dense from column A; trailing empty rows dropped. */
  rows: z.array(z.array(ReadCellSchema)),
  /** Rows up to the last non-empty one, including those beyond the limit. */
  totalRows: z.number().int().nonnegative(),
  /** True when the sheet has more rows than were read. */
  truncated: z.boolean(),
});

export const ReadWorkbookResultSchema = z.object({ sheets: z.array(ReadSheetSchema) });

/** What `xlsx:read` returns. */
export type ReadWorkbookResult = z.output<typeof ReadWorkbookResultSchema>;
/** One sheet of a read workbook. */
export type ReadSheet = z.output<typeof ReadSheetSchema>;
/** One cell of a read workbook. */
export type ReadCell = z.output<typeof ReadCellSchema>;

// The schemas and the model types must describe the same shapes; tsc fails here when they drift.
type Assignable<From, To> = [From] extends [To] ? true : false;
const schemaMatchesModel: [
  Assignable<ReportColumn, z.input<typeof ReportColumnSchema>>,
  Assignable<z.output<typeof ReportColumnSchema>, ReportColumn>,
  Assignable<ReportRow, z.input<typeof ReportRowSchema>>,
  Assignable<z.output<typeof ReportRowSchema>, ReportRow>,
  Assignable<WorkbookHead, z.input<typeof WorkbookHeadSchema>>,
  Assignable<z.output<typeof WorkbookHeadSchema>, WorkbookHead>,
  Assignable<WorkbookTail, z.input<typeof WorkbookTailSchema>>,
  Assignable<z.output<typeof WorkbookTailSchema>, WorkbookTail>,
] = [true, true, true, true, true, true, true, true];
void schemaMatchesModel;
