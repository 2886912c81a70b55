// Validators of the exchange channels (`package:*`, `backup:*`): records as they cross the bridge,
// the package header and manifest (shared/sync/package/manifest.ts), what a read package and a
// backup look like to the renderer.
import { z } from 'zod';
import { ManifestSchema, PackageHeaderSchema, SeenVectorSchema } from '../sync/package/manifest';

/** Most records one `package:rows`/`backup:rows` call carries, and one `package:records` call returns. */
export const MAX_RECORDS_PER_CALL = 5_000;

/** Identifies an opened package or backup in main (a UUID main hands out). */
export const HandleSchema = z.uuid({ message: '数据包编号无效' });

/** A synced record as it travels: sync metadata checked, fields passed through. */
export const WireRecordSchema = z.looseObject({
  id: z.string().min(1).max(64),
  _deleted: z.boolean(),
  _clock: z.record(z.string().max(60), z.string().max(64)),
  _hlc: z.string().max(64),
  _known: z.record(z.string().max(16), z.string().max(64)).optional(),
});

/** Records announced per table (the 说明 sheet is written before them). */
export const TableCountsSchema = z.record(z.string().min(1).max(60), z.strictObject({ count: z.number().int().nonnegative(), deleted: z.number().int().nonnegative() }));

export const BeginPackageRequestSchema = z.strictObject({
  /** offered in the save dialog (Electron) or used for the download (web host) */
  suggestedName: z.string().min(1).max(120),
  header: PackageHeaderSchema,
  counts: TableCountsSchema,
});

export const AppendRecordsRequestSchema = z.strictObject({
  jobId: z.uuid(),
  table: z.string().min(1).max(60),
  records: z.array(WireRecordSchema).max(MAX_RECORDS_PER_CALL, `每次最多发送 ${MAX_RECORDS_PER_CALL} 条记录`),
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

/** Rows held in main: a package's records (checked by the reader already) or a backup's rows (any table, bookkeeping ones too). */
export const HeldRecordsResultSchema = z.object({ records: z.array(z.looseObject({})), total: z.number().int().nonnegative() });

export type WireRecordIn = z.input<typeof WireRecordSchema>;
export type PackageSummary = z.output<typeof PackageSummarySchema>;
