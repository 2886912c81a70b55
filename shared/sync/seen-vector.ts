import { siteOfHlc } from './hlc';
import type { Hlc, RecordMeta, SeenVector } from './record';

/*
 * Knowledge vectors. `seen[site] = t` claims: every write of `site` stamped ≤ t is known here,
 * either as a current value or as a value a known write replaced. The claim holds because packages
 * carry whole records and a site's own entry is its clock's last stamp; the merge uses it to tell a
 * knowing overwrite (no conflict) from a concurrent one (conflict entry).
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

/** The highest stamp of each site over all clocks of the given records. */
export function seenFromRecords(records: Iterable<Pick<RecordMeta, '_clock'>>): SeenVector {
  const out: SeenVector = {};
  for (const record of records) {
    for (const stamp of Object.values(record._clock ?? {})) {
      if (typeof stamp !== 'string' || stamp === '') continue;
      const site = siteOfHlc(stamp);
      const mine = out[site];
      if (mine === undefined || stamp > mine) out[site] = stamp;
    }
  }
  return out;
}

/** Whether a knowledge vector covers a stamp (its site's entry is at or after it). */
export function hasSeen(seen: SeenVector, stamp: Hlc): boolean {
  const known = seen[siteOfHlc(stamp)];
  return known !== undefined && known >= stamp;
}
