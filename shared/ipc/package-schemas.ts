// Validators of the exchange channels (`package:*`, `backup:*`): records as they cross the bridge,
// the package header and manifest (shared/sync/package/manifest.ts), what a read package and a
// backup look like to the renderer.
import { z } from 'zod';
import { unpackHeldPage } from './held-page';
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

/** A plain object (not an array, not a class instance). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A map of strings of at most `keyMax` characters to strings of at most 64. */
function isStampMap(v: unknown, keyMax: number): boolean {
  if (!isPlainObject(v)) return false;
  for (const key in v) {
    const value = v[key];
    if (key.length > keyMax || typeof value !== 'string' || value.length > 64) return false;
  }
  return true;
}

/** What WireRecordSchema accepts, checked by a plain loop (never accepts what the schema refuses). */
function isWireRecord(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  const { id, _deleted, _clock, _hlc, _known } = v;
  return (
    typeof id === 'string' &&
    id.length >= 1 &&
    id.length <= 64 &&
    typeof _deleted === 'boolean' &&
    typeof _hlc === 'string' &&
    _hlc.length <= 64 &&
    isStampMap(_clock, 60) &&
    (_known === undefined || isStampMap(_known, 16))
  );
}

/**
 * The records of one call: checked by isWireRecord first (the schema costs more than writing
 * them); a chunk it refuses goes through WireRecordSchema, whose issues name what is wrong.
 */
const WireRecordsSchema = z
  .array(z.unknown())
  .max(MAX_RECORDS_PER_CALL, `每次最多发送 ${MAX_RECORDS_PER_CALL} 条记录`)
  .superRefine((records, ctx) => {
    if (records.every(isWireRecord)) return;
    const checked = z.array(WireRecordSchema).safeParse(records);
    if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue });
  })
  .transform((records) => records as z.output<typeof WireRecordSchema>[]);

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
  records: WireRecordsSchema,
  /** the call's place among the job's `package:rows` calls (0, 1, 2 …): calls may overlap, and are written in this order */
  seq: z.number().int().nonnegative().max(1_000_000),
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
 * table, bookkeeping ones too), as the text of a page (held-page.ts; `heldRows` reads it): one
 * string crosses the bridge without being walked, encoded or checked record by record.
 */
export const HeldRecordsResultSchema = z.object({ json: z.string(), total: z.number().int().nonnegative() });

/** The rows of a `held:records` answer; throws when its text is not a page of objects. */
export function heldRows(result: { json: string }): Record<string, unknown>[] {
  return unpackHeldPage(result.json);
}

export type WireRecordIn = z.input<typeof WireRecordSchema>;
export type PackageSummary = z.output<typeof PackageSummarySchema>;
