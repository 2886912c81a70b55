import type { Collection, IndexableType } from 'dexie';
import type { ReadTable } from '../database';

/*
 * The tombstone filter in one place. Deleted records stay in their tables forever (ARCHITECTURE
 * §2), so every list reads through these helpers instead of filtering `_deleted` by hand. Live
 * records carry the local field `_live: 1`, which an index can find; tombstones never do.
 */

type Record_ = { id: string; _deleted: boolean };

/** Whether a record exists and is not a tombstone. */
export function isLive<R extends { _deleted: boolean }>(record: R | null | undefined): record is R {
  return !!record && !record._deleted;
}

/** The live records of a synced table, through its `_live` index (every synced table has one). */
export function live<R extends Record_>(table: ReadTable<R>): Collection<R, string> {
  return table.where('_live').equals(1) as Collection<R, string>;
}

/**
 * The live records whose `index` equals `value`, or any of `value` when it is an array (for a
 * compound index, pass the list of keys: `[[a, b]]`).
 */
export function liveWhere<R extends Record_>(table: ReadTable<R>, index: string, value: IndexableType | readonly IndexableType[]): Collection<R, string> {
  const clause = table.where(index);
  const matching = Array.isArray(value) ? clause.anyOf(value as unknown as readonly IndexableType[]) : clause.equals(value as IndexableType);
  return matching.filter(isLive) as Collection<R, string>;
}

/** A record by id if it exists and is live. */
export async function getLive<R extends Record_>(table: ReadTable<R>, id: string | null | undefined): Promise<R | undefined> {
  if (!id) return undefined;
  const row = await table.get(id);
  return isLive(row) ? row : undefined;
}

/** Live records by id, in the order of `ids`; missing and deleted ones are left out. */
export async function bulkGetLive<R extends Record_>(table: ReadTable<R>, ids: readonly string[]): Promise<R[]> {
  return (await table.bulkGet([...ids])).filter(isLive);
}
