// Loading postings with the people, units and batches they refer to, for the reports that list
// postings. Whole records in chunks, so a 20,000-posting roster never stalls the window.
import type { PostingSource, ReportPosting } from '@shared/reports/report-records';
import type { ReadDb, Row } from '../db/database';
import { listBatches } from '../db/queries/batches';
import { extensionsByPosting } from '../db/queries/extensions';
import { bulkGetLive } from '../db/queries/live';
import { listUnits } from '../db/queries/units';

/** Records read per bulkGet. */
const LOAD_CHUNK = 2000;

/**
 * The live postings of `ids` (deleted and unknown ids left out) with their extension records
 * attached (the roster prints 已延期 from them), their cadres, every unit and batch;
 * `onProgress(0…1)` after each chunk.
 */
export async function loadPostingSource(db: ReadDb, ids: readonly string[], onProgress?: (fraction: number) => void): Promise<PostingSource> {
  const postings: ReportPosting[] = [];
  const cadres = new Map<string, Row<'cadres'>>();
  for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
    const chunk = await bulkGetLive(db.postings, ids.slice(i, i + LOAD_CHUNK));
    const extensions = await extensionsByPosting(db, chunk.map((p) => p.id));
    for (const p of chunk) postings.push({ ...p, extensions: extensions.get(p.id) ?? [] });
    for (const c of await db.cadres.bulkGet(chunk.map((p) => p.cadreId))) if (c) cadres.set(c.id, c);
    onProgress?.(Math.min(1, (i + LOAD_CHUNK) / Math.max(1, ids.length)));
  }
  const [units, batches] = await Promise.all([listUnits(db), listBatches(db)]);
  return { postings, cadres, units: new Map(units.map((u) => [u.id, u])), batches: new Map(batches.map((b) => [b.id, b])) };
}
