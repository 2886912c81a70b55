import type { Transaction } from 'dexie';
import { ENTITY_TABLES, TABLE_NAMES, type EntityOf, type InputOf, type TableName } from '@shared/domain/tables';
import type { HlcClock } from '@shared/sync/hlc';
import type { Stored } from '@shared/sync/record';
import { stampDelete, stampNew, stampPatch, stampRestore } from '@shared/sync/stamp';
import type { GztDatabase, Row } from './database';
import { cadreSortKeys, withDerived } from './derive';
import { zodIssues } from '@shared/domain/issues';
import { NotFoundError, ValidationError } from './errors';

/** Turns zod issues into field messages a clerk can read. */
export const issuesOf = zodIssues;

/** Parses input against a table's schema, or throws a ValidationError listing every bad field. */
export function parseEntity<T extends TableName>(table: T, input: unknown): EntityOf<T> {
  const result = ENTITY_TABLES[table].schema.safeParse(input);
  if (!result.success) throw new ValidationError(issuesOf(result.error));
  return result.data as EntityOf<T>;
}

/** Domain fields of a stored record (no id, no sync metadata, no local derived fields). */
export function domainFields<T extends object>(record: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (k !== 'id' && !k.startsWith('_')) out[k] = v;
  return out;
}

/**
 * The single write path. A Writer lives inside one Dexie `rw` transaction over every synced table
 * plus `meta` (see Store.write): each operation takes one fresh clock stamp, stamps exactly the
 * fields it changes, and the clock is persisted in the same transaction, so a record and the stamp
 * that produced it are committed together or not at all.
 */
export class Writer {
  /** Tables this transaction wrote, for callers that report what changed. */
  readonly touched = new Set<TableName>();

  constructor(
    readonly db: GztDatabase,
    private readonly clock: HlcClock,
    readonly tx: Transaction,
  ) {}

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

  /** Validates and stores a new record with every field stamped. */
  async create<T extends TableName>(table: T, input: InputOf<T>, opts: { id?: string } = {}): Promise<Row<T>> {
    const fields = parseEntity(table, input);
    const record = stampNew(fields as object, this.clock.send(), opts.id) as Stored<EntityOf<T>>;
    return this.put(table, record);
  }

  /**
   * Validates and stores many new records under one stamp (sample data, bulk loads). The caller
   * has already applied the cross-record rules that the single-record repositories check.
   */
  async createMany<T extends TableName>(table: T, inputs: readonly { id?: string; input: InputOf<T> }[]): Promise<Row<T>[]> {
    const stamp = this.clock.send();
    const rows = inputs.map(({ id, input }) => {
      const record = stampNew(parseEntity(table, input) as object, stamp, id) as Stored<EntityOf<T>>;
      return withDerived(table, record as unknown as { _deleted: boolean; [k: string]: unknown }) as unknown as Row<T>;
    });
    if (table === 'postings') {
      const postings = rows as unknown as Row<'postings'>[];
      const cadres = await this.db.cadres.bulkGet(postings.map((p) => p.cadreId));
      postings.forEach((p, i) => Object.assign(p, cadreSortKeys(cadres[i])));
    }
    await this.db.entity(table).bulkPut(rows);
    if (rows.length) this.touched.add(table);
    return rows;
  }

  /** Validates the record with the patch applied and stamps only the fields whose value changed. */
  async update<T extends TableName>(table: T, id: string, patch: Partial<InputOf<T>>): Promise<Row<T>> {
    const prev = await this.get(table, id);
    const fields = parseEntity(table, { ...domainFields(prev), ...patch });
    const { next, changed } = stampPatch(prev as Stored<object>, fields as object, this.clock.send());
    if (changed.length === 0) return prev;
    return this.put(table, next as Stored<EntityOf<T>>);
  }

  /** Marks a record deleted (a tombstone, kept forever so the delete travels to other PCs). */
  async remove<T extends TableName>(table: T, id: string): Promise<void> {
    const prev = await this.get(table, id);
    await this.put(table, stampDelete(prev as Stored<object>, this.clock.send()) as Stored<EntityOf<T>>);
  }

  /** Brings a deleted record back. */
  async restore<T extends TableName>(table: T, id: string): Promise<Row<T>> {
    const prev = await this.getAny(table, id);
    if (!prev) throw new NotFoundError(`${ENTITY_TABLES[table].label}记录`);
    if (!prev._deleted) return prev;
    return this.put(table, stampRestore(prev as Stored<object>, this.clock.send()) as Stored<EntityOf<T>>);
  }

  /**
   * Stores a record that was already stamped elsewhere (the merge of an imported package). The
   * clock must have received its stamps (HlcClock.recv) before, so later local writes sort after.
   */
  async putMerged<T extends TableName>(table: T, record: Stored<EntityOf<T>>): Promise<Row<T>> {
    return this.put(table, record);
  }

  private async put<T extends TableName>(table: T, record: Stored<EntityOf<T>>): Promise<Row<T>> {
    const row = withDerived(table, record as unknown as { _deleted: boolean; [k: string]: unknown }) as unknown as Row<T>;
    if (table === 'postings') {
      const p = row as unknown as Row<'postings'>;
      Object.assign(p, cadreSortKeys(await this.db.cadres.get(p.cadreId)));
    }
    if (table === 'cadres') {
      // A posting sorts by its cadre's name and birth date: keep the copies in step.
      const c = row as unknown as Row<'cadres'>;
      const prev = await this.db.cadres.get(c.id);
      const keys = cadreSortKeys(c);
      const before = prev ? cadreSortKeys(prev) : undefined;
      if (!before || before._sName !== keys._sName || before._sBirth !== keys._sBirth)
        await this.db.postings.where('cadreId').equals(c.id).modify(keys);
    }
    await this.db.entity(table).put(row);
    this.touched.add(table);
    return row;
  }
}

/** Every table a write transaction spans: all synced tables, meta and the sync bookkeeping. */
export const WRITE_SCOPE: string[] = [...TABLE_NAMES, 'meta', 'conflicts', 'importLog'];
