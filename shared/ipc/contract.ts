// The main ↔ renderer contract (ARCHITECTURE §4): one table row per channel with the zod schemas
// of its arguments and its result, from which the `Bridge` type, the IPC handlers in Electron main
// and the HTTP routes of the web host are all derived.
//
// HOW TO ADD A CHANNEL (e.g. `report:export`, where exceljs writes the workbook in main):
//   1. shared/ipc/channels.ts: append the name to CHANNELS and its method name to CHANNEL_METHODS
//      (`'report:export': 'exportReport'`). The preload then exposes it as `api.exportReport`.
//   2. Here: add the row to CONTRACT — `request` is a z.tuple of the method's arguments (the
//      renderer never sends file paths: main opens the dialogs), `response` the result schema,
//      `web: true` if the web host should serve it as `POST /api/report:export` (anything that
//      only needs data in and bytes out), `false` if it needs a native dialog or a window of its own.
//      The `Bridge` type gains `exportReport(...)` by itself.
//   3. Implement the service as a plain Node module in electron/main/services/ and add it to the
//      services object in electron/main/index.ts (and, when `web: true`, to createWebServices in
//      electron/web/server.ts). Both objects are typed from CONTRACT, so tsc fails until the
//      service exists; the web bridge (renderer/src/bridge/web-bridge.ts) needs a method only for
//      channels with `web: false` (it serves `web: true` channels generically over HTTP).
//   4. Tests: a handler test in test/main (payload rejected / accepted).
// Progress of work that runs in main: big exports cross as a job of `xlsx:begin` (the sheet heads),
// many `xlsx:rows` calls (the renderer reports progress between them; a sheet's last call carries
// its footer) and `xlsx:finish`. A read that runs in main's worker for long (a package) reports
// through a progress channel of its own keyed by the read's id: `xlsx:read-progress` answers how
// far the read `readId` has got, and the renderer asks it while the read is pending
// (renderer/src/bridge/watch-read.ts gives it as an event with an unsubscribe). Invoke/handle only,
// so the same channel serves Electron and the web host.
import { z } from 'zod';
import { ReadLrmxResultSchema } from '../import/lrmx-record';
import { AppendBackupRowsRequestSchema, BackupListSchema, BeginBackupRequestSchema, FinishBackupRequestSchema, OpenBackupRequestSchema, OpenedBackupSchema } from './backup-schemas';
import {
  AppendPackageRowsRequestSchema,
  BeginPackageRequestSchema,
  FinishPackageRequestSchema,
  FinishPackageResultSchema,
  HandleSchema,
  HeldRecordsRequestSchema,
  HeldRecordsResultSchema,
  PackageSummarySchema,
  ReadPackageRequestSchema,
} from './package-schemas';
import type { Channel, ChannelMethod } from './channels';
import { BandsSchema, BodyRowSchema, MAX_SHEETS, SheetHeadsSchema } from '../reports/document/schema';
import { PrintRouteSchema } from './print-route';
import { DEFAULT_READ_MAX_ROWS, MAX_READ_MAX_ROWS, MAX_ROWS_PER_CALL, PackedWorkbookSchema, ReadIdSchema, WorkbookJobIdSchema } from './workbook-schemas';

const MIB = 1024 * 1024;

/** Default upper limit of `openFile` (100 MiB): bigger files are refused before they are read. */
export const DEFAULT_OPEN_MAX_BYTES = 100 * MIB;
/** Hard ceiling a caller may raise `maxBytes` to. */
export const MAX_OPEN_MAX_BYTES = 1024 * MIB;
/** Longest file name a renderer may suggest. */
export const MAX_FILE_NAME_LENGTH = 120;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Binary data. Crosses Electron IPC as a Uint8Array (a Node Buffer is one too). */
export const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: '应为二进制数据（Uint8Array）',
});

