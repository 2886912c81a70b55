import type { ReadDb, Row } from '../database';
import { liveWhere } from './live';

/**
 * The extension records of the given postings, by posting id, oldest decision first (for reports
 * that print 已延期 or the extended term, and for the detail drawer). Postings without any are absent.
 */
export async function extensionsByPosting(db: ReadDb, postingIds: readonly string[]): Promise<Map<string, Row<'extensions'>[]>> {
  const out = new Map<string, Row<'extensions'>[]>();
  if (postingIds.length === 0) return out;
  const rows = await liveWhere(db.extensions, 'postingId', postingIds).toArray();
  rows.sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  for (const e of rows) out.set(e.postingId, [...(out.get(e.postingId) ?? []), e]);
  return out;
}
