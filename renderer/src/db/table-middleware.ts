import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * A Dexie middleware that replaces the DBCore table of each of `tables` with what `wrap` makes of
 * it (other tables pass through). Dexie stacks middlewares by `level`, lowest nearest IndexedDB;
 * its own sit at −1…2, and 10 is the default.
 */
export function tableMiddleware(name: string, tables: ReadonlySet<string>, wrap: (table: DBCoreTable, name: string) => DBCoreTable, level?: number): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    ...(level === undefined ? {} : { level }),
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const table = down.table(tableName);
        return tables.has(tableName) ? wrap(table, tableName) : table;
      },
    }),
  };
}
