import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { tableMiddleware } from './table-middleware';
import { DirectWriteError } from './errors';

/*
 * The closed write path (ARCHITECTURE §2). Every synced table and the bookkeeping tables (`meta`,
 * `conflicts`, `importLog`) are guarded: a mutation reaches IndexedDB only when every value it puts
 * was handed to `permit` just before, which only the Writer (writer.ts) does. A raw
 * `db.table('postings').put(…)`, a `Collection.modify()` or a delete from anywhere else is refused
 * with a DirectWriteError, so nothing can change a record without stamping it. Schema upgrades
 * (the `versionchange` transaction) are let through: migrations rewrite stored shapes themselves.
 *
 * Permits are one-shot: a value is forgotten once its mutation passed, so an object the Writer
 * stored cannot be put again later from outside; so is leave to empty a table (a restore from
 * backup). Only writer.ts may import `permit` and `permitClear` (lint rule).
 */

const permitted = new WeakSet<object>();
/** Tables the Writer is about to empty (a restore from backup), one clear each. */
const clearable = new Set<string>();

/** Marks values the Writer is about to store; returns them for chaining. */
export function permit<T extends object>(values: readonly T[]): readonly T[] {
  for (const v of values) permitted.add(v);
  return values;
}

/** Lets the Writer empty `table` once (restoring a backup replaces every table in one transaction). */
export function permitClear(table: string): void {
  clearable.add(table);
}

function isUpgrade(trans: unknown): boolean {
  return (trans as { mode?: string } | null)?.mode === 'versionchange';
}

function allowed(name: string, req: DBCoreMutateRequest): boolean {
  if (isUpgrade(req.trans)) return true;
  if (req.type === 'deleteRange' && clearable.has(name)) {
    clearable.delete(name);
    return true;
  }
  if (req.type !== 'put' && req.type !== 'add') return false;
  if (!req.values.every((v) => typeof v === 'object' && v !== null && permitted.has(v))) return false;
  for (const v of req.values) permitted.delete(v);
  return true;
}

/** The Dexie middleware that refuses writes to `guarded` tables that do not come from the Writer. */
export function writeGuard(guarded: ReadonlySet<string>, label: (table: string) => string): Middleware<DBCore> {
  return tableMiddleware('gzt-write-guard', guarded, (table, name) => ({
    ...table,
    mutate: (req) => (allowed(name, req) ? table.mutate(req) : Promise.reject(new DirectWriteError(label(name)))),
  }));
}
