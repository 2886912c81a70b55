// Validators of the Excel channels (`xlsx:*`) beyond the document model itself
// (shared/reports/document/schema.ts): job ids, per-call limits, and what the reader hands back.
import { z } from 'zod';

/** Most rows one `xlsx:rows` call may carry. */
export const MAX_ROWS_PER_CALL = 2_000;
/** Rows read from each sheet by `xlsx:read` unless the caller asks for another limit. */
export const DEFAULT_READ_MAX_ROWS = 50_000;
/** Highest `maxRows` a caller may ask `xlsx:read` for. */
export const MAX_READ_MAX_ROWS = 1_000_000;

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

/** uint32 words as bytes (shared/ipc/packed-sheets.ts). */
/** A Uint8Array of any realm (bytes cross between main and the unit tests' jsdom page, where `instanceof` fails). */
export function isUint8Array(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

export const PackedBytesSchema = z.custom<Uint8Array>((value) => isUint8Array(value) && value.byteLength % 4 === 0, { message: '应为4字节整数组成的二进制数据' });

/** One sheet as `xlsx:read` returns it: distinct values once, cells as indices (shared/ipc/packed-sheets.ts). */
export const PackedSheetSchema = z.object({
  name: z.string(),
  hidden: z.boolean(),
  totalRows: z.number().int().nonnegative(),
  truncated: z.boolean(),
  /** The distinct cell values of the sheet. */
  values: z.array(ReadCellSchema),
  /** uint32 index into `values` of every cell, row after row. */
  cells: PackedBytesSchema,
  /** uint32 end (in cells) of every row. */
  rowEnds: PackedBytesSchema,
});

/** What `xlsx:read` returns; the renderer unpacks it into a ReadWorkbookResult. */
export const PackedWorkbookSchema = z.object({ sheets: z.array(PackedSheetSchema) });

/** What `xlsx:read` returns. */
export type ReadWorkbookResult = z.output<typeof ReadWorkbookResultSchema>;
/** One sheet in packed form. */
export type PackedSheet = z.output<typeof PackedSheetSchema>;
/** A read workbook in packed form. */
export type PackedWorkbook = z.output<typeof PackedWorkbookSchema>;
/** One sheet of a read workbook. */
export type ReadSheet = z.output<typeof ReadSheetSchema>;
/** One cell of a read workbook. */
export type ReadCell = z.output<typeof ReadCellSchema>;
