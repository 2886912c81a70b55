import { siteOfHlc } from './hlc';
import type { Hlc, RecordMeta, SeenVector } from './record';

/*
 * Per-record knowledge (a version vector per record).
 *
 * The knowledge of one copy of a record is, for each site, the highest stamp of that site the copy
 * has ever held: the stamps in its `_clock`, plus `_known` for stamps that are no longer in the
 * clock because a later write replaced them. `stampPatch`/`stampTouch` fold a replaced stamp into
 * `_known`, and a merge keeps the pointwise maximum of both copies' knowledge, so a copy never
 * forgets what it once held.
 *
 * INVARIANT (what the merge relies on): if a copy's knowledge of site s is ≥ t, then for every
 * write w of site s to this record stamped ≤ t, the copy's field w.field holds w or a write that
 * replaced w after w had been settled (overwritten by a writer who knew it, or reported as a
 * conflict entry where it lost).
 * Why it holds: the copy once held a stamp u ≥ t of site s, so it descends, through merges of
 * whole records, from s's own copy at the time s wrote u; s's copy then held every earlier write
 * of s to the record (its own writes) or their settled replacements; merges only take per-field
 * maxima, so no field of a descendant goes back below them. Nothing in this argument depends on
 * which other records travelled with the copy: a package filtered by scope, a lost or repeated
 * package, an incremental package — the knowledge travels inside each record, so it always matches
 * what the package carries.
 */

/** The sparse `_known` of a record: stamps known beyond its clock, by site (absent when none). */
export type KnownVector = SeenVector;

/**
 * Raises `into` (a seen vector) to at least `record`'s knowledge, in place: what recordKnowledge
 * gives, folded into a running maximum without an object per record (an export folds every record).
 */
export function foldKnowledge(into: SeenVector, record: Pick<RecordMeta, '_clock' | '_known'>): void {
  const raise = (site: string, stamp: Hlc) => {
    const mine = into[site];
    if (mine === undefined || stamp > mine) into[site] = stamp;
  };
  const known = record._known;
  if (known) for (const site in known) raise(site, known[site]!);
  const clock = record._clock;
  let last: unknown;
  // A record's fields mostly share a stamp (written together): each distinct run is looked at once.
  if (clock)
    for (const field in clock) {
      const stamp = clock[field];
      if (stamp === last || typeof stamp !== 'string' || stamp === '') continue;
      raise(siteOfHlc(stamp), (last = stamp));
    }
}

/** A record's knowledge: for each site, the highest stamp this copy has held (clock and `_known`). */
export function recordKnowledge(record: Pick<RecordMeta, '_clock' | '_known'>): SeenVector {
  const out: SeenVector = { ...(record._known ?? {}) };
  for (const stamp of Object.values(record._clock ?? {})) {
    if (typeof stamp !== 'string' || stamp === '') continue;
    const site = siteOfHlc(stamp);
    const mine = out[site];
    if (mine === undefined || stamp > mine) out[site] = stamp;
  }
  return out;
}

/** Whether a copy of a record knows `stamp` (its knowledge of the stamp's site reaches it). */
export function recordKnows(record: Pick<RecordMeta, '_clock' | '_known'>, stamp: Hlc): boolean {
  const site = siteOfHlc(stamp);
  const known = record._known?.[site];
  if (known !== undefined && known >= stamp) return true;
  for (const s of Object.values(record._clock ?? {})) if (s >= stamp && siteOfHlc(s) === site) return true;
  return false;
}

/**
 * The `_known` a record with `clock` needs so that its knowledge is at least `knowledge`: the
 * entries of `knowledge` above the clock's own highest stamp of that site. Undefined when the clock
 * alone says it all (most records).
 */
export function sparseKnown(clock: Readonly<Record<string, Hlc>>, knowledge: Readonly<SeenVector>): KnownVector | undefined {
  const inClock: SeenVector = {};
  for (const stamp of Object.values(clock)) {
    const site = siteOfHlc(stamp);
    const mine = inClock[site];
    if (mine === undefined || stamp > mine) inClock[site] = stamp;
  }
  let out: KnownVector | undefined;
  for (const site of Object.keys(knowledge).sort()) {
    const stamp = knowledge[site]!;
    const mine = inClock[site];
    if (mine === undefined || stamp > mine) (out ??= {})[site] = stamp;
  }
  return out;
}
