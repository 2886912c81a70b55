import type { PackageRef } from '@shared/sync/package/manifest';
import type { Hlc } from '@shared/sync/record';
import type { PackageScope } from '@shared/sync/scope';
import type { ConflictRow, ExportLogRow, ImportLogRow, ReadDb } from '../database';

/** Another PC this one has received packages from (数据交换's partners). */
export interface Partner {
  siteId: string;
  label: string;
  role: string;
  /** its home unit (as its last package said) */
  unitId?: string;
  /** the last package received from it */
  lastImport: { packageId: string; created: string; importedAt: string };
  /** the last package of this PC it had imported when it wrote that package */
  ack?: PackageRef;
  /** its latest own stamp it has told us about (it holds every write it made) */
  clock?: Hlc;
}

/** The PCs packages came from, most recent first, each with what its last package said. */
export async function listPartners(db: ReadDb): Promise<Partner[]> {
  const rows = await db.importLog.orderBy('importedAt').reverse().toArray();
  const out = new Map<string, Partner>();
  for (const row of rows) {
    const known = out.get(row.sourceSiteId);
    const created = row.created ?? row.importedAt;
    if (!known) {
      out.set(row.sourceSiteId, {
        siteId: row.sourceSiteId,
        label: row.sourceLabel,
        role: row.sourceRole ?? '',
        ...(row.sourceUnitId ? { unitId: row.sourceUnitId } : {}),
        lastImport: { packageId: row.packageId, created, importedAt: row.importedAt },
        ...(row.ack ? { ack: row.ack } : {}),
        ...(row.seen?.[row.sourceSiteId] ? { clock: row.seen[row.sourceSiteId] } : {}),
      });
      continue;
    }
    // The newest confirmation and clock win, whatever order the packages were imported in.
    if (row.ack && (!known.ack || known.ack.created < row.ack.created)) known.ack = row.ack;
    const clock = row.seen?.[row.sourceSiteId];
    if (clock && (!known.clock || known.clock < clock)) known.clock = clock;
    if (created > known.lastImport.created) known.lastImport = { packageId: row.packageId, created, importedAt: row.importedAt };
  }
  return [...out.values()];
}

/** For every PC packages came from, the newest package imported from it (what this PC's packages confirm). */
export async function lastImported(db: ReadDb): Promise<Record<string, PackageRef>> {
  const out: Record<string, PackageRef> = {};
  for (const p of await listPartners(db)) out[p.siteId] = { packageId: p.lastImport.packageId, created: p.lastImport.created };
  return out;
}

/** When a package was imported here, if it was. */
export async function importedAt(db: ReadDb, packageId: string): Promise<string | undefined> {
  return (await db.importLog.where('packageId').equals(packageId).first())?.importedAt;
}

/** Every package id imported here, with when (for checking a package against this PC). */
export async function importedPackages(db: ReadDb): Promise<Map<string, string>> {
  return new Map((await db.importLog.toArray()).map((r) => [r.packageId, r.importedAt]));
}

/** An exported package of this PC, by id. */
export function exportedPackage(db: ReadDb, packageId: string): Promise<ExportLogRow | undefined> {
  return db.exportLog.get(packageId);
}

/** One line of 数据交换 → 记录. */
export type ExchangeLogEntry =
  | { direction: 'export'; at: string; partner: string; scope: PackageScope; base: PackageRef | null; counts: Record<string, number>; fileName: string; by?: string; packageId: string }
  | {
      direction: 'import';
      at: string;
      created: string;
      partner: string;
      scope?: PackageScope;
      base?: PackageRef | null;
      counts: Record<string, number>;
      changes?: ImportLogRow['changes'];
      fileName: string;
      by?: string;
      packageId: string;
    };

/** Every package exported and imported, newest first. */
export async function exchangeLog(db: ReadDb): Promise<ExchangeLogEntry[]> {
  const exports = (await db.exportLog.toArray()).map(
    (r): ExchangeLogEntry => ({ direction: 'export', at: r.createdAt, partner: r.partnerLabel, scope: r.scope, base: r.base, counts: r.counts, fileName: r.fileName, packageId: r.id, ...(r.by ? { by: r.by } : {}) }),
  );
  const imports = (await db.importLog.toArray()).map(
    (r): ExchangeLogEntry => ({
      direction: 'import',
      at: r.importedAt,
      created: r.created ?? r.importedAt,
      partner: r.sourceLabel,
      ...(r.scope ? { scope: r.scope } : {}),
      ...(r.base !== undefined ? { base: r.base } : {}),
      counts: r.counts,
      ...(r.changes ? { changes: r.changes } : {}),
      fileName: r.fileName,
      packageId: r.packageId,
      ...(r.by ? { by: r.by } : {}),
    }),
  );
  return [...exports, ...imports].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Conflict entries, the open ones first (each group newest first). */
export async function listConflicts(db: ReadDb): Promise<ConflictRow[]> {
  const all = await db.conflicts.orderBy('detectedAt').reverse().toArray();
  return [...all.filter((c) => !c.resolvedAt), ...all.filter((c) => c.resolvedAt)];
}

/** How many conflict entries wait for a decision (the badge on the menu). */
export function countOpenConflicts(db: ReadDb): Promise<number> {
  return db.conflicts.filter((c) => !c.resolvedAt).count();
}

