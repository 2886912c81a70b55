import { dayField } from '../../domain/entities/attendance-month';
import { keyedId } from '../../domain/tables';
import { conflictId, type ConflictEntry } from '../conflict';
import { recordHlc } from '../stamp';
import { mergeById, stampedRecord, stampOf, type AnyRow, type MigrationOutcome } from './v1-to-v2';

/*
 * Row transforms of schema version 7 (pure: the Dexie upgrade and the import of a package written by
 * a version 5–6 PC apply the same functions, so every PC converting the same data ends with the same
 * records, ids and stamps, and a merge of the two is a no-op).
 * - One `attendanceDays` record per posting-day → one `attendanceDetails` record per posting-month,
 *   the day's details in its day field. The day field carries the record's highest stamp (`_hlc`):
 *   version 6 stamped each detail (note, punches …) on its own, version 7 stamps the day as a whole.
 *   Two version-6 PCs that changed different details of the same day concurrently therefore end, once
 *   converted, with one value and a conflict entry that keeps the other side's (nothing is lost silently).
 */

/** The detail fields of a version-6 `attendanceDays` record, as kept in a version-7 day field. */
export const DAY_DETAIL_FIELDS = ['signInTime', 'signOutTime', 'method', 'importedStatus', 'punches', 'sourceFile', 'note', 'checkedBy'] as const;

/** The day details a version-6 day record holds (null for a tombstone). */
function dayValue(row: AnyRow): Record<string, unknown> | null {
  if (row._deleted) return null;
  const out: Record<string, unknown> = {};
  for (const f of DAY_DETAIL_FIELDS) out[f] = f === 'punches' ? ((row[f] as unknown[] | undefined) ?? []) : (row[f] ?? null);
  return out;
}

/** Where a version-6 day record goes: its month record's id and its day field. */
function placeOf(row: AnyRow): { id: string; postingId: string; month: string; field: string } {
  const date = String(row.date);
  const postingId = String(row.postingId);
  return { id: keyedId('attendanceDetails', postingId, date.slice(0, 7)), postingId, month: date.slice(0, 7), field: dayField(Number(date.slice(8, 10))) };
}

/**
 * Version-6 `attendanceDays` records (tombstones included) become `attendanceDetails` month records:
 * the day field holds the day's details (null for a deleted day) stamped with the record's `_hlc`;
 * `postingId` and `month` carry the stamp the day record was created with. `sourceIds[i]` is the
 * month record `rows[i]` went into.
 */
export function foldAttendanceDays(rows: readonly AnyRow[]): MigrationOutcome & { sourceIds: string[] } {
  const partials = rows.map((row) => {
    const { id, postingId, month, field } = placeOf(row);
    const record = stampedRecord(id, { postingId, month }, stampOf(row, 'postingId'));
    record[field] = dayValue(row);
    record._clock = { ...record._clock, [field]: row._hlc };
    record._hlc = recordHlc(record);
    return record;
  });
  return { ...mergeById('attendanceDetails', partials), sourceIds: partials.map((r) => r.id) };
}

/**
 * Conflict entries kept on version-6 day records, moved to the day field of their month record:
 * the values become whole days (the day as stored now, with the conflicting detail set to each
 * side's value), so 使用另一方 writes a whole day. Entries of other tables pass unchanged; an entry
 * whose day record is unknown keeps its old table (the 冲突 screen still lists it).
 */
export function moveDayConflicts<C extends ConflictEntry>(conflicts: readonly C[], days: readonly AnyRow[]): C[] {
  const byId = new Map(days.map((r) => [r.id, r]));
  return conflicts.map((c) => {
    const row = c.table === 'attendanceDays' ? byId.get(c.recordId) : undefined;
    if (!row) return c;
    const { id, field } = placeOf(row);
    const now = dayValue({ ...row, _deleted: false }) ?? {};
    const side = (value: unknown) => (c.field === '_deleted' ? (value ? null : now) : { ...now, [c.field]: value });
    return { ...c, id: conflictId('attendanceDetails', id, field, c.kind, c.keptStamp, c.lostStamp), table: 'attendanceDetails', recordId: id, field, keptValue: side(c.keptValue), lostValue: side(c.lostValue) };
  });
}
