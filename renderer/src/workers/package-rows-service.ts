// The heavy half of 导出数据包 (issue 11): reads every record of this PC in one read transaction,
// picks what the receiver gets and encodes it as the package's rows, packed (each distinct value
// once). It runs in a Web Worker: reading and encoding a county's year (64,000 records) kept the
// page's thread busy for seconds, and every collection there walked the page's whole heap. The
// page keeps the bridge calls, the progress bar and the log (operations/exchange.ts).
import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { packRowsAsJson, type PackedJsonRows } from '@shared/ipc/packed-sheets';
import { MAX_RECORDS_PER_CALL } from '@shared/ipc/package-schemas';
import { outgoingPicker, pickableAsRead, planOutgoing, type LocalRecord, type OutgoingTarget } from '@shared/sync/exchange/outgoing';
import { PackageRowEncoder, packageTables } from '@shared/sync/package/encoder';
import { LONG_SHEET, type PackageHeader } from '@shared/sync/package/manifest';
import type { Hlc, SeenVector } from '@shared/sync/record';
import { scopeCarries, type ScopeSnapshot } from '@shared/sync/scope';
import { allOf, readForExport, type ExportRead } from '../db/queries/export-read';

/** One `package:rows` call's worth: rows of one table (or of `_long`, records 0), packed. */
export interface PackageChunk {
  table: string;
  rows: PackedJsonRows;
  records: number;
}

/** What the read transaction saw first: the change counter and clock, and how many records there are. */
export interface ReadStart {
  seq: number;
  clock?: Hlc;
  total: number;
}

/** What went into the package. */
export interface Produced {
  /** records sent per carried table */
  counts: Record<string, number>;
  /** the highest stamp of each site in the records sent */
  seen: SeenVector;
  snapshot: ScopeSnapshot;
  sampleSkipped: number;
}

export interface PackageRowsService {
  /** Connects to database `dbName` ahead of `start` (the export tab does it when it opens). */
  prepare(dbName: string): Promise<void>;
  /** Opens one read transaction over every table of database `dbName`. */
  start(dbName: string): Promise<ReadStart>;
  /**
   * Sends what `target` gets of the records read, table after table in chunks (each `send`
   * awaited: the page's calls in flight hold the worker back), the `_long` rows last; `skip`
   * hears of records read and not sent.
   */
  produce(target: OutgoingTarget, header: Pick<PackageHeader, 'target'>, send: (chunk: PackageChunk) => Promise<void>, skip: (records: number) => void): Promise<Produced>;
}

/** Records per `package:rows` call: as many as one call takes (fewer calls; 2,000 measured slower). */
const RECORDS_PER_CHUNK = MAX_RECORDS_PER_CALL;

/**
 * The service over the database `open` gives (the worker opens its own connection, closed when the
 * worker ends; the page lends its one).
 */
export function createPackageRowsService(open: (dbName: string) => Promise<IDBDatabase>): PackageRowsService {
  let read: ExportRead | undefined;
  let connection: Promise<IDBDatabase> | undefined;
  const connect = (dbName: string) => (connection ??= open(dbName));
  return {
    async prepare(dbName) {
      await connect(dbName);
    },
    async start(dbName) {
      try {
        read = readForExport(await connect(dbName));
      } catch {
        // connected long before, and closed since (a newer version took the database): once more
        connection = undefined;
        read = readForExport(await connect(dbName));
      }
      const [seq, clock, total] = await Promise.all([read.seq, read.clock, read.total]);
      return { seq, total, ...(clock ? { clock } : {}) };
    },
    async produce(target, header, send, skip) {
      if (!read) throw new Error('PackageRowsService: start first');
      const specs = packageTables(header);
      const encoder = new PackageRowEncoder(specs);
      const counts: Record<string, number> = Object.fromEntries(specs.map((s) => [s.name, 0]));
      const sendTable = async (table: string, records: readonly LocalRecord[]) => {
        counts[table]! += records.length;
        for (let i = 0; i < records.length; i += RECORDS_PER_CHUNK) {
          const chunk = records.slice(i, i + RECORDS_PER_CHUNK);
          await send({ table, rows: packRowsAsJson(encoder.rows(table, chunk)), records: chunk.length });
        }
      };
      const picked = await pickAndSend(read, target, sendTable, skip);
      const long = encoder.long();
      for (let i = 0; i < long.length; i += RECORDS_PER_CHUNK) await send({ table: LONG_SHEET, rows: packRowsAsJson(long.slice(i, i + RECORDS_PER_CHUNK)), records: 0 });
      return { counts, seen: encoder.seen(), ...picked };
    },
  };
}

/**
 * Sends what the package carries: a package of everything batch by batch as the tables are read
 * (pickableAsRead); any other once every table is read (its members depend on all of them).
 */
async function pickAndSend(
  read: ExportRead,
  target: OutgoingTarget,
  sendTable: (table: TableName, records: readonly LocalRecord[]) => Promise<void>,
  skip: (n: number) => void,
): Promise<{ snapshot: ScopeSnapshot; sampleSkipped: number }> {
  if (pickableAsRead(target)) {
    const picker = outgoingPicker(target);
    for (const t of TABLE_NAMES) {
      const carried = scopeCarries(target.scope, t);
      for await (const batch of read.tables.get(t)!) {
        const kept = picker.pick(t, batch);
        skip(batch.length - kept.length);
        if (carried) await sendTable(t, kept);
      }
    }
    return { snapshot: null, sampleSkipped: picker.sampleSkipped };
  }
  const tables: Partial<Record<TableName, LocalRecord[]>> = {};
  for (const t of TABLE_NAMES) tables[t] = await allOf(read.tables.get(t)!);
  const plan = planOutgoing({ ...target, tables });
  let carried = 0;
  for (const [t, records] of Object.entries(plan.tables)) {
    carried += records!.length;
    await sendTable(t as TableName, records!);
  }
  skip(Object.values(tables).reduce((n, rows) => n + rows!.length, 0) - carried);
  return { snapshot: plan.snapshot, sampleSkipped: plan.sampleSkipped };
}
