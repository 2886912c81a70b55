import { canonicalJson, isJsonData } from './canonical-json';
import { isEmptyValue, sameFieldValue } from './field-value';
import { isHlc } from './hlc';
import { recordKnowledge, sparseKnown } from './knowledge';
import { isStampedField, type Hlc, type RecordMeta, type Stored } from './record';

/*
 * Stamping is the only way a record gets clocks (ARCHITECTURE §2). The repositories call these
 * inside the Dexie transaction that stores the result, with a fresh `HlcClock.send()` stamp.
 *
 * Invariants:
 * - exactly the fields whose value changes get the new stamp, so an untouched field keeps the stamp
 *   of its last real write and cannot overwrite a concurrent edit made on another PC;
 * - a changing write's stamp must be greater than every stamp already in the record (a clock that
 *   `recv`s every merged stamp guarantees it); a stale stamp would lose to the value it replaces on
 *   the next merge, so it is refused with an error instead;
 * - a cleared field keeps its key with value null and gets a stamp (see field-value.ts);
 * - `_deleted` is stamped like a domain field; tombstones are kept forever;
 * - local `_` fields (derived search keys and the like) are copied but never stamped, and a patch
 *   never changes `id`, `_clock`, `_hlc` or `_known`;
 * - a stamp the write replaces is not forgotten: it stays in the record's knowledge (`_known`,
 *   knowledge.ts), so the record still proves it had seen that write when it travels on.
 */

const META_KEYS = new Set(['id', '_clock', '_hlc', '_known']);

/** `record` with `clock` and its `_hlc`, keeping everything `prev` knew in `_known`. */
function withClock(record: Record<string, unknown>, prev: Pick<RecordMeta, '_clock' | '_known'>, clock: Record<string, Hlc>, stamp: Hlc): void {
  record._clock = clock;
  record._hlc = stamp;
  const known = sparseKnown(clock, recordKnowledge(prev));
  if (known) record._known = known;
  else delete record._known;
}

function assertStamp(stamp: Hlc): void {
  if (!isHlc(stamp)) throw new Error(`Not an HLC stamp: ${JSON.stringify(stamp)}`);
}

/**
 * Stamped values must be JSON data (they are exported, checksummed and compared as canonical JSON):
 * a Date, Map, class instance, NaN or the like is refused here, naming the field, instead of
 * failing later in a merge or an export.
 */
function assertJsonValue(field: string, value: unknown): void {
  if (isJsonData(value)) return;
  try {
    canonicalJson(value);
  } catch (e) {
    throw new TypeError(`Field "${field}" does not hold JSON data: ${(e as Error).message}`, { cause: e });
  }
}

/** Equality for local `_` fields, which may hold values canonical JSON refuses. */
function sameLocalValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/**
 * A new record: every stamped field present in `fields` (value not undefined; null is a value) and
 * `_deleted: false` get `stamp`; `_hlc = stamp`; id = `id` or a random UUID (an `id`, `_deleted`,
 * `_clock` or `_hlc` inside `fields` is ignored). Local `_` fields are copied unstamped. Throws a
 * TypeError if a stamped value is not JSON data.
 */
export function stampNew<T extends object>(fields: T, stamp: Hlc, id?: string): Stored<T> {
  assertStamp(stamp);
  if (id !== undefined && (typeof id !== 'string' || id === '')) throw new Error('stampNew: id must be a non-empty string');
  const src = fields as Record<string, unknown>;
  const out: Record<string, unknown> = { id: id ?? crypto.randomUUID() };
  const clock: Record<string, Hlc> = {};
  for (const key of Object.keys(src)) {
    if (META_KEYS.has(key) || key === '_deleted') continue;
    const value = src[key];
    if (value === undefined) continue;
    if (isStampedField(key)) {
      assertJsonValue(key, value);
      clock[key] = stamp;
    }
    out[key] = value;
  }
  out._deleted = false;
  clock._deleted = stamp;
  out._clock = clock;
  out._hlc = stamp;
  return out as Stored<T>;
}

/**
 * Applies a patch. Only stamped fields whose value really changes (canonical JSON; null and
 * undefined are both "empty") get `stamp` and are listed in `changed`; `undefined` or null in the
 * patch clears the field (stored as null, stamped). `_deleted` must be a boolean when present.
 * Local `_` fields are copied unstamped. When nothing changes at all, `next === prev`.
 * Throws if the patch carries a different `id` or a value that is not JSON data, or if a changing
 * write's stamp is not greater than `prev._hlc`.
 */
