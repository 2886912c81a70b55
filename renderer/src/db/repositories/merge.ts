import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { mergeSeen, mergeTable, type ConflictEntry, type MergeStats } from '@shared/sync/merge';
import { sameFieldValue } from '@shared/sync/field-value';
import type { SeenVector, Stored } from '@shared/sync/record';
import type { ReadDb } from '../database';
import { AppError } from '../errors';
import type { Writer } from '../writer';

/** Another PC's records and what they know, as an exchange package carries them. */
export interface IncomingState {
  tables: Partial<Record<TableName, readonly Stored<object>[]>>;
  /** the highest stamp per site the records know (the package's `seen`) */
  seen: SeenVector;
  /** the exporting PC's site id, kept with the conflict entries */
  sourceSite?: string;
}

/** What merging another PC's records did, per table, and how many new conflict entries it kept. */
export interface MergeOutcome {
  stats: Partial<Record<TableName, MergeStats>>;
  conflicts: number;
}

/** Records merged per step: a step reads, merges and stores this many, then reports progress. */
const CHUNK = 2_000;

/**
 * A table's incoming records are matched with this PC's by key ranges (one bulk read per chunk)
 * instead of one lookup per id when they are at least this share of the local table: read in id
 * order, the chunks' ranges do not overlap, so every local record is read at most once and the
 * reads cost at most this factor times the incoming records.
 */
const RANGE_READ_FACTOR = 4;

const byId = (a: Stored<object>, b: Stored<object>): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** How many records `incoming` holds. */
export function incomingSize(incoming: Pick<IncomingState, 'tables'>): number {
  return TABLE_NAMES.reduce((sum, t) => sum + (incoming.tables[t]?.length ?? 0), 0);
}

/**
 * Merges incoming records table by table against `db`'s (`mergeTable`: per field the higher stamp
 * wins; a package holds each id once per table, so it can go chunk by chunk). `step` gets each
 * chunk's result and the local records it was merged with, one step at a time and in order (the
 * next chunk is read and merged while a step is under way). Reads only: the preview runs it, and
 * the import with a `step` that stores. A table that brings many records relative to the local
 * ones goes in id order, each chunk's local records read as one key range (RANGE_READ_FACTOR); a
 * few records into a big table, by their ids.
 */
export async function mergeChunks(
  db: ReadDb,
  tables: IncomingState['tables'],
  step: (table: TableName, chunk: readonly Stored<object>[], result: ReturnType<typeof mergeTable>, local: ReadonlyMap<string, Stored<object>>) => Promise<void> | void,
): Promise<Partial<Record<TableName, MergeStats>>> {
  const stats: Partial<Record<TableName, MergeStats>> = {};
  for (const table of TABLE_NAMES) {
    const rows = tables[table];
    if (!rows?.length) continue;
    const sum: MergeStats = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    const stored = db.entity(table);
    const ranged = rows.length * RANGE_READ_FACTOR >= (await stored.count());
    // A package's rows come in id order (the exporter reads tables by primary key): sorted only if not.
    const ordered = ranged && !rows.every((r, i) => i === 0 || byId(rows[i - 1]!, r) <= 0) ? [...rows].sort(byId) : rows;
    // One step under way at a time, in order; meanwhile the next chunk is read and merged (its
    // ids are not the step's, so the step's writes cannot change what it reads): the merge's work
    // overlaps the database's writing of the chunk before.
    let stepping: Promise<void> | undefined;
    try {
      for (let i = 0; i < ordered.length; i += CHUNK) {
        const chunk = ordered.slice(i, i + CHUNK);
        const local = ranged
          ? await stored.where(':id').between(chunk[0]!.id, chunk[chunk.length - 1]!.id, true, true).toArray()
          : (await stored.bulkGet(chunk.map((r) => r.id))).filter((r) => !!r);
        const byKey = new Map(local.map((r) => [r!.id, r! as Stored<object>]));
        const result = mergeTable(table, byKey, chunk);
        for (const k of Object.keys(sum) as (keyof MergeStats)[]) sum[k] += result.stats[k];
        await stepping;
        stepping = Promise.resolve(step(table, chunk, result, byKey));
        // Handled here too: a step may fail while the next chunk is read; it is rethrown below.
        stepping.catch(() => undefined);
      }
      await stepping;
    } catch (err) {
      await stepping?.catch(() => undefined);
      throw err;
    }
    stats[table] = sum;
  }
  return stats;
}

