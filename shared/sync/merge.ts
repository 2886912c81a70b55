import { canonicalJson } from './canonical-json';
import { conflictId, type ConflictEntry } from './conflict';
import { isEmptyValue, sameFieldValue } from './field-value';
import { siteOfHlc } from './hlc';
import { recordKnowledge, sparseKnown } from './knowledge';
import { isStampedField, type Hlc, type SeenVector, type Stored } from './record';
import { hasSeen, mergeSeen } from './seen-vector';

export type { ConflictEntry, ConflictKind } from './conflict';
export { mergeSeen, seenFromRecords } from './seen-vector';

/*
 * The merge of ARCHITECTURE §3, a pure function of (local record, incoming record).
 *
 * Values. For every stamped field (domain fields and `_deleted`) the write with the higher stamp
 * wins. Stamps are unique per write, so an equal stamp is the same write and changes nothing; that
 * makes the merge commutative, associative and idempotent, and any order or repetition of imports
 * converges to the same records. (A field whose value has no clock entry counts as stamp '', below
 * every real stamp; equal stamps with different values — only possible with damaged data — are
 * decided by the larger canonical JSON, so even then both directions agree.) A winning empty value
 * is stored as null (a cleared field, see field-value.ts). Tombstones are records like any other:
 * `_deleted` is one more field, a later restore beats an older delete, and the other fields of a
 * tombstone keep merging, so a restore shows the latest data.
 *
 * Knowledge. "Side X has seen stamp s" means X's copy of the record knows s: its clock or its
 * `_known` holds a stamp of the same site ≥ s (knowledge.ts, where the invariant and its argument
 * live). The merged record knows what either copy knew. Knowledge is per record on purpose: a PC's
 * whole-database vector would be wrong for a package that carries only the records of one scope
 * (the receiver would take later writes to the records left out as already seen, and lose them
 * without a conflict entry); a record's own knowledge is right whichever records travel with it.
 *
 * Conflicts.
 * - overwrite: for a field where both sides have a stamp, the stamps differ and the values differ,
 *   the loser becomes a conflict entry iff the side holding the winner has not seen the loser's
 *   stamp. With incoming winning this is "the exporter had not seen our write"; with local winning it
 *   is "the incoming write is new to us", so no local write could have been made knowing it. Both
 *   directions test the same thing, so A-into-B and B-into-A report the same entries.
 * - deleteEdit: when the merged record is deleted, the winning `_deleted: true` stamp D is held by
 *   one side only, and the other side's copy is live, then for every field where the live side's
 *   write won the value merge, differs from the deleting side's value and was not seen by the
 *   deleting side, one entry (kept = deleting side's value with stamp D, lost = the edit). The edit
 *   is in the tombstone's data, so Restore brings it back. A concurrent edit that also lost its field
 *   is reported as overwrite instead.
 * Why nothing is lost silently: while a write w is still the value on every PC that knows it, the
 * first merge that replaces it meets a side that does not know w (otherwise that side would hold
 * w), and that merge reports w under the rules above. (The test `merge.property.test.ts` checks it
 * on random histories; the exchange property test checks it again through scope-filtered,
 * incremental, lost and repeated packages written to real .xlsx files and read back.)
 */

/** The context of one record merge: the table (named in conflict entries). */
export interface MergeContext {
  table: string;
}

/** The outcome of merging one record. */
export interface MergeRecordResult<T extends object> {
  /** The merged record; `local` itself when nothing changed. */
  record: Stored<T>;
  /** Whether `record` differs from `local` (always true for a record new to this PC). */
  changed: boolean;
  /** True when only the record's knowledge (`_known`) grew: stored, but no value or stamp changed. */
  knowledgeOnly?: boolean;
  conflicts: ConflictEntry[];
}

/** Counts for the import preview; each distinct incoming id lands in exactly one bucket. */
export interface MergeStats {
  /** records new to this PC that arrive live */
  created: number;
  /** existing records changed, restores included, that did not become deleted */
  updated: number;
  /** records that became deleted here: live before, or new to this PC and arriving as a tombstone */
  deleted: number;
  unchanged: number;
}

