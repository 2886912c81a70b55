import { OPEN_POSTING_STATUSES } from '@shared/domain/enums';
import { descendantIds } from '@shared/domain/unit-tree';
import type { ReadDb, Row } from '../database';
import { searchCadres } from './cadres';
import { bulkGetLive, getLive, live, liveWhere } from './live';

/** A posting whose 纪实 is kept, as the pickers and headers show it. */
export interface RecordPosting {
  posting: Row<'postings'>;
  cadre: Row<'cadres'>;
  /** The receiving unit's short name (or full name). */
  unitName: string;
}

/** Statuses whose cadre never took up the post: no 纪实 to keep. */
const NOT_ON_POST = ['proposed', 'approved', 'cancelled'];

async function withNames(db: ReadDb, postings: readonly Row<'postings'>[]): Promise<RecordPosting[]> {
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(postings.map((p) => p.cadreId))])).map((c) => [c.id, c]));
  const units = new Map((await bulkGetLive(db.units, [...new Set(postings.map((p) => p.receivingUnitId))])).map((u) => [u.id, u]));
  return postings.flatMap((posting) => {
    const cadre = cadres.get(posting.cadreId);
    const unit = units.get(posting.receivingUnitId);
    return cadre ? [{ posting, cadre, unitName: unit?.shortName ?? unit?.name ?? '' }] : [];
  });
}

/**
 * Postings whose cadre matches a name, pinyin initials or ID-number prefix (through the cadre
 * indexes), on post or ended; those on post first, then the most recent. At most `limit`.
 */
export async function searchRecordPostings(db: ReadDb, query: string, limit = 30): Promise<RecordPosting[]> {
  const { rows: cadres } = await searchCadres(db, query, limit);
  const postings = cadres.length ? await liveWhere(db.postings, 'cadreId', cadres.map((c) => c.id)).toArray() : [];
  const kept = postings.filter((p) => !NOT_ON_POST.includes(p.status));
  const onPost = (p: Row<'postings'>) => (OPEN_POSTING_STATUSES.includes(p.status) ? 0 : 1);
  kept.sort((a, b) => onPost(a) - onPost(b) || b.startDate.localeCompare(a.startDate));
  return withNames(db, kept.slice(0, limit));
}

/** One posting with its cadre and unit name; undefined when it (or its cadre) is gone. */
export async function loadRecordPosting(db: ReadDb, postingId: string | undefined): Promise<RecordPosting | undefined> {
  const posting = await getLive(db.postings, postingId);
  return posting ? (await withNames(db, [posting]))[0] : undefined;
}

/** The 纪实 of a posting: its live entries and the amendments of each, by entry id. */
export interface PostingEntries {
  entries: Row<'logEntries'>[];
  amendments: Map<string, Row<'logAmendments'>[]>;
}

/** Every live entry of a posting and their amendments (a posting holds a few hundred entries a year). */
export async function loadPostingEntries(db: ReadDb, postingId: string): Promise<PostingEntries> {
  const [entries, amendments] = await Promise.all([liveWhere(db.logEntries, 'postingId', postingId).toArray(), liveWhere(db.logAmendments, 'postingId', postingId).toArray()]);
  const byEntry = new Map<string, Row<'logAmendments'>[]>();
  for (const a of amendments) byEntry.set(a.logEntryId, [...(byEntry.get(a.logEntryId) ?? []), a]);
  return { entries, amendments: byEntry };
}

/** Whose books to print: one posting, a batch, or everyone received by a unit and the units under it. */
export type PrintScope = { postingId: string } | { batchId: string } | { unitId: string };

/**
 * The postings whose 纪实手册 a print of `scope` covers, in the order they are bound: by receiving
 * unit, then name. Cancelled postings are left out; postings not started yet are kept (a blank book
 * is printed for cadres before they start).
 */
export async function listPrintPostings(db: ReadDb, scope: PrintScope): Promise<RecordPosting[]> {
  let postings: Row<'postings'>[];
  if ('postingId' in scope) postings = await bulkGetLive(db.postings, [scope.postingId]);
  else if ('batchId' in scope) postings = await liveWhere(db.postings, 'batchId', scope.batchId).toArray();
  else postings = await liveWhere(db.postings, 'receivingUnitId', [...descendantIds(await live(db.units).toArray(), scope.unitId)]).toArray();
  const rows = await withNames(db, postings.filter((p) => p.status !== 'cancelled'));
  return rows.sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-Hans-CN') || a.cadre.name.localeCompare(b.cadre.name, 'zh-Hans-CN'));
}
