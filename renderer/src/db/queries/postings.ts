import { addDays } from '../../../../shared/domain/dates';
import { ON_POST_STATUSES, POSTING_STATUS, POSTING_TYPE } from '../../../../shared/domain/enums';
import { normalizeText } from '../../../../shared/domain/text';
import type { GztDatabase } from '../database';

/** What the postings list can be narrowed to (all optional; empty arrays mean "any"). */
export interface PostingFilter {
  types?: string[];
  statuses?: string[];
  batchIds?: string[];
  /** receiving units, already expanded to their descendants by the caller */
  receivingUnitIds?: string[];
  dispatchingUnitIds?: string[];
  /** on-post postings ending within N days from today, or already past their end */
  expiry?: { withinDays: number } | { overdue: true } | null;
  /** name prefix, pinyin initials (zs) or ID-number prefix */
  search?: string;
}

export type PostingSortKey = 'plannedEndDate' | 'startDate' | 'name' | 'birthDate' | 'type' | 'status' | 'receivingUnit' | 'dispatchingUnit' | 'batch';
export interface PostingSort {
  key: PostingSortKey;
  desc: boolean;
}

/** Ranks of units in display order (the caller knows the tree). */
export type UnitRank = ReadonlyMap<string, number>;

type Key = string | number;

async function pairs(db: GztDatabase, table: 'postings' | 'cadres', index: string): Promise<[Key, string][]> {
  const coll = db.table(table).orderBy(index);
  const [keys, ids] = await Promise.all([coll.keys(), coll.primaryKeys()]);
  return keys.map((k, i) => [k as Key, ids[i] as string]);
}

/** Cadre ids matching a search, through the name, pinyin-initials and ID-number indexes. */
export async function searchCadreIds(db: GztDatabase, query: string): Promise<Set<string>> {
  const q = normalizeText(query).replace(/\s+/g, '');
  const found = await Promise.all([
    db.cadres.where('name').startsWith(q).primaryKeys(),
    /^[a-z]+$/i.test(q) ? db.cadres.where('_py').startsWith(q.toLowerCase()).primaryKeys() : Promise.resolve([] as string[]),
    /^\d/.test(q) ? db.cadres.where('idCardNo').startsWith(q.toUpperCase()).primaryKeys() : Promise.resolve([] as string[]),
  ]);
  return new Set(found.flat());
}

/**
 * The ids of the live postings matching `filter`, in `sort` order. Works on index keys only: every
 * filter is a key range on an index (primary keys only, never whole records), the sets are
 * intersected, and the order comes from an index walk, so 20,000 postings never load as objects.
 * Ties keep the natural order: expiry date ascending.
 */
export async function queryPostingIds(db: GztDatabase, filter: PostingFilter, sort: PostingSort, today: string, unitRank?: UnitRank): Promise<string[]> {
  const p = db.postings;
  const sets: Promise<Set<string>>[] = [p.where('_live').equals(1).primaryKeys().then((k) => new Set(k))];
  const anyOf = (index: string, values?: string[]) => {
    if (values && values.length) sets.push(p.where(index).anyOf(values).primaryKeys().then((k) => new Set(k)));
  };
  anyOf('type', filter.types);
  anyOf('status', filter.statuses);
  anyOf('batchId', filter.batchIds);
  anyOf('receivingUnitId', filter.receivingUnitIds);
  anyOf('dispatchingUnitId', filter.dispatchingUnitIds);
  if (filter.expiry) {
    const range = 'overdue' in filter.expiry ? p.where('plannedEndDate').below(today) : p.where('plannedEndDate').between(today, addDays(today, filter.expiry.withinDays), true, true);
    sets.push(range.primaryKeys().then((k) => new Set(k)));
    anyOf('status', [...ON_POST_STATUSES]);
  }
  if (filter.search && filter.search.trim()) {
    sets.push(
      searchCadreIds(db, filter.search).then(async (cadreIds) => new Set(cadreIds.size ? await p.where('cadreId').anyOf([...cadreIds]).primaryKeys() : [])),
    );
  }
  const [resolved, natural] = await Promise.all([Promise.all(sets), p.orderBy('plannedEndDate').primaryKeys()]);
  resolved.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = resolved;
  let ids = natural.filter((id) => smallest!.has(id) && rest.every((s) => s.has(id)));
  const rank = await sortRanks(db, sort.key, unitRank);
  if (rank) {
    const r = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
    ids = ids.map((id, i) => [id, r(id), i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((x) => x[0]);
  }
  return sort.desc ? ids.reverse() : ids;
}

/** posting id → rank for a sort key, or undefined for the natural (expiry date) order. */
async function sortRanks(db: GztDatabase, key: PostingSortKey, unitRank?: UnitRank): Promise<Map<string, number> | undefined> {
  const byIndex = async (index: string, rankOf: (k: Key) => number) => new Map((await pairs(db, 'postings', index)).map(([k, id]) => [id, rankOf(k)]));
  const codeRank = (codes: readonly string[]) => (k: Key) => codes.indexOf(String(k));
  switch (key) {
    case 'plannedEndDate':
      return undefined;
    case 'startDate': {
      const list = await pairs(db, 'postings', 'startDate');
      return new Map(list.map(([, id], i) => [id, i]));
    }
    case 'type':
      return byIndex('type', codeRank(POSTING_TYPE.items.map((i) => i.code)));
    case 'status':
      return byIndex('status', codeRank(POSTING_STATUS.items.map((i) => i.code)));
    case 'receivingUnit':
      return byIndex('receivingUnitId', (k) => unitRank?.get(String(k)) ?? 0);
    case 'dispatchingUnit':
      return byIndex('dispatchingUnitId', (k) => unitRank?.get(String(k)) ?? 0);
    case 'batch': {
      const batches = await db.batches.orderBy('year').primaryKeys();
      return byIndex('batchId', (k) => batches.indexOf(String(k)));
    }
    case 'name':
    case 'birthDate': {
      // Birth date is locked to digits 7–14 of the ID number, so the ID index orders cadres by birth
      // without loading a single record.
      const cadreOrder = await pairs(db, 'cadres', key === 'name' ? '_pinyin' : 'idCardNo');
      const cadreRank = new Map<string, number>();
      if (key === 'name') cadreOrder.forEach(([, id], i) => cadreRank.set(id, i));
      else
        cadreOrder
          .map(([k, id]) => [String(k).slice(6, 14), id] as const)
          .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .forEach(([, id], i) => cadreRank.set(id, i));
      return byIndex('cadreId', (k) => cadreRank.get(String(k)) ?? Number.MAX_SAFE_INTEGER);
    }
  }
}

/** One line of the postings list: the posting and its cadre. */
export interface PostingListRow {
  posting: import('../database').Row<'postings'>;
  cadre: import('../database').Row<'cadres'> | undefined;
}

/** Loads the records of a window of the list (the rows on screen plus a margin). */
export async function loadPostingRows(db: GztDatabase, ids: readonly string[]): Promise<PostingListRow[]> {
  const postings = await db.postings.bulkGet([...ids]);
  const cadres = await db.cadres.bulkGet(postings.map((p) => p?.cadreId ?? ''));
  const rows: PostingListRow[] = [];
  postings.forEach((posting, i) => {
    if (posting) rows.push({ posting, cadre: cadres[i] });
  });
  return rows;
}
