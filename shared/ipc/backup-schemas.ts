// Validators of the backup channels (`backup:*`): the header of a backup file, its rows, what the
// list of backups and an opened backup look like to the renderer.
import { z } from 'zod';
import { SITE_ROLE } from '../domain/enums';
import { MAX_RECORDS_PER_CALL } from './package-schemas';

/** Rows per table, and how many of them are deletions. */
const TableCountsSchema = z.record(z.string().min(1).max(60), z.strictObject({ count: z.number().int().nonnegative(), deleted: z.number().int().nonnegative() }));

/** Why a backup was made. */
export const BackupReasonSchema = z.enum(['daily', 'beforeImport', 'manual', 'beforeRestore']);

/** Who and what a backup is of (the first line of the file). */
export const BackupHeaderSchema = z.strictObject({
  created: z.iso.datetime({ offset: true }),
  reason: BackupReasonSchema,
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
  site: z.strictObject({
    siteId: z.string().regex(/^[0-9a-f]{16}$/),
    label: z.string().max(60),
    role: z.enum(SITE_ROLE.items.map((i) => i.code) as [string, ...string[]]),
    countyName: z.string().max(40),
  }),
  /** e.g. the package about to be imported */
  note: z.string().max(200).optional(),
  /** rows per table (every table of the database, bookkeeping included) */
  counts: TableCountsSchema,
});

export const BeginBackupRequestSchema = z.strictObject({ header: BackupHeaderSchema });

export const AppendBackupRowsRequestSchema = z.strictObject({
  jobId: z.uuid(),
  table: z.string().min(1).max(60),
  rows: z.array(z.record(z.string(), z.unknown())).max(MAX_RECORDS_PER_CALL, `每次最多发送 ${MAX_RECORDS_PER_CALL} 行`),
});

export const FinishBackupRequestSchema = z.strictObject({
  jobId: z.uuid(),
  /** backups of this PC to keep (older ones are removed) */
  keep: z.number().int().min(1).max(365),
});

/** One backup file in the backups folder. */
export const BackupInfoSchema = z.object({
  fileName: z.string().min(1).max(255),
  header: BackupHeaderSchema,
  sizeBytes: z.number().int().nonnegative(),
});

export const BackupListSchema = z.object({
  /** where the backups are (shown to the clerk) */
  folder: z.string(),
  /** newest first */
  backups: z.array(BackupInfoSchema),
});

/** A backup from the folder (by name) or from a file the clerk picked (its bytes). */
export const OpenBackupRequestSchema = z.union([
  z.strictObject({ fileName: z.string().min(1).max(255), schemaVersion: z.number().int().positive() }),
  z.strictObject({ data: z.custom<Uint8Array>((v) => v instanceof Uint8Array), name: z.string().min(1).max(255), schemaVersion: z.number().int().positive() }),
]);

/** An opened, checked backup; its rows are fetched with `held:records`. */
export const OpenedBackupSchema = z.object({ handle: z.uuid(), header: BackupHeaderSchema });

export type BackupHeader = z.output<typeof BackupHeaderSchema>;
export type BackupReason = z.output<typeof BackupReasonSchema>;
export type BackupInfo = z.output<typeof BackupInfoSchema>;
