import type { Table } from 'dexie';
import { fieldMeta } from '@shared/domain/entities/fields';
import { ENTITY_TABLES, TABLE_NAMES, frozenFields, keyedIdOf, type EntityOf, type InputOf, type TableName } from '@shared/domain/tables';
import { sameFieldValue } from '@shared/sync/field-value';
import { zodIssues } from '@shared/domain/issues';
import { isSampleRecord, marksSample } from '@shared/sample/sample-removal';
import type { HlcClock } from '@shared/sync/hlc';
import type { Stored } from '@shared/sync/record';
import { stampDelete, stampNew, stampPatch, stampRestore, stampTouch } from '@shared/sync/stamp';
import { BOOKKEEPING_TABLES, type BookkeepingTable, type ConflictRow, type ExportLogRow, type GztDatabase, type ImportLogRow, type MetaRow, type MetaValues, type ReadDb, type Row, type StoreTableName } from './database';
import { withDerived } from './derive';
import { domainFields } from './domain-fields';
import { NotFoundError, ValidationError } from './errors';
import { TABLE_HOOKS, type HookContext, type TableHooks } from './table-hooks';
import { bulkGetSparse } from './queries/bulk-get-sparse';
import { permit, permitClear } from './write-guard';

/** Turns zod issues into field messages a clerk can read. */
export const issuesOf = zodIssues;

/** Parses input against a table's schema, or throws a ValidationError listing every bad field. */
export function parseEntity<T extends TableName>(table: T, input: unknown): EntityOf<T> {
  const result = ENTITY_TABLES[table].schema.safeParse(input);
  if (!result.success) throw new ValidationError(issuesOf(result.error));
  return result.data as EntityOf<T>;
}

/**
 * The single write path. A Writer lives inside one Dexie `rw` transaction over every synced table
 * plus the bookkeeping tables (see Store.write): each operation takes one fresh clock stamp, stamps
 * exactly the fields it changes, and the clock is persisted in the same transaction, so a record and
 * the stamp that produced it are committed together or not at all.
 *
 * Repositories get a Writer: they read any table through `w.db` (read-only) and write only through
 * the methods below. The write guard (write-guard.ts) refuses every other write. Per-table derived
 * fields come from the hooks in table-hooks.ts; the Writer has no table-specific branch.
 */
export class Writer {
  /** Tables this transaction wrote; the Store announces them after the commit. */
  readonly touched = new Set<StoreTableName>();
  /** This transaction's value of the change counter (`meta.seq`), taken at its first stored record. */
  private seq: number | undefined;
  /** The clock's last stamp when the transaction began (unchanged: nothing to persist). */
  private readonly clockAtStart: string | undefined;
  /** Every table, for reading. */
  readonly db: ReadDb;
  private readonly hookContext: HookContext;

  constructor(
    private readonly database: GztDatabase,
    private readonly clock: HlcClock,
    /** records this transaction creates are sample data (Store.asSample) */
    private readonly sample = false,
  ) {
    this.db = database;
    this.clockAtStart = clock.last;
    this.hookContext = { db: database, putLocal: (table, rows) => this.putRows(table, rows) };
  }

  /** A record by id, tombstones included. */
  async getAny<T extends TableName>(table: T, id: string): Promise<Row<T> | undefined> {
    return this.db.entity(table).get(id);
  }

  /** A live record by id, or NotFoundError. */
  async get<T extends TableName>(table: T, id: string): Promise<Row<T>> {
    const row = await this.db.entity(table).get(id);
    if (!row || row._deleted) throw new NotFoundError(`${ENTITY_TABLES[table].label}记录`);
    return row;
  }

  /**
   * Validates and stores a new record with every field stamped.
   *
   * Keyed tables (KEYED_TABLES in shared/domain/tables.ts): the id is derived from the business key
   * (`keyedId`), and an `opts.id` that differs is a programming error. When a record with that id
   * already exists, creating it again writes the given fields onto it (an upsert: recording the
   * posting-day, the week's score or the end-of-term review again corrects it), and a tombstone is
   * restored; only the fields whose value changes are stamped. A new keyed record stamps only the
   * fields given (its other fields hold their defaults unstamped), because another PC may create
   * the same record with other fields: recording day 5 here must not overwrite day 6 recorded there.
   */
  async create<T extends TableName>(table: T, input: InputOf<T>, opts: { id?: string } = {}): Promise<Row<T>> {
    const [row] = await this.createMany(table, [{ ...opts, input }]);
    return row!;
  }

