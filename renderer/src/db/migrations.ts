import type { Dexie, Transaction } from 'dexie';
import { KEYED_TABLES, type TableName } from '@shared/domain/tables';
import { foldAttendance, rekey, splitCollection, type AnyRow } from '@shared/sync/migrations/v1-to-v2';
import type { ConflictEntry } from '@shared/sync/merge';
import type { ConflictRow, Row } from './database';
import { withDerived } from './derive';
import { STORES_V2, STORES_V3, STORES_V4, STORES_V5 } from './schema';

/*
 * Schema versions after the first, each with its upgrade. An upgrade runs inside Dexie's
 * `versionchange` transaction (the write guard lets it through): all of it is applied or, if it
 * throws, the database stays at the old version with nothing changed. Row transforms are pure
 * functions in `shared/sync/migrations/`, so the import of a package from an older PC can reuse them.
 * A new version: add its stores to schema.ts, register it here, and extend
 * `test/renderer/db/migrations.test.ts`, which opens the version-1 fixture (test/fixtures/db-v1).
 */

/** Registers every schema version after 1 on `db`. */
export function registerMigrations(db: Dexie): void {
  db.version(2)
    .stores({ ...STORES_V2, attendance: null })
    .upgrade((tx) => upgradeToV2(tx));
  // Version 3 (考核): a new table only; nothing to upgrade.
  db.version(3).stores(STORES_V3);
  db.version(4)
    .stores(STORES_V4)
    .upgrade((tx) => upgradeToV4(tx));
  // Version 5 (考勤请假): new tables only, nothing to upgrade.
  db.version(5).stores(STORES_V5);
}

/**
 * Version 3 → 4 (纪实手册): 纪实 entries of the kinds that are one per posting and day or period get
 * their keyed id; two entries of the same key (the same day typed on two PCs) merge field by field
 * and the difference is kept as a conflict entry. Nothing refers to entry ids yet (amendments are
 * new in this version).
 */
async function upgradeToV4(tx: Transaction): Promise<void> {
  const keyed = rekey('logEntries', await tx.table('logEntries').toArray());
  if (keyed.idMap.size === 0) return;
  await tx.table('logEntries').bulkDelete([...keyed.idMap.keys()]);
  await tx.table('logEntries').bulkPut(keyed.rows.map((r) => withDerived('logEntries', r as unknown as Row<'logEntries'>)));
  const detectedAt = new Date().toISOString();
  if (keyed.conflicts.length) await tx.table('conflicts').bulkPut(keyed.conflicts.map((c) => ({ ...c, detectedAt }) satisfies ConflictRow));
}

/**
 * Version 1 → 2: extensions and leave approvals become records of their own, per-day attendance
 * rows fold into month records, records unique by a business key get their keyed id (references
 * and conflict entries follow). Clocks and tombstones travel with the data; `meta`, `conflicts` and
 * `importLog` rows are kept. The per-day details of version-1 attendance rows (times, method, note)
 * have no place in version 2 (no version-1 screen wrote them); their status and its stamp are kept.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const conflicts: ConflictEntry[] = [];
  const put = <T extends TableName>(table: T, rows: readonly AnyRow[]) =>
    rows.length ? tx.table(table).bulkPut(rows.map((r) => withDerived(table, r as unknown as Row<T>))) : Promise.resolve();

  for (const [parentTable, field, childTable, parentField] of [
    ['postings', 'extensions', 'extensions', 'postingId'],
    ['leaveRequests', 'approvals', 'leaveApprovals', 'leaveRequestId'],
  ] as const) {
    const split = splitCollection(await tx.table(parentTable).toArray(), field, childTable, parentField);
    await tx.table(parentTable).bulkPut(split.parents);
    await put(childTable, split.children);
  }

  const folded = foldAttendance(await tx.table('attendance').toArray());
  await put('attendanceMonths', folded.rows);
  conflicts.push(...folded.conflicts);

  const idMap = new Map<string, string>();
  for (const table of Object.keys(KEYED_TABLES) as TableName[]) {
    // attendance was folded above; tables added after version 2 do not exist in this transaction
    if (table === 'attendanceMonths' || !(table in STORES_V2)) continue;
    const keyed = rekey(table, await tx.table(table).toArray());
    await tx.table(table).bulkDelete([...keyed.idMap.keys()]);
    await put(table, keyed.rows);
    keyed.idMap.forEach((to, from) => idMap.set(from, to));
    conflicts.push(...keyed.conflicts);
  }
  if (idMap.size) {
    await tx
      .table('subsidyPayments')
      .toCollection()
      .modify((p: { adjustsPaymentId?: string | null }) => {
        if (p.adjustsPaymentId && idMap.has(p.adjustsPaymentId)) p.adjustsPaymentId = idMap.get(p.adjustsPaymentId)!;
      });
    await tx
      .table('conflicts')
      .toCollection()
      .modify((c: ConflictRow) => {
        if (idMap.has(c.recordId)) c.recordId = idMap.get(c.recordId)!;
      });
  }
  const detectedAt = new Date().toISOString();
  if (conflicts.length) await tx.table('conflicts').bulkPut(conflicts.map((c) => ({ ...c, detectedAt }) satisfies ConflictRow));
}
