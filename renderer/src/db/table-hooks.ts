import { pinyinFull, pinyinInitials } from '@shared/domain/pinyin';
import { cadreDataIssues } from '@shared/domain/rules/data-quality';
import type { TableName } from '@shared/domain/tables';
import type { ReadDb, Row } from './database';

/** What a hook may do besides reading: store local `_` fields of other tables' records (no stamps). */
export interface HookContext {
  db: ReadDb;
  putLocal<U extends TableName>(table: U, rows: Row<U>[]): Promise<void>;
}

/**
 * Per-table behaviour of the Writer, registered here beside ENTITY_TABLES instead of branches in
 * the Writer. Hooks only compute local derived fields (`_`-prefixed: never stamped, never exported);
 * they never change domain data.
 * - `derive`: fields computed from the record alone (in place), e.g. search keys.
 * - `lookup`: fields copied from other records (read-only), for records about to be stored.
 * - `afterPut`: keeps copies held by other tables in step once records were stored (`prev` is the
 *   stored record before this write, undefined for a new one).
 */
export interface TableHooks<T extends TableName> {
  derive?(row: Row<T>): void;
  lookup?(rows: Row<T>[], db: ReadDb): Promise<void>;
  afterPut?(changes: readonly { row: Row<T>; prev: Row<T> | undefined }[], ctx: HookContext): Promise<void>;
}

/** Sort keys a posting copies from its cadre: name pinyin and birth date ('~' and 9999 when missing). */
function cadreSortKeys(cadre: { name?: unknown; birthDate?: unknown; _pinyin?: unknown } | undefined): { _sName: string; _sBirth: string } {
  if (!cadre) return { _sName: '~', _sBirth: '9999-99-99' };
  const pinyin = typeof cadre._pinyin === 'string' ? cadre._pinyin : pinyinFull(typeof cadre.name === 'string' ? cadre.name : '');
  return { _sName: pinyin, _sBirth: typeof cadre.birthDate === 'string' ? cadre.birthDate : '9999-99-99' };
}

/** Cadres: name pinyin for search and sorting, the data-quality flag, and the sort keys postings copy. */
const cadreHooks: TableHooks<'cadres'> = {
  derive(c) {
    c._py = pinyinInitials(c.name ?? '');
    c._pinyin = pinyinFull(c.name ?? '');
    if (!c._deleted && cadreDataIssues(c).length > 0) c._dq = 1;
    else delete c._dq;
  },
  async afterPut(changes, ctx) {
    for (const { row, prev } of changes) {
      if (!prev) continue; // a new cadre has no postings yet (packages list cadres before postings)
      const keys = cadreSortKeys(row);
      const before = cadreSortKeys(prev);
      if (before._sName === keys._sName && before._sBirth === keys._sBirth) continue;
      const postings = await ctx.db.postings.where('cadreId').equals(row.id).toArray();
      await ctx.putLocal('postings', postings.map((p) => ({ ...p, ...keys })));
    }
  },
};

/** Postings: the cadre's name pinyin and birth date, so the list sorts by person without a join. */
const postingHooks: TableHooks<'postings'> = {
  async lookup(rows, db) {
    const cadres = await db.cadres.bulkGet(rows.map((p) => p.cadreId));
    rows.forEach((p, i) => Object.assign(p, cadreSortKeys(cadres[i])));
  },
};

/** The hooks of each table that has any. */
export const TABLE_HOOKS: { [T in TableName]?: TableHooks<T> } = {
  cadres: cadreHooks,
  postings: postingHooks,
};
