import type { Dexie, Transaction } from 'dexie';
import { KEYED_TABLES, type TableName } from '@shared/domain/tables';
import { upgradeTablesV1, type TablesV1 } from '@shared/sync/migrations/v1-to-v2';
import type { ConflictRow, Row } from './database';
import { withDerived } from './derive';
import { STORES_V2, STORES_V3, STORES_V4 } from './schema';

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
  // Version 4 (数据交换): the export log, a new table only; nothing to upgrade.
  db.version(4).stores(STORES_V4);
}

/**
 * Version 1 → 2: extensions and leave approvals become records of their own, per-day attendance
 * rows fold into month records, records unique by a business key get their keyed id (references
 * and conflict entries follow). Clocks and tombstones travel with the data; `meta`, `conflicts` and
 * `importLog` rows are kept. The per-day details of version-1 attendance rows (times, method, note)
 * have no place in version 2 (no version-1 screen wrote them); their status and its stamp are kept.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const input: Record<string, TablesV1[string]> = {};
  for (const table of ['postings', 'leaveRequests', 'attendance', ...Object.keys(KEYED_TABLES)]) {
    // attendance months are made here; tables added after version 2 do not exist in this transaction
    if (table !== 'attendanceMonths' && (table === 'attendance' || table in STORES_V2)) input[table] = await tx.table(table).toArray();
  }
  const outcome = upgradeTablesV1(input);
  for (const [table, ids] of Object.entries(outcome.removed)) if (table !== 'attendance' && ids.length) await tx.table(table).bulkDelete(ids);
  for (const [table, rows] of Object.entries(outcome.reshaped)) if (rows.length) await tx.table(table).bulkPut(rows);
  for (const [table, rows] of Object.entries(outcome.created)) {
    if (rows.length) await tx.table(table).bulkPut(rows.map((r) => withDerived(table as TableName, r as unknown as Row<TableName>)));
  }
  const { idMap, conflicts } = outcome;
  if (idMap.size) {
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
