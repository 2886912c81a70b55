/**
 * A hybrid-logical-clock stamp, sortable as a plain string:
 * `2026-11-21T05:00:00.000Z-0000-0123456789abcdef` (ISO millis, 4-hex counter, 16-hex site id).
 */
export type Hlc = string;

/** Per-site knowledge: the highest stamp seen from each site. Travels in every package. */
export type SeenVector = Record<string, Hlc>;

/**
 * Technical fields every synced record carries (ARCHITECTURE §2).
 * `_clock[field]` is the stamp of the last write of that field, `_deleted` is a field like any other
 * (stamped in `_clock._deleted`), and `_hlc` is the highest stamp in `_clock`, indexed for export.
 * `_known` (absent when empty) keeps, per site, a stamp this copy held that its clock no longer
 * shows (knowledge.ts): together with the clock it is the record's own knowledge, which the merge
 * uses to tell a knowing overwrite from a concurrent one. It never exceeds `_hlc`.
 * Tombstones are kept forever: a record is never physically removed, or a stale copy on another PC
 * would bring it back on the next import.
 */
export interface RecordMeta {
  id: string;
  _deleted: boolean;
  _clock: Record<string, Hlc>;
  _hlc: Hlc;
  _known?: SeenVector;
}

/** A domain record as stored: its fields plus the sync metadata. */
export type Stored<T extends object> = T & RecordMeta;

/** Field names that are sync metadata, never domain data. `_deleted` is stamped like a domain field. */
export const META_FIELDS = ['id', '_clock', '_hlc', '_known'] as const;

/**
 * Fields whose name starts with `_` other than `_deleted` are local derived values (search keys and
 * the like): never stamped, never exported, recomputed on every write.
 */
export function isStampedField(field: string): boolean {
  if (field === '_deleted') return true;
  return field !== 'id' && !field.startsWith('_');
}
