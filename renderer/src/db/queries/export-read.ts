// The read of 导出数据包: every record of this PC in one read transaction (see readForExport).
import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import type { LocalRecord } from '@shared/sync/exchange/outgoing';
import { readStoredClock } from '@shared/sync/clock-text';
import type { Hlc } from '@shared/sync/record';

/** Every record of this PC and the change counter and clock that go with them, as an export reads them. */
export interface ExportRead {
  /** this PC's change counter and clock when the records were read */
  seq: Promise<number>;
  clock: Promise<Hlc | undefined>;
  /** records per table (tombstones included), in batches as the database delivers them */
  tables: Map<TableName, AsyncIterable<LocalRecord[]>>;
  /** records in all tables (known first: for a progress bar) */
  total: Promise<number>;
}

/** Records per read request: a big table's first records reach the encoder while the database reads on. */
export const READ_BATCH = 5_000;

/** Batches handed over as they arrive, iterated once; a failure ends the iteration with it. */
class Batches<T> implements AsyncIterable<T[]> {
  private readonly ready: T[][] = [];
  private ended = false;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;

  push(batch: T[]): void {
    this.ready.push(batch);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T[]> {
    for (;;) {
      const batch = this.ready.shift();
      if (batch) yield batch;
      else if (this.failure) throw this.failure.error;
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** All batches of `batches` in one list. */
export async function allOf<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) for (const item of batch) all.push(item);
  return all;
}

/**
 * Reads every table in one read transaction (so the records, the counter and the clock agree),
 * table after table in batches of READ_BATCH, each handed over as soon as the database has
 * delivered it, so that an export sends one batch while the next is still being read. IndexedDB
 * directly: Dexie resolves a transaction only once all of it has been read (and a worker has no
 * Dexie database of its own); so the clocks are turned back from their stored text here, as Dexie's
 * storage middleware does for the app (stored-clock.ts).
 */
export function readForExport(db: IDBDatabase): ExportRead {
  const tx = db.transaction(['meta', ...TABLE_NAMES], 'readonly');
  const request = <T>(make: () => IDBRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const req = make();
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
    });
  const meta = tx.objectStore('meta');
  const seq = request<{ value?: unknown } | undefined>(() => meta.get('seq')).then((row) => (row?.value as number | undefined) ?? 0);
  const clock = request<{ value?: unknown } | undefined>(() => meta.get('clock')).then((row) => row?.value as Hlc | undefined);
  const total = Promise.all(TABLE_NAMES.map((t) => request<number>(() => tx.objectStore(t).count()))).then((n) => n.reduce((a, b) => a + b, 0));
  // A caller that stops early (a refusal) leaves promises nobody awaits: their failures are theirs.
  for (const p of [seq, clock, total]) p.catch(() => undefined);

  const tables = new Map(TABLE_NAMES.map((t) => [t, new Batches<LocalRecord>()]));
  // One request at a time, table after table: the database answers them in the order asked.
  const readTable = (i: number, after?: IDBValidKey): void => {
    const name = TABLE_NAMES[i];
    if (name === undefined) return;
    const batches = tables.get(name)!;
    const store = tx.objectStore(name);
    const keyPath = typeof store.keyPath === 'string' ? store.keyPath : null;
    const req = keyPath ? store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), READ_BATCH) : store.getAll();
    req.onsuccess = () => {
      const batch = req.result as LocalRecord[];
      const more = keyPath !== null && batch.length === READ_BATCH;
      // the next request first: the database reads it while the clocks of this batch are decoded
      if (more) readTable(i, (batch[batch.length - 1] as Record<string, unknown>)[keyPath] as IDBValidKey);
      else readTable(i + 1);
      for (const record of batch) readStoredClock(record);
      if (batch.length > 0) batches.push(batch);
      if (!more) batches.end();
    };
    req.onerror = () => {
      for (const b of tables.values()) b.fail(req.error ?? new Error('IndexedDB read failed'));
    };
  };
  readTable(0);
  tx.onabort = () => {
    for (const b of tables.values()) b.fail(tx.error ?? new Error('IndexedDB read aborted'));
  };
  return { seq, clock, tables, total };
}
