import type { ReadTable } from '../database';

/**
 * Records by id, in the order of `ids` (undefined where none is stored; tombstones included), for
 * long id lists that are mostly absent: the keyed ids a bulk import would write. A get costs as
 * much for a missing record as for a present one, so one keys-only walk of the primary key finds
 * the ids that exist and only those are read whole.
 */
export async function bulkGetSparse<R extends { id: string }>(table: ReadTable<R>, ids: readonly string[]): Promise<(R | undefined)[]> {
  if (ids.length <= 1) return table.bulkGet([...ids]);
  const present = (await table.where(':id').anyOf([...ids]).primaryKeys()) as string[];
  const byId = new Map<string, R>();
  for (const row of await table.bulkGet(present)) if (row) byId.set(row.id, row);
  return ids.map((id) => byId.get(id));
}
