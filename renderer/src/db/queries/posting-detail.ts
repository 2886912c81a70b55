import type { ReadDb, Row } from '../database';
import { extensionsByPosting } from './extensions';
import { bulkGetLive, getLive, liveWhere } from './live';

/** Everything the 挂职详情 drawer shows about one posting. */
export interface PostingDetail {
  posting: Row<'postings'>;
  cadre: Row<'cadres'> | undefined;
  /** the cadre's postings, oldest first */
  history: Row<'postings'>[];
  pair: Row<'postings'> | undefined;
  replacedBy: Row<'postings'> | undefined;
  replaces: Row<'postings'> | undefined;
  review: Row<'assessments'> | undefined;
  /** the term's extensions, in the order they were decided */
  extensions: Row<'extensions'>[];
  /** cadres of the pair and the replacement links, by id */
  otherCadres: Map<string, Row<'cadres'>>;
}

/** Loads a posting with its cadre, history, pair, replacement links, extensions and end-of-term review; null when deleted. */
export async function loadPostingDetail(db: ReadDb, postingId: string): Promise<PostingDetail | null> {
  const posting = await getLive(db.postings, postingId);
  if (!posting) return null;
  const [cadre, history, pair, replacedBy, replaces, reviews, extensions] = await Promise.all([
    db.cadres.get(posting.cadreId),
    liveWhere(db.postings, 'cadreId', posting.cadreId).sortBy('startDate'),
    getLive(db.postings, posting.pairedPostingId),
    liveWhere(db.postings, 'replacesPostingId', posting.id).first(),
    getLive(db.postings, posting.replacesPostingId),
    liveWhere(db.assessments, 'postingId', posting.id)
      .filter((a) => a.kind === 'endOfTerm')
      .toArray(),
    extensionsByPosting(db, [posting.id]).then((m) => m.get(posting.id) ?? []),
  ]);
  const others = [pair, replacedBy, replaces].filter((p): p is Row<'postings'> => !!p);
  const otherCadres = new Map((await bulkGetLive(db.cadres, others.map((p) => p.cadreId))).map((c) => [c.id, c]));
  return { posting, cadre, history, pair, replacedBy, replaces, review: reviews[0], extensions, otherCadres };
}
