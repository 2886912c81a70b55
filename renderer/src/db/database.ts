import { Dexie, type Table } from 'dexie';
import type { SiteIdentity, SiteSettings } from '@shared/domain/site';
import type { Hlc, SeenVector, Stored } from '@shared/sync/record';
import type { ConflictEntry } from '@shared/sync/merge';
import type { PackageRef } from '@shared/sync/package/manifest';
import type { PackageScope, ScopeSnapshot } from '@shared/sync/scope';
import { ENTITY_TABLES, TABLE_NAMES, type EntityOf, type TableName } from '@shared/domain/tables';
import { DATA_VERSION, DB_VERSION, STORES_V1 } from './schema';
import { registerMigrations } from './migrations';
import { writeGuard } from './write-guard';
import { storedClock } from './stored-clock';
import { NewerDatabaseError } from './errors';

/** A stored record of a synced table, with its local derived fields. */
export type Row<T extends TableName> = Stored<EntityOf<T>> & { _live?: 1; _py?: string; _pinyin?: string; _dq?: 1; _sName?: string; _sBirth?: string; _seq?: number; _sample?: 1 };

/** Key-value rows of `meta`: site identity and settings, the clock, the knowledge vector. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** This PC's identity and settings, as kept in `meta`. */
export type SiteState = SiteSettings & SiteIdentity;

/** The values `meta` holds, by key (written only through Writer.setMeta). */
export interface MetaValues {
  /** this PC's identity and settings (first-run setup, 设置) */
  site: SiteState;
  /** the last stamp this PC's clock issued or received */
  clock: Hlc;
  /** the knowledge vector: highest stamp seen from each site */
  seen: SeenVector;
  /** when the sample county was loaded (载入示例数据), so it is never loaded twice */
  sampleLoaded: { at: string; postings: number; clearedAt?: string };
  /** years without a holiday arrangement for which a clerk on this PC accepted counting Monday to Friday */
  calendarWeekdaysOnly: number[];
  /** this PC's change counter: every write transaction that stores records takes the next value (records keep it in `_seq`) */
  seq: number;
  /** 备份与恢复: how many backups to keep, and the day of the last daily backup */
  backup: { keep: number; lastDaily?: string };
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
  /** when the package was written, and the rest of what 数据交换 → 记录 shows */
  created?: string;
  sourceRole?: string;
  sourceUnitId?: string;
  scope?: PackageScope;
  targetLabel?: string;
  base?: PackageRef | null;
  /** new / changed / deleted records and the conflict entries the import kept */
  changes?: { created: number; updated: number; deleted: number; conflicts: number };
  /** the last package of THIS PC the source had imported (what this PC's next package may leave out) */
  ack?: PackageRef;
  /** who imported it (经办人), if given */
  by?: string;
}

/** One exported package: what 数据交换 → 记录 shows, and what the next incremental package to the same PC continues. */
export interface ExportLogRow {
  /** the package id */
  id: string;
  createdAt: string;
  fileName: string;
  /** the receiving PC when known (a PC that has sent packages here) */
  partnerSiteId?: string;
  partnerLabel: string;
  scope: PackageScope;
  base: PackageRef | null;
  counts: Record<string, number>;
  /** this PC's change counter when the package was written, and the scope's postings and shared records then */
  seq: number;
  snapshot: ScopeSnapshot;
  by?: string;
}

/** The bookkeeping tables beside the synced ones (local to this PC, written through the Store). */
export const BOOKKEEPING_TABLES = { meta: '本机设置', conflicts: '冲突记录', importLog: '导入记录', exportLog: '导出记录' } as const;
export type BookkeepingTable = keyof typeof BOOKKEEPING_TABLES;
/** Every table a write transaction may change. */
export type StoreTableName = TableName | BookkeepingTable;

/**
 * A table as the app sees it: reads only. Writes go through the Writer (writer.ts); a write that
 * does not is refused at run time by the write guard, and this type makes it a compile error too.
 */
export type ReadTable<R> = Pick<
  Table<R, string>,
  'name' | 'schema' | 'get' | 'bulkGet' | 'where' | 'filter' | 'count' | 'orderBy' | 'toArray' | 'toCollection' | 'each' | 'limit' | 'offset' | 'reverse'
>;

