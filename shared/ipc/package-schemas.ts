// Validators of the exchange channels (`package:*`, `backup:*`): records as they cross the bridge,
// the package header and manifest (shared/sync/package/manifest.ts), what a read package and a
// backup look like to the renderer.
import { z } from 'zod';
import { unpackHeldPage } from './held-page';
import { PackedSheetError, unpackRows, valuesOfJson } from './packed-sheets';
import { isUint8Array, PackedBytesSchema } from './workbook-schemas';
import { ManifestSchema, PackageHeaderSchema, SeenVectorSchema } from '../sync/package/manifest';

/** Most records (or rows) one `package:rows`/`backup:rows` call carries, and one `held:records` call returns. */
export const MAX_RECORDS_PER_CALL = 5_000;

/** Identifies an opened package or backup in main (a UUID main hands out). */
export const HandleSchema = z.uuid({ message: '数据包编号无效' });

/** Longest text of a package cell (Excel's limit; longer texts travel on the `_long` sheet). */
const MAX_CELL_CHARS = 32_767;
/** Most cells of a package row (the widest table has far fewer columns). */
const MAX_ROW_CELLS = 512;

const PackageCellSchema = z.union([z.string().max(MAX_CELL_CHARS), z.number().refine(Number.isFinite, '数值无效'), z.null()]);

/** What PackageCellSchema accepts for each value, checked by a plain loop. */
function isPackageCells(v: readonly unknown[]): boolean {
  for (let i = 0; i < v.length; i++) {
    const cell: unknown = v[i];
    if (cell === null) continue;
    if (typeof cell === 'string' ? cell.length > MAX_CELL_CHARS : typeof cell !== 'number' || !Number.isFinite(cell)) return false;
  }
  return true;
}

/** Bytes of any realm (isUint8Array). */
const AnyRealmBytesSchema = z.custom<Uint8Array>(isUint8Array, { message: '应为二进制数据' });

/**
 * The rows of one call, as the package's cells packed (shared/ipc/packed-sheets.ts: each distinct
 * value once, a year of attendance is mostly the same few statuses and clocks; the values as JSON
 * bytes), unpacked here. The values are checked by isPackageCells first (a schema costs more than
 * writing them); values it refuses go through the schema, whose issues name what is wrong.
 */
const PackageRowsSchema = z
  .strictObject({
    valuesJson: AnyRealmBytesSchema,
    cells: PackedBytesSchema,
    rowEnds: PackedBytesSchema.refine((ends) => ends.byteLength <= 4 * MAX_RECORDS_PER_CALL, `每次最多发送 ${MAX_RECORDS_PER_CALL} 行`),
  })
  .transform((packed, ctx) => {
    try {
      const values = valuesOfJson(packed.valuesJson);
      if (!isPackageCells(values)) {
        const checked = z.array(PackageCellSchema).safeParse(values);
        for (const issue of checked.error?.issues ?? []) ctx.addIssue({ ...issue, path: ['valuesJson', ...issue.path] });
        return z.NEVER;
      }
      const rows = unpackRows({ values: values as (string | number | null)[], cells: packed.cells, rowEnds: packed.rowEnds });
      if (rows.every((row) => row.length <= MAX_ROW_CELLS)) return rows;
      ctx.addIssue({ code: 'custom', message: `每行最多 ${MAX_ROW_CELLS} 个单元格` });
    } catch (err) {
      if (!(err instanceof PackedSheetError)) throw err;
      ctx.addIssue({ code: 'custom', message: `行数据不完整（${err.message}）` });
    }
    return z.NEVER;
  });

export const BeginPackageRequestSchema = z.strictObject({
  /** offered in the save dialog (Electron) or used for the download (web host) */
  suggestedName: z.string().min(1).max(120),
  header: PackageHeaderSchema,
});

export const AppendPackageRowsRequestSchema = z.strictObject({
  jobId: z.uuid(),
  /** a table of the package, or `_long` for the texts too long for a cell (after the last table) */
  table: z.string().min(1).max(60),
  /** the table's records encoded as the package's cells (shared/sync/package/encoder.ts PackageRowEncoder), packed */
  rows: PackageRowsSchema,
  /** the call's place among the job's `package:rows` calls (0, 1, 2 …): calls may overlap, and are written in this order */
  seq: z.number().int().nonnegative().max(1_000_000),
});

export const FinishPackageRequestSchema = z.strictObject({
  jobId: z.uuid(),
  /** the highest stamp of each site in the records sent (PackageRowEncoder.seen) */
  seen: SeenVectorSchema,
  /** records sent per table: main refuses to complete a package that did not get them all */
  counts: z.record(z.string().min(1).max(60), z.number().int().nonnegative()),
  /** records of sample data left out (known once every table has been read): goes into the header */
  sampleSkipped: z.number().int().nonnegative(),
});

export const FinishPackageResultSchema = z.object({
  fileName: z.string().min(1).max(255),
  /** the package's bytes, on the web host only (the browser downloads them) */
  data: z.custom<Uint8Array>((v) => v instanceof Uint8Array).optional(),
  contentSha256: z.string(),
  seen: SeenVectorSchema,
});

/** A conflict entry as the merge makes it (shared/sync/conflict.ts). */
export const ConflictEntrySchema = z.object({
  id: z.string(),
  table: z.string(),
  recordId: z.string(),
  field: z.string(),
  kind: z.enum(['overwrite', 'deleteEdit']),
  keptValue: z.unknown(),
  keptStamp: z.string(),
  lostValue: z.unknown(),
  lostStamp: z.string(),
  keptSite: z.string(),
  lostSite: z.string(),
});

export const ReadPackageRequestSchema = z.strictObject({
  data: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '应为二进制数据（Uint8Array）' }),
  name: z.string().min(1).max(255),
  /** the renderer's database schema version: a newer package is refused */
  schemaVersion: z.number().int().positive(),
  /** made up by the renderer so that it can cancel the read with `xlsx:cancel-read` */
  readId: z.uuid().optional(),
});

/** A package read and checked in main, its records kept there until released. */
export const PackageSummarySchema = z.object({
  handle: HandleSchema,
  manifest: ManifestSchema,
  /** records per table, in this build's schema (an older package's after its upgrade) */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  latestStamp: z.string(),
  migrationConflicts: z.array(ConflictEntrySchema),
});

export const HeldRecordsRequestSchema = z.strictObject({
  handle: HandleSchema,
  table: z.string().min(1).max(60),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive().max(MAX_RECORDS_PER_CALL),
});

/**
 * Rows held in main: a package's records (checked by the reader already) or a backup's rows (any
 * table, bookkeeping ones too), as the UTF-8 bytes of a page's text (held-page.ts; `heldRows` reads
 * it): bytes cross the bridge without being walked, encoded or checked record by record (on the
 * web host beside the JSON, where a string was escaped inside it and parsed twice).
 */
export const HeldRecordsResultSchema = z.object({
  page: AnyRealmBytesSchema,
  total: z.number().int().nonnegative(),
});

const pageDecoder = new TextDecoder();

/** The rows of a `held:records` answer; throws when its bytes are not a page of objects. */
export function heldRows(result: { page: Uint8Array }): Record<string, unknown>[] {
  return unpackHeldPage(pageDecoder.decode(result.page));
}

export type PackageSummary = z.output<typeof PackageSummarySchema>;