  /**
   * Validates and stores many new records under one stamp (sample data, bulk loads). The caller
   * has already applied the cross-record rules that the single-record repositories check. Keyed
   * records that already exist are updated as `create` describes.
   */
  async createMany<T extends TableName>(table: T, inputs: readonly { id?: string; input: InputOf<T> }[]): Promise<Row<T>[]> {
    if (inputs.length === 0) return [];
    const parsed = inputs.map(({ id, input }) => {
      const fields = parseEntity(table, input);
      const keyed = keyedIdOf(table, fields);
      if (keyed && id !== undefined && id !== keyed) throw new Error(`Writer.create: a ${table} record's id is derived from its key; do not pass one`);
      return { id: keyed ?? id, fields, given: Object.keys(input as object), keyed: !!keyed };
    });
    const keyedIds = parsed.filter((p) => p.keyed).map((p) => p.id!);
    const existing = new Map<string, Row<T>>();
    if (keyedIds.length) for (const r of await bulkGetSparse(this.db.entity(table), keyedIds)) if (r) existing.set(r.id, r);
    const stamp = this.clock.send();
    const rows: Row<T>[] = [];
    const prevs: (Row<T> | undefined)[] = [];
    const out: (Row<T> | number)[] = [];
    for (const p of parsed) {
      const prev = p.id !== undefined ? existing.get(p.id) : undefined;
      if (prev) {
        const next = this.patched(table, prev, pick(p.fields as object, p.given), stamp);
        if (!next) {
          out.push(prev);
          continue;
        }
        existing.set(prev.id, next);
        out.push(rows.length);
        rows.push(next);
        prevs.push(prev);
      } else {
        out.push(rows.length);
        const record = stampNew(p.fields as object, stamp, p.id) as Row<T>;
        rows.push(p.keyed ? stampedOnly(record, p.given) : record);
        prevs.push(undefined);
      }
    }
    const stored = await this.store(table, rows, prevs);
    return out.map((r) => (typeof r === 'number' ? stored[r]! : r));
  }

  /** Validates the record with the patch applied and stamps only the fields whose value changed. */
  async update<T extends TableName>(table: T, id: string, patch: Partial<InputOf<T>>): Promise<Row<T>> {
    return this.rewrite(table, await this.get(table, id), patch);
  }

  /** Marks a record deleted (a tombstone, kept forever so the delete travels to other PCs). */
  async remove<T extends TableName>(table: T, id: string): Promise<void> {
    const prev = await this.get(table, id);
    await this.store(table, [stampDelete(prev as Stored<object>, this.clock.send()) as Row<T>], [prev]);
  }

  /** Brings a deleted record back. */
  async restore<T extends TableName>(table: T, id: string): Promise<Row<T>> {
    const prev = await this.getAny(table, id);
    if (!prev) throw new NotFoundError(`${ENTITY_TABLES[table].label}记录`);
    if (!prev._deleted) return prev;
    const [row] = await this.store(table, [stampRestore(prev as Stored<object>, this.clock.send()) as Row<T>], [prev]);
    return row!;
  }

  /**
   * Stores records that were already stamped elsewhere (the merge of an imported package). The
   * clock must have received their stamps (HlcClock.recv) before, so later local writes sort after.
   * `before`: the stored records they were merged with, read in this transaction just before (saves
   * reading them again); without it they are read here.
   */
  async putMerged<T extends TableName>(table: T, records: readonly Stored<EntityOf<T>>[], before?: ReadonlyMap<string, Row<T>>): Promise<Row<T>[]> {
    if (records.length === 0) return [];
    const prevs = before ? records.map((r) => before.get(r.id)) : await this.db.entity(table).bulkGet(records.map((r) => r.id));
    return this.store(table, records as Row<T>[], prevs);
  }

  /**
   * Stamps `fields` of a record anew without changing their values: a clerk's decision that the
   * current value stands (a conflict resolved by keeping it, a record kept deleted). It travels to
   * the other PCs as a knowing overwrite, so they do not raise the conflict again.
   */
  async touch<T extends TableName>(table: T, id: string, fields: readonly string[]): Promise<Row<T>> {
    const prev = await this.getAny(table, id);
    if (!prev) throw new NotFoundError(`${ENTITY_TABLES[table].label}记录`);
    const [row] = await this.store(table, [stampTouch(prev as Stored<object>, fields, this.clock.send()) as Row<T>], [prev]);
    return row!;
  }

