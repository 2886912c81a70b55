import { Dexie, type Table } from 'dexie';
import type { SeenVector, Stored } from '@shared/sync/record';
import type { ConflictEntry } from '@shared/sync/merge';
import type { EntityOf, TableName } from '@shared/domain/tables';
import { DB_VERSION, STORES_V1 } from './schema';
import { registerMigrations } from './migrations';

/** A stored record of a synced table, with its local derived fields. */
export type Row<T extends TableName> = Stored<EntityOf<T>> & { _live?: 1; _py?: string; _pinyin?: string; _dq?: 1; _sName?: string; _sBirth?: string };

/** Key-value rows of `meta`: site identity and settings, the clock, the knowledge vector. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A conflict kept for the Conflicts screen until the clerk resolves it. */
export interface ConflictRow extends ConflictEntry {
  detectedAt: string;
  sourceSite?: string;
  resolvedAt?: string;
  resolution?: 'keep' | 'useOther' | 'restore';
}

/** One imported package, so a second import of the same file can say when it was first seen. */
export interface ImportLogRow {
  id: string;
  packageId: string;
  importedAt: string;
  sourceSiteId: string;
  sourceLabel: string;
  fileName: string;
  counts: Record<string, number>;
  seen?: SeenVector;
}

/** The app's IndexedDB database. Only repositories write to it (see writer.ts). */
export class GztDatabase extends Dexie {
  declare units: Table<Row<'units'>, string>;
  declare cadres: Table<Row<'cadres'>, string>;
  declare leaveRuleSets: Table<Row<'leaveRuleSets'>, string>;
  declare subsidyRules: Table<Row<'subsidyRules'>, string>;
  declare batches: Table<Row<'batches'>, string>;
  declare postings: Table<Row<'postings'>, string>;
  declare attendance: Table<Row<'attendance'>, string>;
  declare spotChecks: Table<Row<'spotChecks'>, string>;
  declare leaveRequests: Table<Row<'leaveRequests'>, string>;
  declare logEntries: Table<Row<'logEntries'>, string>;
  declare inspections: Table<Row<'inspections'>, string>;
  declare assessments: Table<Row<'assessments'>, string>;
  declare weeklyScores: Table<Row<'weeklyScores'>, string>;
  declare subsidyPayments: Table<Row<'subsidyPayments'>, string>;
  declare talkRecords: Table<Row<'talkRecords'>, string>;
  declare reservePool: Table<Row<'reservePool'>, string>;
  declare meta: Table<MetaRow, string>;
  declare conflicts: Table<ConflictRow, string>;
  declare importLog: Table<ImportLogRow, string>;

  constructor(name = 'guazhitong') {
    super(name);
    this.version(1).stores(STORES_V1);
    registerMigrations(this);
  }

  /** The table of a synced entity, typed. */
  entity<T extends TableName>(table: T): Table<Row<T>, string> {
    return this.table(table) as unknown as Table<Row<T>, string>;
  }
}

export { DB_VERSION };
