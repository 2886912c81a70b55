import type { Hlc } from './record';

/**
 * `overwrite`: two concurrent writes of one field, the lower stamp lost.
 * `deleteEdit`: the record was deleted by a PC that had not seen this edit; the edit is kept in the
 * tombstone's data, and restoring the record brings it back.
 */
export type ConflictKind = 'overwrite' | 'deleteEdit';

/**
 * A write that lost without its winner's author having seen it, kept for the Conflicts screen.
 * Values are field values (null = empty). For `deleteEdit`, `keptStamp` is the delete's stamp and
 * `keptValue` the deleting side's value of `field`. `keptSite`/`lostSite` are the site ids inside
 * the stamps.
 */
export type ConflictEntry = {
  id: string;
  table: string;
  recordId: string;
  field: string;
  kind: ConflictKind;
  keptValue: unknown;
  keptStamp: Hlc;
  lostValue: unknown;
  lostStamp: Hlc;
  keptSite: string;
  lostSite: string;
};

/**
 * The id of a conflict entry, a pure function of what identifies it, so importing the same package
 * again (or the same conflict arriving by another route) yields the same id and never a duplicate.
 */
export function conflictId(
  table: string,
  recordId: string,
  field: string,
  kind: ConflictKind,
  keptStamp: Hlc,
  lostStamp: Hlc,
): string {
  return JSON.stringify([table, recordId, field, kind, keptStamp, lostStamp]);
}
