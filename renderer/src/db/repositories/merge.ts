import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { mergeSeen, mergeTable, type ConflictEntry, type MergeStats } from '@shared/sync/merge';
import type { SeenVector, Stored } from '@shared/sync/record';
import type { Writer } from '../writer';

/** Another PC's records and knowledge, as an exchange package carries them. */
export interface IncomingState {
  tables: Partial<Record<TableName, readonly Stored<object>[]>>;
  /** the exporting PC's knowledge vector */
  seen: SeenVector;
  /** the exporting PC's site id, kept with the conflict entries */
  sourceSite?: string;
}

/** What merging another PC's records did, per table, and how many new conflict entries it kept. */
export interface MergeOutcome {
  stats: Partial<Record<TableName, MergeStats>>;
  conflicts: number;
}

/**
 * Merges another PC's records into this database (ARCHITECTURE §3), inside the caller's ONE
 * transaction: per table in dependency order, the merge (`mergeTable`: per field the higher stamp
 * wins) decides each record; this PC's clock receives the incoming stamps; changed records are stored
 * through the Writer (derived fields and hooks included); conflict entries are kept for the
 * Conflicts screen; the knowledge vector becomes the pointwise maximum of both.
 */
export async function mergeIncoming(w: Writer, incoming: IncomingState): Promise<MergeOutcome> {
  const localSeen = (await w.db.meta.get('seen'))?.value as SeenVector | undefined;
  const stats: MergeOutcome['stats'] = {};
  const conflicts: ConflictEntry[] = [];
  for (const table of TABLE_NAMES) {
    const rows = incoming.tables[table];
    if (!rows?.length) continue;
    const local = await w.db.entity(table).bulkGet(rows.map((r) => r.id));
    const result = mergeTable(table, new Map(local.filter((r) => !!r).map((r) => [r!.id, r!])), rows);
    w.receive(rows.flatMap((r) => Object.values(r._clock ?? {})));
    await w.putMerged(table, result.upserts);
    conflicts.push(...result.conflicts);
    stats[table] = result.stats;
  }
  const detectedAt = new Date().toISOString();
  const kept = await w.addConflicts(conflicts.map((c) => ({ ...c, detectedAt, ...(incoming.sourceSite ? { sourceSite: incoming.sourceSite } : {}) })));
  await w.setMeta('seen', mergeSeen(localSeen ?? {}, incoming.seen));
  return { stats, conflicts: kept };
}