/** The outcome of merging a package's rows of one table. */
export interface MergeTableResult {
  /** only new or changed records, one per id */
  upserts: Stored<any>[];
  /** deduplicated by id */
  conflicts: ConflictEntry[];
  stats: MergeStats;
}

type Fields = Record<string, unknown>;

interface Side {
  rec: Fields;
  clock: Record<string, Hlc>;
  /** the copy's knowledge (clock and `_known`) */
  known: SeenVector;
}

const NO_CLOCK: Record<string, Hlc> = Object.freeze({}) as Record<string, Hlc>;

function side(record: Stored<object>): Side {
  return { rec: record as unknown as Fields, clock: record._clock ?? NO_CLOCK, known: recordKnowledge(record) };
}

/** Whether a side's copy of the record knows a stamp. */
function sideHasSeen(s: Side, stamp: Hlc): boolean {
  return hasSeen(s.known, stamp);
}

/** Total order on values for the damaged-data tie-break: empty lowest, then canonical JSON. */
function valueKey(v: unknown): string {
  return isEmptyValue(v) ? '' : canonicalJson(v);
}

function entry(
  ctx: MergeContext,
  recordId: string,
  field: string,
  kind: ConflictEntry['kind'],
  kept: { value: unknown; stamp: Hlc },
  lost: { value: unknown; stamp: Hlc },
): ConflictEntry {
  return {
    id: conflictId(ctx.table, recordId, field, kind, kept.stamp, lost.stamp),
    table: ctx.table,
    recordId,
    field,
    kind,
    keptValue: isEmptyValue(kept.value) ? null : kept.value,
    keptStamp: kept.stamp,
    lostValue: isEmptyValue(lost.value) ? null : lost.value,
    lostStamp: lost.stamp,
    keptSite: siteOfHlc(kept.stamp),
    lostSite: siteOfHlc(lost.stamp),
  };
}

/** Whether two sparse `_known` vectors say the same. */
function sameKnown(a: SeenVector | undefined, b: SeenVector | undefined): boolean {
  const ka = a ? Object.keys(a) : [];
  const kb = b ? Object.keys(b) : [];
  return ka.length === kb.length && ka.every((k) => a![k] === b?.[k]);
}

/**
 * Merges an incoming record into the local one (ARCHITECTURE §3; rules in the comment above).
 * `local` undefined: the incoming record is taken as it is (normalised the same way, local `_`
 * fields dropped). Local `_` fields of `local` are kept as they are; the caller recomputes them.
 */