// C0/C1 control characters and the bidirectional overrides that can disguise an extension
// (`报表\u202Excod.exe` displays as `报表exe.docx`).
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Path separators and the characters Windows forbids in file names.
const RESERVED_NAME_CHARS = /[/\\:*?"<>|]/;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A bare file name such as `挂职干部名册.xlsx`: never a path. Rejects separators, `..`, control and
 * bidi characters, Windows-reserved characters and device names, and names over 120 characters.
 */
export const FileNameSchema = z
  .string({ message: '文件名应为文字' })
  .min(1, '文件名不能为空')
  .max(MAX_FILE_NAME_LENGTH, `文件名不能超过 ${MAX_FILE_NAME_LENGTH} 个字符`)
  .refine((name) => !RESERVED_NAME_CHARS.test(name), '文件名不能包含路径分隔符或 : * ? " < > | 等字符')
  .refine((name) => !name.includes('..'), '文件名不能包含“..”')
  .refine((name) => !UNSAFE_NAME_CHARS.test(name), '文件名不能包含控制字符')
  .refine((name) => name.trim() === name && !name.endsWith('.'), '文件名不能以空格开头或结尾，也不能以句点结尾')
  .refine((name) => !WINDOWS_DEVICE_NAMES.test(name), '文件名不能使用系统保留名称（如 CON、NUL、COM1）');

/**
 * The base name of a file the user picked in a dialog (looser than FileNameSchema: the user may
 * choose any name the system allows), never a path.
 */
export const BaseNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name), '应为文件名而不是路径');

/** One entry of a dialog's file-type list: `{ name: 'Excel 工作簿', extensions: ['xlsx'] }`. */
export const FileFilterSchema = z.strictObject({
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, '扩展名只能是字母和数字（不带点），或 *'))
    .min(1)
    .max(20),
});
export const FileFiltersSchema = z.array(FileFilterSchema).max(10);

// ---------------------------------------------------------------------------------------------
// Per-channel payloads

export const AppInfoSchema = z.object({
  name: z.literal('挂职通'),
  version: z.string().min(1),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  electronVersion: z.string().optional(),
});

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  filters: FileFiltersSchema,
  data: BytesSchema,
});
export const SaveFileResultSchema = z.object({
  saved: z.boolean(),
  /** Base name of the file written; the full path never reaches the renderer. */
  fileName: BaseNameSchema.optional(),
});

export const OpenFileRequestSchema = z.strictObject({
  title: z
    .string()
    .max(100)
    .refine((title) => !UNSAFE_NAME_CHARS.test(title), '标题不能包含控制字符')
    .optional(),
  filters: FileFiltersSchema,
  maxBytes: z.number().int().positive().max(MAX_OPEN_MAX_BYTES).default(DEFAULT_OPEN_MAX_BYTES),
});
export const OpenedFileSchema = z.object({
  /** Base name of the chosen file; the full path never reaches the renderer. */
  name: BaseNameSchema,
  data: BytesSchema,
});

export const BeginWorkbookRequestSchema = z.strictObject({
  /** Offered in the save dialog (Electron) or used for the download (web host); `.xlsx` is added if missing. */
  suggestedName: FileNameSchema,
  /** The head of every sheet, in tab order (shared/reports/document/schema.ts). */
  sheets: SheetHeadsSchema,
});
export const WorkbookJobSchema = z.object({ jobId: WorkbookJobIdSchema });

export const AppendWorkbookRowsRequestSchema = z.strictObject({
  jobId: WorkbookJobIdSchema,
  /** Index of the sheet in `sheets` of `xlsx:begin`. Sheets are filled in order: going on to a later sheet completes the earlier ones. */
  sheet: z.number().int().min(0).max(MAX_SHEETS - 1),
  rows: z.array(BodyRowSchema).max(MAX_ROWS_PER_CALL, `每次最多发送 ${MAX_ROWS_PER_CALL} 行`),
  /** Present on the sheet's last call: the bands under its rows. The sheet is then complete. */
  footer: BandsSchema.optional(),
});
export const AppendWorkbookRowsResultSchema = z.object({
  /** Body rows (data and group rows, every sheet) written so far in this job. */
  written: z.number().int().nonnegative(),
});

export const FinishWorkbookRequestSchema = z.strictObject({ jobId: WorkbookJobIdSchema });
export const FinishWorkbookResultSchema = z.object({
  /** Base name of the file written (Electron: where the user saved it; web host: the download name). */
  fileName: BaseNameSchema,
  /** The workbook's bytes, on the web host only (the browser downloads them). */
  data: BytesSchema.optional(),
});

