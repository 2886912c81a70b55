import type { Dexie, Transaction } from 'dexie';
import { KEYED_TABLES, TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { rekey, upgradeTablesV1, type TablesV1 } from '@shared/sync/migrations/v1-to-v2';
import type { ConflictRow, Row } from './database';
import { withDerived } from './derive';
import { foldAttendanceDays, moveDayConflicts } from '@shared/sync/migrations/v6-to-v7';
import { STORES_V2, STORES_V3, STORES_V4, STORES_V5, STORES_V6, STORES_V7 } from './schema';

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
  // Version 6 (数据交换): the export log, a new table only; nothing to upgrade.
  db.version(6).stores(STORES_V6);
  db.version(7)
    .stores(STORES_V7)
    .upgrade((tx) => upgradeToV7(tx));
  db.version(8)
    .stores({})
    .upgrade((tx) => upgradeToV8(tx));
}

/** Records rewritten per step of the version-8 upgrade (a county's tables can hold 100,000 records). */
const UPGRADE_BATCH = 5_000;

/**
 * Version 7 → 8 (export and import speed): every synced record's `_clock` is stored as text
 * (shared/sync/clock-text.ts). Each record is read and put back as it is: the storage middleware
 * (stored-clock.ts) writes the text. Nothing the app sees changes.
 */
async function upgradeToV8(tx: Transaction): Promise<void> {
  for (const name of TABLE_NAMES) {
    const table = tx.table(name);
    let after: string | undefined;
    for (;;) {
      const rows: { id: string }[] = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(UPGRADE_BATCH).toArray();
      if (rows.length === 0) break;
      await table.bulkPut(rows);
      after = rows[rows.length - 1]!.id;
    }
  }
}

/**
 * Version 6 → 7 (clock-in import speed): the per-day detail records fold into one
 * `attendanceDetails` record per posting-month, a field per day with the day's stamp, tombstones as
 * null days; conflict entries on day records move to their day field. Dexie drops `attendanceDays`
 * after this upgrade, in the same transaction.
 */
async function upgradeToV7(tx: Transaction): Promise<void> {
  const days = await tx.table('attendanceDays').toArray();
  if (days.length === 0) return;
  const folded = foldAttendanceDays(days);
  // local fields follow: the change counter (incremental packages) and the sample mark
  const local = new Map<string, { seq: number; sample: boolean }>();
  days.forEach((d: { _seq?: number; _sample?: 1 }, i: number) => {
    const id = folded.sourceIds[i]!;
    const was = local.get(id) ?? { seq: 0, sample: true };
    local.set(id, { seq: Math.max(was.seq, d._seq ?? 0), sample: was.sample && d._sample === 1 });
  });
  const rows = folded.rows.map((r) => {
    const { seq, sample } = local.get(r.id)!;
    return withDerived('attendanceDetails', { ...r, ...(seq ? { _seq: seq } : {}), ...(sample ? { _sample: 1 } : {}) } as unknown as Row<'attendanceDetails'>);
  });
  await tx.table('attendanceDetails').bulkPut(rows);
  const old: ConflictRow[] = await tx.table('conflicts').where('table').equals('attendanceDays').toArray();
  if (old.length === 0) return;
  await tx.table('conflicts').bulkDelete(old.map((c) => c.id));
  await tx.table('conflicts').bulkPut(moveDayConflicts(old, days));
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
