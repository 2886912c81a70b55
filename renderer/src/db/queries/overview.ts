import { ON_POST_STATUSES } from '@shared/domain/enums';
import type { ReadDb } from '../database';
import { live, liveWhere } from './live';

/** Postings on post now (在岗 or 已延期). */
export function countOnPost(db: ReadDb): Promise<number> {
  return liveWhere(db.postings, 'status', ON_POST_STATUSES).count();
}

/** Registered cadres (live records). */
export function countCadres(db: ReadDb): Promise<number> {
  return live(db.cadres).count();
}