export const AbortWorkbookRequestSchema = z.strictObject({ jobId: WorkbookJobIdSchema });
export const AbortWorkbookResultSchema = z.object({ aborted: z.literal(true) });

export const ReadWorkbookRequestSchema = z.strictObject({
  /** The file's bytes: an .xlsx or a CSV, told apart by content. */
  data: BytesSchema,
  /** Rows read from each sheet; the rest are counted but not returned. Default 50,000. */
  maxRows: z.number().int().positive().max(MAX_READ_MAX_ROWS).default(DEFAULT_READ_MAX_ROWS),
  /** The file's base name, for messages and a CSV's sheet name (never to decide the format). */
  name: BaseNameSchema.optional(),
  /** Made up by the renderer so that it can cancel the read with `xlsx:cancel-read`. */
  readId: ReadIdSchema.optional(),
});

export const CancelReadRequestSchema = z.strictObject({ readId: ReadIdSchema });

/** How far a read in main's worker has got: unpacked bytes read, then (a package) records checked. */
export const ReadProgressSchema = z.object({
  /** `reading`: `done` of `total` unpacked bytes of the file; `checking`: `done` of `total` steps of checking its records. */
  phase: z.enum(['reading', 'checking']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ReadProgress = z.infer<typeof ReadProgressSchema>;
export const ReadProgressRequestSchema = z.strictObject({ readId: ReadIdSchema });
export const CancelReadResultSchema = z.object({
  /** False when no such read was running or waiting (already finished). */
  cancelled: z.boolean(),
});

/** Most files one `file:openMany` may return; default 200. */
export const MAX_OPEN_MANY_FILES = 1000;
/** Default limit on the total size of the files of one `file:openMany` (256 MiB). */
export const DEFAULT_OPEN_MANY_TOTAL_BYTES = 256 * MIB;

export const OpenManyFilesRequestSchema = z.strictObject({
  title: OpenFileRequestSchema.shape.title,
  filters: FileFiltersSchema,
  /** Per file: a bigger one is skipped (listed in `skipped`), the others are read. */
  maxBytes: OpenFileRequestSchema.shape.maxBytes,
  /** Choosing more files than this refuses the whole call (`too-many-files`). */
  maxFiles: z.number().int().positive().max(MAX_OPEN_MANY_FILES).default(200),
  /** Files past this total are skipped (listed in `skipped`). */
  maxTotalBytes: z.number().int().positive().max(MAX_OPEN_MAX_BYTES).default(DEFAULT_OPEN_MANY_TOTAL_BYTES),
});
export const OpenManyFilesResultSchema = z.object({
  files: z.array(OpenedFileSchema),
  /** Files chosen but not read, each with a Chinese message naming it. */
  skipped: z.array(z.object({ name: BaseNameSchema, message: z.string().min(1) })),
});

/** Most files one `lrmx:read` call takes, and their largest total size (the renderer sends batches). */
export const MAX_LRMX_FILES_PER_CALL = 500;
export const MAX_LRMX_BYTES_PER_CALL = 128 * MIB;
export const ReadLrmxRequestSchema = z
  .array(z.strictObject({ name: BaseNameSchema, data: BytesSchema }))
  .min(1, '请至少选择一个文件')
  .max(MAX_LRMX_FILES_PER_CALL, `每次最多读取 ${MAX_LRMX_FILES_PER_CALL} 个文件`)
  .refine((files) => files.reduce((sum, f) => sum + f.data.byteLength, 0) <= MAX_LRMX_BYTES_PER_CALL, '每次读取的文件总大小不能超过 128 MB，请分批读取');

/** Most record books one `print:pdf` call joins into one PDF. */
export const MAX_PRINT_BOOKS = 500;

export const PrintPdfRequestSchema = z.strictObject({
  /** The print route to render (`#/print/<kind>?<params>`). */
  route: PrintRouteSchema,
  /** `save`: render to PDF and save it through the save dialog; `print`: the system print dialog. */
  action: z.enum(['save', 'print']),
  /** Offered in the save dialog; `.pdf` is added if missing. */
  suggestedName: FileNameSchema,
  /**
   * Further print routes rendered after `route` into the same PDF, each book starting on an odd
   * page (a batch or a township of record books). Desktop and `save` only.
   */
  more: z.array(PrintRouteSchema).max(MAX_PRINT_BOOKS - 1, `一次最多合并打印 ${MAX_PRINT_BOOKS} 本`).optional(),
  /**
   * `booklet`: each route's A5 pages imposed two per A4 landscape sheet side in saddle-stitch
   * order (print double-sided, flip on the short edge, fold). Desktop and `save` only.
   */
  impose: z.enum(['booklet']).optional(),
});
export const PrintPdfResultSchema = z.object({
  /**
   * `saved` / `printed`; `cancelled` when the clerk closed the save or print dialog; `opened` on
   * the web host, where the print route opens in a new tab and the browser's print dialog follows.
   */
  outcome: z.enum(['saved', 'printed', 'cancelled', 'opened']),
  /** Base name of the PDF written (`saved` only). */
  fileName: BaseNameSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// The channel table: the single place a channel's shape is declared.

/** What one row of the table holds. */
export interface ChannelSpec {
  /** zod tuple of the method's arguments as they cross the bridge. */
  readonly request: z.ZodType<readonly unknown[], readonly unknown[]>;
  /** zod schema of the result. */
  readonly response: z.ZodType;
  /** Served by the web host as `POST /api/<channel>` (no native dialog or window needed). */
  readonly web: boolean;
}

export const CONTRACT = {
  /** Name, version and host of the running app. */
  'app:info': { request: z.tuple([]), response: AppInfoSchema, web: true },
  /** Save dialog in main, then an atomic write. `{ saved: false }` when the user cancels. */
  'file:save': { request: z.tuple([SaveFileRequestSchema]), response: SaveFileResultSchema, web: false },
  /** Open dialog in main, then a size-limited read. `null` when the user cancels. */
  'file:open': { request: z.tuple([OpenFileRequestSchema]), response: OpenedFileSchema.nullable(), web: false },
  /** Starts an Excel export: the save dialog in Electron (`null` when the user cancels), then a job id. */
  'xlsx:begin': { request: z.tuple([BeginWorkbookRequestSchema]), response: WorkbookJobSchema.nullable(), web: true },
  /** Writes up to 2,000 more rows of one sheet of a job (and, on its last call, the sheet's footer). */
  'xlsx:rows': { request: z.tuple([AppendWorkbookRowsRequestSchema]), response: AppendWorkbookRowsResultSchema, web: true },
  /** Completes the sheets not yet completed and the file (web host: returns its bytes). */
  'xlsx:finish': { request: z.tuple([FinishWorkbookRequestSchema]), response: FinishWorkbookResultSchema, web: true },
  /** Abandons a job; nothing is left under the chosen name. Answers the same for an unknown job. */
  'xlsx:abort': { request: z.tuple([AbortWorkbookRequestSchema]), response: AbortWorkbookResultSchema, web: true },
  /** Reads a table file the renderer has opened (.xlsx or CSV) in a worker: its sheets, packed (shared/ipc/packed-sheets.ts). */
  'xlsx:read': { request: z.tuple([ReadWorkbookRequestSchema]), response: PackedWorkbookSchema, web: true },
  /** Stops a read started with that `readId` (the worker is terminated); the read rejects as cancelled. */
  'xlsx:cancel-read': { request: z.tuple([CancelReadRequestSchema]), response: CancelReadResultSchema, web: true },
  /** How far the read started with that `readId` has got; null when none is running (not started, waiting, or done). */
  'xlsx:read-progress': { request: z.tuple([ReadProgressRequestSchema]), response: ReadProgressSchema.nullable(), web: true },
  /** Open dialog with multiple selection, then size-limited reads. `null` when the user cancels. */
  'file:openMany': { request: z.tuple([OpenManyFilesRequestSchema]), response: OpenManyFilesResultSchema.nullable(), web: false },
  /** Reads 干部任免审批表 files (.lrmx, .lrm + .pic) the renderer has opened into persons and per-file errors. */
  'lrmx:read': { request: z.tuple([ReadLrmxRequestSchema]), response: ReadLrmxResultSchema, web: true },
  /** Renders a print route in a hidden window, then saves it as PDF or opens the print dialog (desktop only). */
  'print:pdf': { request: z.tuple([PrintPdfRequestSchema]), response: PrintPdfResultSchema, web: false },
  /** Starts writing an exchange package: the save dialog in Electron (`null` when cancelled), then a job id. */
  'package:begin': { request: z.tuple([BeginPackageRequestSchema]), response: WorkbookJobSchema.nullable(), web: true },
  /** Writes more rows of one table of a package (tables in order; records encoded as cells by the renderer). */
  'package:rows': { request: z.tuple([AppendPackageRowsRequestSchema]), response: AppendWorkbookRowsResultSchema, web: true },
  /** Writes the manifest and completes the package (web host: returns its bytes). */
  'package:finish': { request: z.tuple([FinishPackageRequestSchema]), response: FinishPackageResultSchema, web: true },
  /** Abandons a package being written; nothing is left under its name. */
  'package:abort': { request: z.tuple([AbortWorkbookRequestSchema]), response: AbortWorkbookResultSchema, web: true },
  /** Reads and checks a package file the renderer has opened (in a worker); its records stay in main under a handle. */
  'package:read': { request: z.tuple([ReadPackageRequestSchema]), response: PackageSummarySchema, web: true },
  /** Records of a read package or rows of an opened backup, a chunk at a time. */
  'held:records': { request: z.tuple([HeldRecordsRequestSchema]), response: HeldRecordsResultSchema, web: true },
  /** Drops a read package or an opened backup. */
  'held:release': { request: z.tuple([z.strictObject({ handle: HandleSchema })]), response: z.object({ released: z.boolean() }), web: true },
  /** Starts a backup into the backups folder (no dialog). */
  'backup:begin': { request: z.tuple([BeginBackupRequestSchema]), response: WorkbookJobSchema, web: true },
  /** Writes more rows of one table of a backup. */
  'backup:rows': { request: z.tuple([AppendBackupRowsRequestSchema]), response: AppendWorkbookRowsResultSchema, web: true },
  /** Completes a backup and removes this PC's backups beyond the last `keep`. */
  'backup:finish': { request: z.tuple([FinishBackupRequestSchema]), response: z.object({ fileName: z.string(), sizeBytes: z.number().int().nonnegative() }), web: true },
  /** Abandons a backup being written. */
  'backup:abort': { request: z.tuple([AbortWorkbookRequestSchema]), response: AbortWorkbookResultSchema, web: true },
  /** The backups in the backups folder, newest first. */
  'backup:list': { request: z.tuple([]), response: BackupListSchema, web: true },
  /** Opens and checks a backup (from the folder, or a file the clerk picked); its rows stay in main under a handle. */
  'backup:open': { request: z.tuple([OpenBackupRequestSchema]), response: OpenedBackupSchema, web: true },
} as const satisfies { readonly [C in Channel]: ChannelSpec };

/** Channels the web host serves over HTTP. */
export type WebChannel = { [C in Channel]: (typeof CONTRACT)[C]['web'] extends true ? C : never }[Channel];

/** Names of the channels the web host serves over HTTP. */
export const WEB_CHANNELS = (Object.keys(CONTRACT) as Channel[]).filter(
  (channel): channel is WebChannel => CONTRACT[channel].web,
);

/** Arguments as the renderer passes them (defaults not yet applied). */
export type RequestArgs<C extends Channel> = z.input<(typeof CONTRACT)[C]['request']>;
/** Arguments as a service receives them (validated, defaults applied). */
export type ParsedArgs<C extends Channel> = z.output<(typeof CONTRACT)[C]['request']>;
/** What a service returns before validation. */
export type ServiceResult<C extends Channel> = z.input<(typeof CONTRACT)[C]['response']>;
/** What the renderer receives. */
export type ResponseOf<C extends Channel> = z.output<(typeof CONTRACT)[C]['response']>;

// ---------------------------------------------------------------------------------------------
// Types the renderer and main use

export type AppInfo = z.output<typeof AppInfoSchema>;
export type FileFilter = z.output<typeof FileFilterSchema>;
export type SaveFileRequest = z.input<typeof SaveFileRequestSchema>;
export type SaveFileResult = z.output<typeof SaveFileResultSchema>;
export type OpenFileRequest = z.input<typeof OpenFileRequestSchema>;
export type OpenedFile = z.output<typeof OpenedFileSchema>;
export type BeginWorkbookRequest = z.input<typeof BeginWorkbookRequestSchema>;
export type FinishWorkbookResult = z.output<typeof FinishWorkbookResultSchema>;
export type ReadWorkbookRequest = z.input<typeof ReadWorkbookRequestSchema>;
export type CancelReadRequest = z.input<typeof CancelReadRequestSchema>;
export type OpenManyFilesRequest = z.input<typeof OpenManyFilesRequestSchema>;
export type OpenManyFilesResult = z.output<typeof OpenManyFilesResultSchema>;
export type PrintPdfRequest = z.input<typeof PrintPdfRequestSchema>;
export type PrintPdfResult = z.output<typeof PrintPdfResultSchema>;
export type { PackedWorkbook, ReadCell, ReadSheet, ReadWorkbookResult } from './workbook-schemas';

type BridgeMethods = {
  [C in Channel as ChannelMethod<C>]: (...args: RequestArgs<C>) => Promise<ResponseOf<C>>;
};

/**
 * What the renderer calls, via `getBridge()`: the preload's `api` in Electron, the web bridge in a plain
 * browser. Derived from CONTRACT, so today it reads:
 * ```
 * appInfo(): Promise<AppInfo>
 * saveFile(req: SaveFileRequest): Promise<SaveFileResult>
 * openFile(req: OpenFileRequest): Promise<OpenedFile | null>   // null = the user cancelled
 * beginWorkbook({ suggestedName, sheets }): Promise<{ jobId } | null>   // null = the user cancelled
 * appendWorkbookRows({ jobId, sheet, rows, footer? }): Promise<{ written }>
 * finishWorkbook({ jobId }): Promise<{ fileName, data? }>
 * abortWorkbook({ jobId }): Promise<{ aborted: true }>
 * readWorkbook({ data, maxRows?, name?, readId? }): Promise<PackedWorkbook>   // .xlsx or CSV; readTableBytes unpacks
 * cancelRead({ readId }): Promise<{ cancelled }>
 * readProgress({ readId }): Promise<{ phase: 'reading' | 'checking', done, total } | null>
 * openFiles({ title?, filters, maxBytes?, maxFiles?, maxTotalBytes? }): Promise<{ files, skipped } | null>
 * readLrmx([{ name, data }, …]): Promise<ReadLrmxResult>   // { records, errors }
 * printPdf({ route, action, suggestedName, more?, impose? }): Promise<{ outcome, fileName? }>
 * beginPackage({ suggestedName, header }) / appendPackageRows({ jobId, table, seq, rows }) /
 *   finishPackage({ jobId, seen, counts }) → { fileName, data?, contentSha256, seen } / abortPackage({ jobId })
 * readPackage({ data, name, schemaVersion, readId? }) → { handle, manifest, counts, latestStamp, migrationConflicts }
 * heldRecords({ handle, table, offset, limit }) → { page, total } (heldRows reads it) / releaseHeld({ handle })
 * beginBackup({ header }) / appendBackupRows({ jobId, table, rows }) / finishBackup({ jobId, keep }) / abortBackup
 * listBackups() → { folder, backups } / openBackup({ fileName | data+name, schemaVersion }) → { handle, header }
 * ```
 * Every method rejects with a BridgeException (./errors.ts) carrying a BridgeError.
 */
export interface Bridge extends BridgeMethods {}

/** A failure that crosses the bridge. `message` is Chinese and tells the clerk what to do. */
export interface BridgeError {
  code: string;
  message: string;
}
export const BridgeErrorSchema = z.object({ code: z.string().min(1), message: z.string().min(1) });