/**
 * Merges another PC's records into this database (ARCHITECTURE §3), inside the caller's ONE
 * transaction: per table in dependency order, chunk by chunk, the merge decides each record; this
 * PC's clock receives the incoming stamps; changed records are stored through the Writer (derived
 * fields, hooks and the change counter included); conflict entries are kept for the Conflicts
 * screen (with `extraConflicts`, e.g. found while upgrading an older package); `seen` grows to
 * cover what the records know. `onProgress(done, total)` after each chunk.
 */
export async function mergeIncoming(
  w: Writer,
  incoming: IncomingState,
  opts: { onProgress?: (done: number, total: number) => void; extraConflicts?: readonly ConflictEntry[] } = {},
): Promise<MergeOutcome> {
  const localSeen = ((await w.db.meta.get('seen'))?.value as SeenVector | undefined) ?? {};
  const conflicts: ConflictEntry[] = [...(opts.extraConflicts ?? [])];
  const total = incomingSize(incoming);
  let done = 0;
  const stats = await mergeChunks(w.db, incoming.tables, async (table, chunk, result, local) => {
    w.receive(chunk.flatMap((r) => Object.values(r._clock ?? {})));
    await w.putMerged(table, result.upserts, local as never);
    conflicts.push(...result.conflicts);
    done += chunk.length;
    opts.onProgress?.(done, total);
  });
  const detectedAt = new Date().toISOString();
  const kept = await w.addConflicts(conflicts.map((c) => ({ ...c, detectedAt, ...(incoming.sourceSite ? { sourceSite: incoming.sourceSite } : {}) })));
  await w.setMeta('seen', mergeSeen(localSeen, incoming.seen));
  return { stats, conflicts: kept };
}

/** What a clerk may decide about a conflict entry. */
export type ConflictAction = 'keep' | 'useOther' | 'restore';

/** The wording of refused decisions. */
export const RESOLVE_TEXT = {
  gone: '这条冲突记录已不存在，请刷新后重试。',
  deleted: '这条记录现在是删除状态：请先“恢复”记录，再改用另一个值。',
  notADelete: '只有“删除与修改冲突”才能恢复记录。',
} as const;

/**
 * Resolves a conflict entry (数据交换 → 冲突). Every decision is a write that travels in the next
 * package, made knowing the other side's write, so the other PCs take it as settled instead of
 * raising the conflict again:
 * - `keep`: the current value is stamped anew (a record deleted against an edit stays deleted);
 * - `useOther`: the value that lost is written back;
 * - `restore` (a delete that beat an edit): the record comes back, with the edit in its fields.
 * The entries the same decision settles (a delete's entries of one record) are marked resolved too.
 */
export async function resolveConflict(w: Writer, conflictId: string, action: ConflictAction): Promise<void> {
  const entry = await w.db.conflicts.get(conflictId);
  if (!entry) throw new AppError(RESOLVE_TEXT.gone);
  if (entry.resolvedAt) return;
  const table = entry.table as TableName;
  const siblings = (await w.db.conflicts.where('recordId').equals(entry.recordId).toArray()).filter(
    (c) => !c.resolvedAt && c.table === entry.table && (entry.kind === 'deleteEdit' ? c.kind === 'deleteEdit' && c.keptStamp === entry.keptStamp : c.field === entry.field),
  );
  const record = await w.getAny(table, entry.recordId);
  if (!record) throw new AppError(RESOLVE_TEXT.gone);
  if (action === 'restore') {
    if (entry.kind !== 'deleteEdit') throw new AppError(RESOLVE_TEXT.notADelete);
    await w.restore(table, entry.recordId);
  } else if (action === 'keep') {
    await w.touch(table, entry.recordId, [entry.kind === 'deleteEdit' ? '_deleted' : entry.field]);
  } else if (entry.field === '_deleted') {
    if (entry.lostValue === true) await w.remove(table, entry.recordId);
    else await w.restore(table, entry.recordId);
  } else {
    if (record._deleted) throw new AppError(RESOLVE_TEXT.deleted);
    const current = (record as unknown as Record<string, unknown>)[entry.field];
    if (sameFieldValue(current, entry.lostValue)) await w.touch(table, entry.recordId, [entry.field]);
    else await w.update(table, entry.recordId, { [entry.field]: entry.lostValue } as never);
  }
  await w.resolveConflicts(
    siblings.map((c) => c.id),
    action,
  );
}
