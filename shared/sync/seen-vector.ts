import { siteOfHlc } from './hlc';
import { foldKnowledge } from './knowledge';
import type { Hlc, RecordMeta, SeenVector } from './record';

/*
 * Vectors `{ site: stamp }`. A record's own knowledge is one (knowledge.ts); a PC's `seen` and a
 * package's `seen` are the pointwise maximum of the knowledge of the records they hold: the latest
 * stamp of each site there, a description of what is there, NOT a claim that every earlier write
 * of that site is there too (a package of one scope leaves other records out). The merge never
 * decides with them; exports use the partner's own entry (a PC holds every write it made).
 */

/** Pointwise maximum of two knowledge vectors (a new object). */
export function mergeSeen(a: SeenVector, b: SeenVector): SeenVector {
  const out: SeenVector = { ...a };
  for (const [site, stamp] of Object.entries(b)) {
    const mine = out[site];
    if (mine === undefined || stamp > mine) out[site] = stamp;
  }
  return out;
}

/** The highest stamp of each site the given records know (their clocks and `_known`). */
export function seenFromRecords(records: Iterable<Pick<RecordMeta, '_clock' | '_known'>>): SeenVector {
  const out: SeenVector = {};
  for (const record of records) foldKnowledge(out, record);
  return out;
}

/** Whether a knowledge vector covers a stamp (its site's entry is at or after it). */
export function hasSeen(seen: SeenVector, stamp: Hlc): boolean {
  const known = seen[siteOfHlc(stamp)];
  return known !== undefined && known >= stamp;
}