export function stampPatch<T extends object>(prev: Stored<T>, patch: Partial<T>, stamp: Hlc): { next: Stored<T>; changed: string[] } {
  assertStamp(stamp);
  const before = prev as unknown as Record<string, unknown>;
  const src = patch as Record<string, unknown>;
  const updates: Record<string, unknown> = {};
  const removals: string[] = [];
  const changed: string[] = [];
  for (const key of Object.keys(src)) {
    const value = src[key];
    if (key === 'id') {
      if (value !== undefined && value !== prev.id) throw new Error(`stampPatch: a patch cannot change the id (${prev.id} → ${String(value)})`);
      continue;
    }
    if (META_KEYS.has(key)) continue;
    if (key === '_deleted') {
      if (value === undefined) continue;
      if (typeof value !== 'boolean') throw new TypeError(`stampPatch: _deleted must be a boolean, got ${JSON.stringify(value)}`);
      if (value !== prev._deleted) {
        updates[key] = value;
        changed.push(key);
      }
      continue;
    }
    if (!isStampedField(key)) {
      if (value === undefined) {
        if (key in before) removals.push(key);
      } else if (!(key in before) || !sameLocalValue(before[key], value)) {
        updates[key] = value;
      }
      continue;
    }
    const next = isEmptyValue(value) ? null : value;
    assertJsonValue(key, next);
    if (sameFieldValue(before[key], next)) continue;
    updates[key] = next;
    changed.push(key);
  }
  if (changed.length === 0 && removals.length === 0 && Object.keys(updates).length === 0) return { next: prev, changed };

  const out: Record<string, unknown> = { ...before, ...updates };
  for (const key of removals) delete out[key];
  if (changed.length > 0) {
    if (stamp <= prev._hlc) {
      throw new RangeError(`stampPatch: stamp ${stamp} is not newer than the record's ${prev._hlc} (the clock missed a recv?)`);
    }
    const clock = { ...prev._clock };
    for (const key of changed) clock[key] = stamp;
    withClock(out, prev, clock, stamp);
  }
  return { next: out as Stored<T>, changed };
}

/**
 * Stamps `fields` of a record anew without changing their values: a decision that the current
 * value stands (keeping a value over a conflicting one, keeping a record deleted). The new stamp
 * travels like any write and, because the record knows the other side's write, the other PCs take
 * it as a knowing overwrite instead of raising the conflict again. Throws like `stampPatch` on a
 * stamp not newer than the record's, or on a field that is not stamped.
 */
export function stampTouch<T extends object>(prev: Stored<T>, fields: readonly string[], stamp: Hlc): Stored<T> {
  assertStamp(stamp);
  if (fields.length === 0) return prev;
  for (const f of fields) if (!isStampedField(f)) throw new Error(`stampTouch: ${f} is not a stamped field`);
  if (stamp <= prev._hlc) throw new RangeError(`stampTouch: stamp ${stamp} is not newer than the record's ${prev._hlc}`);
  const clock = { ...prev._clock };
  for (const f of fields) clock[f] = stamp;
  const out: Record<string, unknown> = { ...(prev as unknown as Record<string, unknown>) };
  for (const f of fields) if (!(f in out)) out[f] = f === '_deleted' ? false : null;
  withClock(out, prev, clock, stamp);
  return out as Stored<T>;
}

/** Marks a record deleted with `stamp` (a tombstone); returns `prev` itself if already deleted. */
export function stampDelete<T extends object>(prev: Stored<T>, stamp: Hlc): Stored<T> {
  return stampPatch(prev, { _deleted: true } as unknown as Partial<T>, stamp).next;
}

/** Brings a tombstone back with `stamp`; returns `prev` itself if not deleted. */
export function stampRestore<T extends object>(prev: Stored<T>, stamp: Hlc): Stored<T> {
  return stampPatch(prev, { _deleted: false } as unknown as Partial<T>, stamp).next;
}

/** The highest stamp in a record's `_clock` (what `_hlc` must be); '' for an empty clock. */
export function recordHlc(record: Pick<RecordMeta, '_clock'>): Hlc {
  let max = '';
  for (const stamp of Object.values(record._clock ?? {})) if (typeof stamp === 'string' && stamp > max) max = stamp;
  return max;
}
