import type { ReadDb, Row } from '../database';
import { live, liveWhere } from './live';

/** Every live batch (a county has tens at most). */
export function listBatches(db: ReadDb): Promise<Row<'batches'>[]> {
  return live(db.batches).toArray();
}

/** How many live postings each batch has, by batch id. */
export async function countPostingsByBatch(db: ReadDb, batchIds: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(batchIds.map((id) => liveWhere(db.postings, 'batchId', id).count()));
  return new Map(batchIds.map((id, i) => [id, counts[i]!]));
}
