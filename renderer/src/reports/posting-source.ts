// Loading postings with the people, units and batches they refer to, for the reports that list
// postings. Whole records in chunks, so a 20,000-posting roster never stalls the window.
import type { PostingSource } from '@shared/reports/report-records';
import type { GztDatabase, Row } from '../db/database';
import { listUnits } from '../db/queries/units';

/** Records read per bulkGet. */
const LOAD_CHUNK = 2000;

/**
 * The live postings of `ids` (deleted and unknown ids left out), their cadres, every unit and
 * batch; `onProgress(0…1)` after each chunk.
 */
export async function loadPostingSource(db: GztDatabase, ids: readonly string[], onProgress?: (fraction: number) => void): Promise<PostingSource> {
  const postings: Row<'postings'>[] = [];
  const cadres = new Map<string, Row<'cadres'>>();
  for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
    const chunk = (await db.postings.bulkGet(ids.slice(i, i + LOAD_CHUNK))).filter((p): p is Row<'postings'> => !!p && !p._deleted);
    postings.push(...chunk);
    for (const c of await db.cadres.bulkGet(chunk.map((p) => p.cadreId))) if (c) cadres.set(c.id, c);
    onProgress?.(Math.min(1, (i + LOAD_CHUNK) / Math.max(1, ids.length)));
  }
  const [units, batches] = await Promise.all([listUnits(db), db.batches.filter((b) => !b._deleted).toArray()]);
  return { postings, cadres, units: new Map(units.map((u) => [u.id, u])), batches: new Map(batches.map((b) => [b.id, b])) };
}