/** The app's IndexedDB database. Its tables are typed read-only; only the Writer writes them. */
export class GztDatabase extends Dexie {
  declare units: ReadTable<Row<'units'>>;
  declare cadres: ReadTable<Row<'cadres'>>;
  declare leaveRuleSets: ReadTable<Row<'leaveRuleSets'>>;
  declare subsidyRules: ReadTable<Row<'subsidyRules'>>;
  declare scoreRuleSets: ReadTable<Row<'scoreRuleSets'>>;
  declare batches: ReadTable<Row<'batches'>>;
  declare postings: ReadTable<Row<'postings'>>;
  declare extensions: ReadTable<Row<'extensions'>>;
  declare attendanceMonths: ReadTable<Row<'attendanceMonths'>>;
  declare attendanceDetails: ReadTable<Row<'attendanceDetails'>>;
  declare calendarYears: ReadTable<Row<'calendarYears'>>;
  declare attendanceRules: ReadTable<Row<'attendanceRules'>>;
  declare spotChecks: ReadTable<Row<'spotChecks'>>;
  declare leaveRequests: ReadTable<Row<'leaveRequests'>>;
  declare leaveApprovals: ReadTable<Row<'leaveApprovals'>>;
  declare logEntries: ReadTable<Row<'logEntries'>>;
  declare inspections: ReadTable<Row<'inspections'>>;
  declare logAmendments: ReadTable<Row<'logAmendments'>>;
  declare recordBookSettings: ReadTable<Row<'recordBookSettings'>>;
  declare assessments: ReadTable<Row<'assessments'>>;
  declare weeklyScores: ReadTable<Row<'weeklyScores'>>;
  declare subsidyPayments: ReadTable<Row<'subsidyPayments'>>;
  declare talkRecords: ReadTable<Row<'talkRecords'>>;
  declare reservePool: ReadTable<Row<'reservePool'>>;
  declare meta: ReadTable<MetaRow>;
  declare conflicts: ReadTable<ConflictRow>;
  declare importLog: ReadTable<ImportLogRow>;
  declare exportLog: ReadTable<ExportLogRow>;

  constructor(name = 'guazhitong') {
    super(name);
    this.version(1).stores(STORES_V1);
    registerMigrations(this);
    const labels: Record<string, string> = { ...BOOKKEEPING_TABLES };
    for (const t of TABLE_NAMES) labels[t] = ENTITY_TABLES[t].label;
    this.use(writeGuard(new Set(Object.keys(labels)), (t) => labels[t] ?? t));
    this.use(storedClock(new Set(TABLE_NAMES)));
  }

  /**
   * Opens the database, refusing one written by a newer version of 挂职通 (NewerDatabaseError).
   * Dexie alone would open a newer database as it is, and even add back the parts of this build's
   * schema it lacks; so the installed version is read first without opening it
   * (`indexedDB.databases()`), and checked again on the open connection where that is missing.
   */
  async openChecked(): Promise<void> {
    const before = await installedVersion(this.name);
    if (before !== undefined && before > this.verno) throw new NewerDatabaseError(before, this.verno);
    await this.open();
    const after = Math.floor(this.backendDB().version / 10);
    if (after > this.verno) {
      this.close({ disableAutoOpen: true });
      throw new NewerDatabaseError(after, this.verno);
    }
  }

  /** The table of a synced entity, typed (read-only). */
  entity<T extends TableName>(table: T): ReadTable<Row<T>> {
    return this.table(table) as unknown as ReadTable<Row<T>>;
  }
}

/**
 * The schema version of database `name` as installed on this PC (Dexie's version: the native one
 * divided by 10; 0 when it does not exist), read without opening or creating it; undefined where
 * the browser cannot list its databases.
 */
async function installedVersion(name: string): Promise<number | undefined> {
  const factory = Dexie.dependencies.indexedDB as IDBFactory | undefined;
  if (typeof factory?.databases !== 'function') return undefined;
  const found = (await factory.databases()).find((d) => d.name === name);
  return Math.floor((found?.version ?? 0) / 10);
}

/** What repositories and queries get: every table, for reading. */
export type ReadDb = Pick<GztDatabase, TableName | BookkeepingTable | 'entity'>;

export { DATA_VERSION, DB_VERSION };
