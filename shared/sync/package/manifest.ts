import { z } from 'zod';
import { SITE_ROLE } from '../../domain/enums';
import { isHlc, isSiteId } from '../hlc';
import type { PackageScope } from '../scope';

/*
 * The `_manifest` of a package (issue 11 item 1): what it is, from which PC, for whom, what it
 * carries. It is the hidden last sheet, one `key | JSON value` row per entry, written after the
 * data so that the writer can put in what it counted and hashed on the way: each table's records,
 * columns and SHA-256 over its cells, the `seen` of the records it carries. `contentSha256` is the
 * SHA-256 of the canonical JSON of every other entry, so an edit anywhere in the file — a cell of a
 * table or a line of the manifest — is found (a check against damage and editing by hand, not a
 * signature: anyone with the program could write a valid package).
 */

/** `format` of every 挂职通 package. */
export const PACKAGE_FORMAT = 'guazhitong-package';
/** The layout this build writes and the newest it reads. */
export const PACKAGE_FORMAT_VERSION = 1;
/** Name of the visible first sheet for people. */
export const NOTES_SHEET = '说明';
/** Name of the hidden manifest sheet. */
export const MANIFEST_SHEET = '_manifest';
/** Name of the hidden sheet of texts too long for one cell (a cadre's photo): `number | part | text` rows. */
export const LONG_SHEET = '_long';

const HlcSchema = z.string().refine(isHlc, '时间戳格式不对');
const SiteIdSchema = z.string().refine(isSiteId, '电脑编号格式不对');
const IdSchema = z.string().min(1).max(64).regex(/^[\w-]+$/, '编号格式不对');
const TextSchema = z.string().max(200);
const IsoTimeSchema = z.iso.datetime({ offset: true });

export const SeenVectorSchema = z.record(SiteIdSchema, HlcSchema);

export const PackageScopeSchema: z.ZodType<PackageScope> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all'), restricted: z.boolean() }),
  z.strictObject({ kind: z.literal('receiving'), unitId: IdSchema }),
  z.strictObject({ kind: z.literal('dispatching'), unitId: IdSchema }),
]);

/** The PC that wrote a package. */
export const PackageSourceSchema = z.strictObject({
  siteId: SiteIdSchema,
  label: TextSchema,
  role: z.enum(SITE_ROLE.items.map((i) => i.code) as [string, ...string[]]),
  countyName: TextSchema,
  unitId: IdSchema,
  unitName: TextSchema,
});

/** Whom a package is for: a PC known from earlier packages, or a party (a unit, 全部). */
export const PackageTargetSchema = z.strictObject({
  label: TextSchema,
  siteId: SiteIdSchema.optional(),
  scope: PackageScopeSchema,
});

/** An earlier package, as a later one refers to it. */
export const PackageRefSchema = z.strictObject({
  packageId: z.uuid(),
  created: IsoTimeSchema,
  fileName: z.string().max(255).optional(),
});

/** One column of a table sheet (columns.ts). */
export const ManifestColumnSchema = z.strictObject({
  key: z.string().min(1).max(60),
  codec: z.enum(['text', 'number', 'bool', 'json']),
});

/** What the manifest says about one table. */
export const ManifestTableSchema = z.strictObject({
  /** the sheet (its continuations are `<sheet>(2)` …) */
  sheet: z.string().min(1).max(31),
  columns: z.array(ManifestColumnSchema).min(1).max(100),
  count: z.number().int().nonnegative(),
  /** of which tombstones */
  deleted: z.number().int().nonnegative(),
  /** SHA-256 of the table's data rows (digest.ts) */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** What the writer of a package is told (the rest it counts itself). */
export const PackageHeaderSchema = z.strictObject({
  packageId: z.uuid(),
  created: IsoTimeSchema,
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
  source: PackageSourceSchema,
  target: PackageTargetSchema,
  /** null: a full package; else the earlier package of this PC to the same party it continues */
  base: PackageRefSchema.nullable(),
  /** the last package this PC imported from each other PC: what the receiver may leave out next time */
  received: z.record(SiteIdSchema, PackageRefSchema),
  /** the last stamp of this PC's clock */
  clock: HlcSchema.optional(),
  /** records of sample data (载入示例数据) left out */
  sampleSkipped: z.number().int().nonnegative(),
});

/** The manifest as written. */
export const ManifestSchema = PackageHeaderSchema.extend({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** per table, in sheet order */
  tables: z.record(z.string().min(1).max(60), ManifestTableSchema),
  /** for each site, the highest stamp the package's records know */
  seen: SeenVectorSchema,
  /** the rows of the `_long` sheet and their SHA-256 */
  long: z.strictObject({ count: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type PackageHeader = z.infer<typeof PackageHeaderSchema>;
export type PackageSource = z.infer<typeof PackageSourceSchema>;
export type PackageTarget = z.infer<typeof PackageTargetSchema>;
export type PackageRef = z.infer<typeof PackageRefSchema>;
export type ManifestTable = z.infer<typeof ManifestTableSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
