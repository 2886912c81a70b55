import { dayField } from '../../domain/entities/attendance-month';
import { keyedId, keyedIdOf, type EntityOf, type TableName } from '../../domain/tables';
import { canonicalJson } from '../canonical-json';
import type { ConflictEntry } from '../conflict';
import { mergeRecord } from '../merge';
import type { Hlc, Stored } from '../record';
import { recordHlc } from '../stamp';

/*
 * Row transforms of schema version 2 (pure: the Dexie upgrade and, later, the import of a package
 * written by a version-1 PC apply the same functions, so every PC migrating the same data ends with
 * the same records, ids and stamps).
 * - Collections as records: `postings.extensions` → `extensions`, `leaveRequests.approvals` →
 *   `leaveApprovals`. Each element keeps the stamp of the array field it came from, so a merge with
 *   data still in the old shape behaves; its id is derived from parent and content.
 * - Per-day attendance rows → one `attendanceMonths` record per posting-month.
 * - Records unique by a business key get their keyed id (KEYED_TABLES); two v1 records of the same
 *   key are merged field by field (the later stamp wins, a concurrent difference is a conflict entry).
 */

/** A stored record of any table, fields untyped. */
export type AnyRow = Stored<Record<string, unknown>>;

/** What a transform produced: records to store, ids to remove, conflicts found on the way. */
export interface MigrationOutcome {
  rows: AnyRow[];
  conflicts: ConflictEntry[];
}

/** The stamp a field was last written with, or the record's highest stamp when it has none. */
function stampOf(row: AnyRow, field: string): Hlc {
  return row._clock?.[field] ?? row._hlc;
}

/** A new record whose every field (and `_deleted: false`) carries `stamp`. */
function stampedRecord(id: string, fields: Record<string, unknown>, stamp: Hlc): AnyRow {
  const clock: Record<string, Hlc> = { _deleted: stamp };
  for (const k of Object.keys(fields)) clock[k] = stamp;
  return { id, ...fields, _deleted: false, _clock: clock, _hlc: stamp } as AnyRow;
}

/** Merges records that share an id (collisions of re-keyed or folded rows), collecting conflicts. */
function mergeById(table: string, rows: readonly AnyRow[]): MigrationOutcome {
  const byId = new Map<string, AnyRow>();
  const conflicts: ConflictEntry[] = [];
  for (const row of rows) {
    const r = mergeRecord(byId.get(row.id), row, { table });
    byId.set(row.id, r.record as AnyRow);
    conflicts.push(...r.conflicts);
  }
  return { rows: [...byId.values()], conflicts };
}

/**
 * An array field of parent records becomes child records of `childTable`, one per element, with the
 * parent's id in `parentField`. Returns the parents that had the field (without it and its stamp)
 * and the children.
 */
export function splitCollection(parents: readonly AnyRow[], arrayField: string, childTable: string, parentField: string): { parents: AnyRow[]; children: AnyRow[] } {
  const changed: AnyRow[] = [];
  const children: AnyRow[] = [];
  for (const parent of parents) {
    if (!(arrayField in parent) && !(arrayField in (parent._clock ?? {}))) continue;
    const list = parent[arrayField];
    const stamp = stampOf(parent, arrayField);
    if (Array.isArray(list)) {
      for (const element of list as Record<string, unknown>[]) {
        children.push(stampedRecord(keyedId(childTable, parent.id, canonicalJson(element)), { [parentField]: parent.id, ...element }, stamp));
      }
    }
    const { [arrayField]: _dropped, ...rest } = parent;
    const { [arrayField]: _stamp, ...clock } = parent._clock ?? {};
    changed.push({ ...rest, _clock: clock, _hlc: recordHlc({ _clock: clock }) || parent._hlc } as AnyRow);
  }
  return { parents: changed, children: mergeById(childTable, children).rows };
}

/**
 * Per-day attendance rows of version 1 become one `attendanceMonths` record per posting-month: the
 * day's field holds the status (null for a deleted row) with the stamp of that write. Two rows of
 * the same posting-day (two PCs, or a half-day pair) keep the later write; a concurrent different
 * value becomes a conflict entry.
 */
export function foldAttendance(rows: readonly AnyRow[]): MigrationOutcome {
  const partials = rows.map((row) => {
    const date = String(row.date);
    const postingId = String(row.postingId);
    const month = date.slice(0, 7);
    const first = stampOf(row, 'postingId');
    const valueStamp = row._deleted ? [stampOf(row, 'status'), stampOf(row, '_deleted')].sort().at(-1)! : stampOf(row, 'status');
    const record = stampedRecord(keyedId('attendanceMonths', postingId, month), { postingId, month }, first);
    const day = dayField(Number(date.slice(8, 10)));
    record[day] = row._deleted ? null : row.status;
    record._clock = { ...record._clock, [day]: valueStamp };
    record._hlc = recordHlc(record);
    return record;
  });
  return mergeById('attendanceMonths', partials);
}

/**
 * Gives the records of a keyed table their keyed id (KEYED_TABLES). Records of the same key are
 * merged; `rows` are the keyed records (new ids), `idMap` maps every changed old id to its new one,
 * so the caller removes the old ids and references can follow.
 */
export function rekey(table: TableName, rows: readonly AnyRow[]): MigrationOutcome & { idMap: Map<string, string> } {
  const idMap = new Map<string, string>();
  const moved: AnyRow[] = [];
  for (const row of rows) {
    const id = keyedIdOf(table, row as unknown as EntityOf<typeof table>);
    if (!id) continue;
    if (id !== row.id) idMap.set(row.id, id);
    moved.push({ ...row, id });
  }
  return { ...mergeById(table, moved), idMap };
}