  /** Tombstones live records under one stamp, marked as sample data so the tombstones never leave this PC (清除示例数据). */
  async removeSample<T extends TableName>(table: T, ids: readonly string[]): Promise<void> {
    const prevs = (await this.db.entity(table).bulkGet([...ids])).filter((r): r is Row<T> => !!r && !r._deleted);
    if (prevs.length === 0) return;
    const stamp = this.clock.send();
    await this.store(table, prevs.map((p) => ({ ...stampDelete(p as Stored<object>, stamp), _sample: 1 }) as Row<T>), prevs);
  }

  /** Makes sample records this PC's own data (real records point at them): they lose the mark and go out in the next package. */
  async claimSample<T extends TableName>(table: T, ids: readonly string[]): Promise<void> {
    const rows = (await this.db.entity(table).bulkGet([...ids])).filter((r): r is Row<T> => !!r && isSampleRecord(r));
    await this.putRows(
      table,
      rows.map(({ _sample: _s, ...rest }) => rest as Row<T>),
    );
  }

  /** Advances this PC's clock past stamps merged from another PC, so later local writes sort after them. */
  receive(stamps: Iterable<string>): void {
    let max = '';
    for (const s of stamps) if (s > max) max = s;
    if (max) this.clock.recv(max);
  }

  /** Sets one of this PC's `meta` values (site, clock, knowledge vector, local markers). */
  async setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
    await this.bookkeeping('meta').put(permit([{ key, value } satisfies MetaRow])[0]!);
    this.touched.add('meta');
  }

  /** Keeps conflict entries of a merge for the Conflicts screen (an entry already kept stays as it is). */
  async addConflicts(rows: readonly ConflictRow[]): Promise<number> {
    const known = new Set((await this.db.conflicts.bulkGet(rows.map((r) => r.id))).filter((r) => !!r).map((r) => r!.id));
    const fresh = rows.filter((r) => !known.has(r.id));
    if (fresh.length === 0) return 0;
    await this.bookkeeping('conflicts').bulkPut(permit(fresh.map((r) => ({ ...r }))));
    this.touched.add('conflicts');
    return fresh.length;
  }

  /** Records an imported package, so a second import of the same file can say when it was first seen. */
  async logImport(row: ImportLogRow): Promise<void> {
    await this.bookkeeping('importLog').put(permit([{ ...row }])[0]!);
    this.touched.add('importLog');
  }

  /** Records an exported package (数据交换 → 记录; the next incremental package to that PC continues it). */
  async logExport(row: ExportLogRow): Promise<void> {
    await this.bookkeeping('exportLog').put(permit([{ ...row }])[0]!);
    this.touched.add('exportLog');
  }

  /** Marks conflict entries resolved, with how. */
  async resolveConflicts(ids: readonly string[], resolution: NonNullable<ConflictRow['resolution']>): Promise<void> {
    const rows = (await this.db.conflicts.bulkGet([...ids])).filter((r) => !!r && !r.resolvedAt) as ConflictRow[];
    if (rows.length === 0) return;
    const resolvedAt = new Date().toISOString();
    await this.bookkeeping('conflicts').bulkPut(permit(rows.map((r) => ({ ...r, resolvedAt, resolution }))));
    this.touched.add('conflicts');
  }

  /**
   * Replaces the whole database with the rows of a backup (every synced and bookkeeping table, as
   * stored: clocks, local fields, meta): the tables are emptied and filled in this one transaction.
   * Tables the backup does not name are left empty. The caller reloads the Store's site and clock.
   */
  async replaceAll(tables: Readonly<Record<string, readonly object[]>>): Promise<void> {
    for (const name of [...TABLE_NAMES, ...(Object.keys(BOOKKEEPING_TABLES) as BookkeepingTable[])]) {
      const table = this.database.table(name);
      permitClear(name);
      await table.clear();
      const rows = tables[name] ?? [];
      for (let i = 0; i < rows.length; i += 5000) await table.bulkPut(permit(rows.slice(i, i + 5000).map((r) => ({ ...r }))));
      this.touched.add(name as StoreTableName);
    }
    this.seq = undefined;
  }

  /**
   * Persists the clock and this site's entry of the knowledge vector, at the end of every write
   * transaction (Store). Not announced as a change: it is bookkeeping of the write itself.
   */
  async saveClock(siteId: string): Promise<void> {
    const meta = this.bookkeeping('meta');
    if (this.seq !== undefined) await meta.put(permit([{ key: 'seq', value: this.seq } satisfies MetaRow])[0]!);
    const last = this.clock.last;
    if (!last || last === this.clockAtStart) return;
    await meta.put(permit([{ key: 'clock', value: last } satisfies MetaRow])[0]!);
    const seen = ((await this.db.meta.get('seen'))?.value as MetaValues['seen'] | undefined) ?? {};
    if (!seen[siteId] || seen[siteId]! < last) await meta.put(permit([{ key: 'seen', value: { ...seen, [siteId]: last } } satisfies MetaRow])[0]!);
  }

  /**
   * Writes `patch` onto `prev` (live or a tombstone, which comes back): validated as a whole, only
   * changed fields stamped. The key fields of a keyed record never change.
   */
  private async rewrite<T extends TableName>(table: T, prev: Row<T>, patch: Partial<InputOf<T>> | Record<string, unknown>): Promise<Row<T>> {
    const next = this.patched(table, prev, patch, this.clock.send());
    if (!next) return prev;
    const [row] = await this.store(table, [next], [prev]);
    return row!;
  }

  /** `prev` with `patch` written onto it under `stamp` (see rewrite), or undefined when nothing changes. */
  private patched<T extends TableName>(table: T, prev: Row<T>, patch: Partial<InputOf<T>> | Record<string, unknown>, stamp: string): Row<T> | undefined {
    const fields = parseEntity(table, { ...domainFields(prev), ...patch }) as Record<string, unknown>;
    const before = prev as unknown as Record<string, unknown>;
    const frozen = frozenFields(table).filter((f) => !sameFieldValue(before[f], fields[f]));
    if (frozen.length) {
      const shape = (ENTITY_TABLES[table].schema as unknown as { shape: Record<string, import('zod').ZodType> }).shape;
      throw new ValidationError(
        frozen.map((f) => ({ field: f, message: `${ENTITY_TABLES[table].label}记录的“${fieldMeta(shape[f]!)?.title ?? f}”不能修改；如登记有误，请删除后重新登记` })),
      );
    }
    const { next, changed } = stampPatch(prev as Stored<object>, { ...fields, _deleted: false }, stamp);
    return changed.length === 0 ? undefined : (next as Row<T>);
  }

  /** Derives local fields, stores the rows, then lets the table's hooks update copies elsewhere. */
  private async store<T extends TableName>(table: T, records: readonly Row<T>[], prevs: readonly (Row<T> | undefined)[]): Promise<Row<T>[]> {
    const hooks = TABLE_HOOKS[table] as TableHooks<T> | undefined;
    const mark = this.sample && marksSample(table);
    const rows = records.map((r, i) => withDerived(table, mark && !prevs[i] ? ({ ...r, _sample: 1 } as Row<T>) : r));
    await hooks?.lookup?.(rows, this.db);
    await this.putRows(table, rows);
    await hooks?.afterPut?.(rows.map((row, i) => ({ row, prev: prevs[i] })), this.hookContext);
    return rows;
  }

  /** Stores rows, each with this transaction's change counter (what incremental packages compare with). */
  private async putRows<T extends TableName>(table: T, rows: readonly Row<T>[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.seq === undefined) this.seq = (((await this.db.meta.get('seq'))?.value as number | undefined) ?? 0) + 1;
    const seq = this.seq;
    await this.entityTable(table).bulkPut(permit(rows.map((r) => ({ ...r, _seq: seq }))) as Row<T>[]);
    this.touched.add(table);
  }

  private entityTable<T extends TableName>(table: T): Table<Row<T>, string> {
    return this.database.table(table);
  }

  private bookkeeping<K extends BookkeepingTable>(table: K): Table<BookkeepingRow<K>, string> {
    return this.database.table(table);
  }
}

/** The row type of each bookkeeping table. */
type BookkeepingRow<K extends BookkeepingTable> = K extends 'meta' ? MetaRow : K extends 'conflicts' ? ConflictRow : K extends 'importLog' ? ImportLogRow : ExportLogRow;

/** The entries of `record` whose keys are in `keys`. */
function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const src = record as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => k in src).map((k) => [k, src[k]]));
}

/** `record` with clock entries only for `given` fields and `_deleted` (the rest keep their values, unstamped). */
function stampedOnly<R extends Stored<object>>(record: R, given: readonly string[]): R {
  const keep = new Set([...given, '_deleted']);
  const clock = Object.fromEntries(Object.entries(record._clock).filter(([f]) => keep.has(f)));
  return { ...record, _clock: clock };
}
