import { dayField } from '../../domain/entities/attendance-month';
import { KEYED_TABLES, keyedId, keyedIdOf, type EntityOf, type TableName } from '../../domain/tables';
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
export function stampOf(row: AnyRow, field: string): Hlc {
  return row._clock?.[field] ?? row._hlc;
}

/** A new record whose every field (and `_deleted: false`) carries `stamp`. */
export function stampedRecord(id: string, fields: Record<string, unknown>, stamp: Hlc): AnyRow {
  const clock: Record<string, Hlc> = { _deleted: stamp };
  for (const k of Object.keys(fields)) clock[k] = stamp;
  return { id, ...fields, _deleted: false, _clock: clock, _hlc: stamp } as AnyRow;
}

/** Merges records that share an id (collisions of re-keyed or folded rows), collecting conflicts. */
export function mergeById(table: string, rows: readonly AnyRow[]): MigrationOutcome {
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

/** The tables of version-1 data, by name (version-1 names: `attendance` per day). */
export type TablesV1 = Readonly<Record<string, readonly AnyRow[]>>;

/** What upgrading version-1 tables changes, per table. */
export interface UpgradeV1Outcome {
  /** existing rows reshaped in place (a parent without its array field, a reference that followed a re-key) */
  reshaped: Record<string, AnyRow[]>;
  /** records new in version 2 (split-out children, attendance months, records under their keyed id) */
  created: Record<string, AnyRow[]>;
  /** ids that went, per table (re-keyed records' old ids; the whole `attendance` table) */
  removed: Record<string, string[]>;
  /** old id → keyed id, for conflict entries that name them */
  idMap: Map<string, string>;
  conflicts: ConflictEntry[];
}

const push = <T>(map: Record<string, T[]>, key: string, ...items: T[]) => (map[key] ??= []).push(...items);

/**
 * Version-1 tables → version 2, as one pure function: collections split out, per-day attendance
 * folded into months, keyed tables re-keyed, references to re-keyed subsidy payments followed. The
 * Dexie upgrade (renderer/src/db/migrations.ts) and the import of a version-1 package both run it.
 */
export function upgradeTablesV1(input: TablesV1): UpgradeV1Outcome {
  const out: UpgradeV1Outcome = { reshaped: {}, created: {}, removed: {}, idMap: new Map(), conflicts: [] };
  for (const [parentTable, field, childTable, parentField] of [
    ['postings', 'extensions', 'extensions', 'postingId'],
    ['leaveRequests', 'approvals', 'leaveApprovals', 'leaveRequestId'],
  ] as const) {
    const split = splitCollection(input[parentTable] ?? [], field, childTable, parentField);
    push(out.reshaped, parentTable, ...split.parents);
    push(out.created, childTable, ...split.children);
  }
  const folded = foldAttendance(input.attendance ?? []);
  push(out.created, 'attendanceMonths', ...folded.rows);
  out.removed.attendance = (input.attendance ?? []).map((r) => r.id);
  out.conflicts.push(...folded.conflicts);

  for (const table of Object.keys(KEYED_TABLES) as TableName[]) {
    if (table === 'attendanceMonths' || !input[table]) continue;
    const keyed = rekey(table, input[table]);
    push(out.created, table, ...keyed.rows);
    push(out.removed, table, ...keyed.idMap.keys());
    keyed.idMap.forEach((to, from) => out.idMap.set(from, to));
    out.conflicts.push(...keyed.conflicts);
  }
  if (out.idMap.size) {
    const keyedNow = new Map((out.created.subsidyPayments ?? []).map((p) => [p.id, p]));
    for (const p of [...(input.subsidyPayments ?? []).filter((r) => !out.idMap.has(r.id) && !keyedNow.has(r.id)), ...keyedNow.values()]) {
      const ref = p.adjustsPaymentId;
      if (typeof ref !== 'string' || !out.idMap.has(ref)) continue;
      const moved = { ...p, adjustsPaymentId: out.idMap.get(ref)! };
      if (keyedNow.has(p.id)) out.created.subsidyPayments = out.created.subsidyPayments!.map((r) => (r.id === p.id ? moved : r));
      else push(out.reshaped, 'subsidyPayments', moved);
    }
  }
  return out;
}

/** Every table's rows after an upgrade of `input` (what a version-1 package carries in version-2 shape). */
export function upgradedTables(input: TablesV1, outcome: UpgradeV1Outcome): Record<string, AnyRow[]> {
  const out: Record<string, AnyRow[]> = {};
  const names = new Set([...Object.keys(input), ...Object.keys(outcome.created)]);
  for (const name of names) {
    const gone = new Set(outcome.removed[name] ?? []);
    const replaced = new Map([...(outcome.reshaped[name] ?? []), ...(outcome.created[name] ?? [])].map((r) => [r.id, r]));
    const rows = (input[name] ?? []).filter((r) => !gone.has(r.id) && !replaced.has(r.id));
    const all = [...rows, ...replaced.values()];
    if (name !== 'attendance') out[name] = all;
  }
  return out;
}
