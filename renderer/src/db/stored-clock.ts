import type { DBCore, Middleware } from 'dexie';
import { readStoredClock, toStoredClock } from '@shared/sync/clock-text';
import { tableMiddleware } from './table-middleware';

/*
 * The synced tables keep each record's `_clock` as text (shared/sync/clock-text.ts says why). This
 * middleware sits right above IndexedDB, below Dexie's own layers and the write guard: every value
 * put is stored with its clock as text (a copy: the caller's object, which the write guard knows by
 * identity, is not touched) and every value read comes back with its clock as the object the rest
 * of the app uses. A row still holding an object clock (written before version 8, or a clock that
 * is not all text) is read as it is. Raw IndexedDB readers (the export's worker) call
 * readStoredClock themselves.
 */
export function storedClock(tables: ReadonlySet<string>): Middleware<DBCore> {
  return tableMiddleware(
    'gzt-stored-clock',
    tables,
    (table) => ({
      ...table,
      mutate: (req) => (req.type === 'put' || req.type === 'add' ? table.mutate({ ...req, values: req.values.map(toStoredClock) }) : table.mutate(req)),
      get: (req) => table.get(req).then(readStoredClock),
      getMany: (req) => table.getMany(req).then((rows) => rows.map(readStoredClock)),
      query: (req) => table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(readStoredClock) } : res)),
      openCursor: (req) =>
        table.openCursor(req).then((cursor) =>
          cursor && req.values
            ? // IDBCursor's own getters refuse another `this` ("Illegal invocation"): each is
              // forwarded; the value, one object per position, is decoded in place on first look
              (Object.create(cursor, {
                key: { get: () => cursor.key },
                primaryKey: { get: () => cursor.primaryKey },
                value: { get: () => readStoredClock(cursor.value) },
              }) as typeof cursor)
            : cursor,
        ),
    }),
    // below Dexie's cache and hooks (levels -1…2): they see the app's objects
    -2,
  );
}
