// Picking the posting a leave request or a spot check is about: on-post postings found by the
// cadre's name, pinyin initials or ID number, labelled so namesakes can be told apart.
import { ON_POST_STATUSES } from '@shared/domain/enums';
import type { ReadDb, Row } from '../database';
import { searchCadreIds } from './postings';
import { bulkGetLive, isLive } from './live';
import { listUnits } from './units';

/** A posting as a picker lists it. */
export interface PostingOption {
  postingId: string;
  name: string;
  /** 讲治镇 副镇长（县发展和改革局） */
  detail: string;
  /** The name and the detail. */
  label: string;
}

const LIMIT = 30;

/** The unit (short) names and the cadre of postings, as `PostingOption`s in the order given. */
export async function postingOptions(db: ReadDb, postings: readonly Row<'postings'>[]): Promise<PostingOption[]> {
  const units = new Map((await listUnits(db)).map((u) => [u.id, u.shortName || u.name]));
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(postings.map((p) => p.cadreId))])).map((c) => [c.id, c]));
  return postings.map((p) => {
    const name = cadres.get(p.cadreId)?.name ?? '';
    const host = [units.get(p.receivingUnitId), p.village?.replace(units.get(p.receivingUnitId) ?? '', '')].filter(Boolean).join('');
    const detail = `${host} ${p.secondedPost}（${units.get(p.dispatchingUnitId) ?? ''}）`;
    return { postingId: p.id, name, detail, label: `${name}\u3000${detail}` };
  });
}

/** On-post postings whose cadre matches `query` (all on-post postings, the first 30, for an empty query), plus `current`. */
export async function searchOnPostPostings(db: ReadDb, query: string, current?: string | null): Promise<PostingOption[]> {
  let postings: Row<'postings'>[];
  if (query.trim()) {
    const cadreIds = await searchCadreIds(db, query);
    postings = cadreIds.size ? await db.postings.where('cadreId').anyOf([...cadreIds]).filter((p) => isLive(p) && ON_POST_STATUSES.includes(p.status)).limit(LIMIT).toArray() : [];
  } else postings = await db.postings.where('status').anyOf([...ON_POST_STATUSES]).filter(isLive).limit(LIMIT).toArray();
  if (current && !postings.some((p) => p.id === current)) postings.unshift(...(await bulkGetLive(db.postings, [current])));
  return postingOptions(db, postings);
}