export function mergeRecord<T extends object>(
  local: Stored<T> | undefined,
  incoming: Stored<T>,
  ctx: MergeContext,
): MergeRecordResult<T> {
  if (local && local.id !== incoming.id) throw new Error(`mergeRecord: ids differ (${local.id} / ${incoming.id})`);
  const inc = side(incoming);
  const loc = local && side(local);

  const names = new Set<string>(['_deleted']);
  for (const side of loc ? [loc, inc] : [inc]) {
    for (const k of Object.keys(side.rec)) if (isStampedField(k)) names.add(k);
    for (const k of Object.keys(side.clock)) if (isStampedField(k)) names.add(k);
  }
  const fields = [...names].sort();

  const out: Fields = { id: incoming.id };
  const clock: Record<string, Hlc> = {};
  const conflicts: ConflictEntry[] = [];
  const incomingWon = new Set<string>();
  let changed = !loc;

  for (const f of fields) {
    const ls = loc?.clock[f] ?? '';
    const is = inc.clock[f] ?? '';
    const lv = loc?.rec[f];
    const iv = inc.rec[f];
    let takeIncoming: boolean;
    if (is !== ls) takeIncoming = is > ls;
    else takeIncoming = !sameFieldValue(lv, iv) && valueKey(iv) > valueKey(lv);
    const [ws, wv] = takeIncoming ? [is, iv] : [ls, lv];
    if (takeIncoming) incomingWon.add(f);

    if (f === '_deleted') out[f] = wv === true;
    else if (ws !== '') out[f] = isEmptyValue(wv) ? null : wv;
    else if (!isEmptyValue(wv)) out[f] = wv;
    if (ws !== '') clock[f] = ws;
    if (!changed && ((loc!.clock[f] ?? '') !== ws || out[f] !== loc!.rec[f])) changed = true;

    if (loc && ls !== '' && is !== '' && ls !== is && !sameFieldValue(lv, iv)) {
      const winner = takeIncoming ? inc : loc;
      const lost = takeIncoming ? { value: lv, stamp: ls } : { value: iv, stamp: is };
      if (!sideHasSeen(winner, lost.stamp)) {
        conflicts.push(entry(ctx, incoming.id, f, 'overwrite', { value: wv, stamp: ws }, lost));
      }
    }
  }

  const deleteStamp = clock._deleted;
  if (loc && out._deleted === true && deleteStamp !== undefined && loc.clock._deleted !== inc.clock._deleted) {
    // Exactly one side holds the winning delete; the other is the side that may have edited.
    const [deleter, editor] = incomingWon.has('_deleted') ? [inc, loc] : [loc, inc];
    if (editor.rec._deleted !== true) {
      const editorWon = editor === inc ? (f: string) => incomingWon.has(f) : (f: string) => !incomingWon.has(f);
      for (const f of fields) {
        if (f === '_deleted') continue;
        const es = editor.clock[f];
        if (es === undefined || es === '' || !editorWon(f) || es === deleter.clock[f]) continue;
        if (sameFieldValue(editor.rec[f], deleter.rec[f]) || sideHasSeen(deleter, es)) continue;
        conflicts.push(
          entry(ctx, incoming.id, f, 'deleteEdit', { value: deleter.rec[f], stamp: deleteStamp }, { value: editor.rec[f], stamp: es }),
        );
      }
    }
  }

  if (loc) {
    for (const k of Object.keys(loc.rec)) if (k !== 'id' && k !== '_clock' && k !== '_hlc' && k !== '_known' && !isStampedField(k)) out[k] = loc.rec[k];
  }
  let hlc = '';
  for (const s of Object.values(clock)) if (s > hlc) hlc = s;
  out._clock = clock;
  out._hlc = hlc;
  const known = sparseKnown(clock, loc ? mergeSeen(loc.known, inc.known) : inc.known);
  if (known) out._known = known;
  if (!changed && (Object.keys(loc!.clock).length !== Object.keys(clock).length || local!._hlc !== hlc)) changed = true;
  if (!changed && !sameKnown(local!._known, known)) return { record: out as Stored<T>, changed: true, knowledgeOnly: true, conflicts };

  if (!changed) return { record: local!, changed: false, conflicts };
  return { record: out as Stored<T>, changed: true, conflicts };
}

/**
 * Merges one table's incoming rows into the local table. Returns only the records to write (new or
 * changed, one per id, local `_` fields to be recomputed by the caller), the conflicts (deduplicated
 * by id) and the preview counts. Rows repeating an id are merged in order. The caller then `recv`s
 * the incoming stamps, in the same transaction.
 */
export function mergeTable(table: string, local: ReadonlyMap<string, Stored<any>>, incoming: readonly Stored<any>[]): MergeTableResult {
  const context: MergeContext = { table };
  const merged = new Map<string, Stored<any>>();
  const knowledgeOnly = new Set<string>();
  const ids = new Set<string>();
  const conflicts = new Map<string, ConflictEntry>();
  for (const row of incoming) {
    ids.add(row.id);
    const result = mergeRecord(merged.get(row.id) ?? local.get(row.id), row, context);
    for (const c of result.conflicts) if (!conflicts.has(c.id)) conflicts.set(c.id, c);
    if (result.changed) {
      if (result.knowledgeOnly && !merged.has(row.id)) knowledgeOnly.add(row.id);
      else if (!result.knowledgeOnly) knowledgeOnly.delete(row.id);
      merged.set(row.id, result.record);
    }
  }
  const stats: MergeStats = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const id of ids) {
    const before = local.get(id);
    const after = merged.get(id);
    if (!after || knowledgeOnly.has(id)) stats.unchanged++;
    else if (after._deleted && !before?._deleted) stats.deleted++;
    else if (!before) stats.created++;
    else stats.updated++;
  }
  return { upserts: [...merged.values()], conflicts: [...conflicts.values()], stats };
}
