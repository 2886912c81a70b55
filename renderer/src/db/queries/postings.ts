import { addDays } from '@shared/domain/dates';
import { ON_POST_STATUSES, POSTING_STATUS, POSTING_TYPE } from '@shared/domain/enums';
import { normalizeText } from '@shared/domain/text';
import { Dexie } from 'dexie';
import type { ReadDb, Row } from '../database';

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

/** Result sets up to this size are sorted from their records instead of by an index walk. */
const SMALL_RESULT = 1000;

const PUBLIC_ORDER: Record<'plannedEndDate' | 'startDate' | 'name' | 'birthDate', string> = {
  plannedEndDate: '[_live+plannedEndDate]',
  startDate: '[_live+startDate]',
  name: '[_live+_sName]',
  birthDate: '[_live+_sBirth]',
};

/** Cadre ids matching a search, through the name, pinyin-initials and ID-number indexes. */
export async function searchCadreIds(db: ReadDb, query: string): Promise<Set<string>> {
  const q = normalizeText(query).replace(/\s+/g, '');
  const found = await Promise.all([
    db.cadres.where('name').startsWith(q).primaryKeys(),
    /^[a-z]+$/i.test(q) ? db.cadres.where('_py').startsWith(q.toLowerCase()).primaryKeys() : Promise.resolve([] as string[]),
    /^\d/.test(q) ? db.cadres.where('idCardNo').startsWith(q.toUpperCase()).primaryKeys() : Promise.resolve([] as string[]),
  ]);
  return new Set(found.flat());
}

/** Posting ids with `index` equal to any of `values`: one key range (one getAllKeys) per value. */
async function keysWithAny(db: ReadDb, index: string, values: readonly string[]): Promise<string[]> {
  return (await Promise.all(values.map((v) => db.postings.where(index).equals(v).primaryKeys()))).flat();
}

/**
 * A filter on a code-list field as a set to keep or, when the selected values cover most postings,
 * as the (smaller) set of the other values to drop, so the default “not ended” filter reads a few
 * hundred keys instead of twenty thousand.
 */
async function codeFilter(db: ReadDb, index: string, selected: readonly string[], all: readonly string[]): Promise<{ include?: Set<string>; exclude?: Set<string> }> {
  const counts = await Promise.all(all.map((v) => db.postings.where(index).equals(v).count()));
  const inCount = all.reduce((n, v, i) => n + (selected.includes(v) ? counts[i]! : 0), 0);
  const outCount = counts.reduce((a, b) => a + b, 0) - inCount;
  if (inCount <= outCount) return { include: new Set(await keysWithAny(db, index, selected)) };
  return { exclude: new Set(await keysWithAny(db, index, all.filter((v) => !selected.includes(v)))) };
}

/** Live posting ids in the order of one of the `[_live+…]` compound indexes. */
function liveInOrder(db: ReadDb, key: keyof typeof PUBLIC_ORDER): Promise<string[]> {
  return db.postings.where(PUBLIC_ORDER[key]).between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys();
}

/** Ranks of posting ids by a grouping field, given the order of its values. */
async function groupRanks(db: ReadDb, index: string, valuesInOrder: readonly string[]): Promise<Map<string, number>> {
  const groups = await Promise.all(valuesInOrder.map((v) => db.postings.where(index).equals(v).primaryKeys()));
  const rank = new Map<string, number>();
  groups.forEach((ids, i) => ids.forEach((id) => rank.set(id, i)));
  return rank;
}

/**
 * The ids of the live postings matching `filter`, in `sort` order, read from index keys only
 * (`getAllKeys`): each filter is a key range, sets are intersected in memory, and the order comes
 * from a `[_live+…]` compound index, or from grouping by a field's values. A small result (a
 * search, a 60-day window) is instead sorted from its own records. Ties keep the expiry order.
 */
export async function queryPostingIds(
  db: ReadDb,
  filter: PostingFilter,
  sort: PostingSort,
  today: string,
  unitRank?: UnitRank,
  opts: { smallResult?: number } = {},
): Promise<string[]> {
  const include: Set<string>[] = [];
  const exclude: Set<string>[] = [];
  const add = (f: { include?: Set<string>; exclude?: Set<string> }) => {
    if (f.include) include.push(f.include);
    if (f.exclude) exclude.push(f.exclude);
  };
  const allTypes = POSTING_TYPE.items.map((i) => i.code);
  const allStatuses = POSTING_STATUS.items.map((i) => i.code);
  const jobs: Promise<void>[] = [];
  if (filter.types?.length) jobs.push(codeFilter(db, 'type', filter.types, allTypes).then(add));
  if (filter.statuses?.length) jobs.push(codeFilter(db, 'status', filter.statuses, allStatuses).then(add));
  for (const [index, values] of [
    ['batchId', filter.batchIds],
    ['receivingUnitId', filter.receivingUnitIds],
    ['dispatchingUnitId', filter.dispatchingUnitIds],
  ] as const)
    if (values?.length) jobs.push(keysWithAny(db, index, values).then((k) => add({ include: new Set(k) })));
  // The expiry window, read from the live-only compound index: live postings, already in expiry
  // order (ties by id), which is the list's natural order.
  let expiryInOrder: string[] | undefined;
  if (filter.expiry) {
    const byEnd = db.postings.where('[_live+plannedEndDate]');
    const range = 'overdue' in filter.expiry ? byEnd.between([1, Dexie.minKey], [1, today], true, false) : byEnd.between([1, today], [1, addDays(today, filter.expiry.withinDays)], true, true);
    jobs.push(
      range.primaryKeys().then((k) => {
        expiryInOrder = k;
        add({ include: new Set(k) });
      }),
    );
    jobs.push(codeFilter(db, 'status', ON_POST_STATUSES, allStatuses).then(add));
  }
  if (filter.search && filter.search.trim()) {
    jobs.push(
      searchCadreIds(db, filter.search).then(async (cadreIds) => add({ include: new Set(cadreIds.size ? await db.postings.where('cadreId').anyOf([...cadreIds]).primaryKeys() : []) })),
    );
  }
  await Promise.all(jobs);
  const keep = (id: string) => include.every((s) => s.has(id)) && !exclude.some((s) => s.has(id));
  let ids: string[];
  include.sort((a, b) => a.size - b.size);
  const candidates = include.length ? [...include[0]!].filter(keep) : undefined;
  if (expiryInOrder && sort.key === 'plannedEndDate') ids = expiryInOrder.filter(keep);
  else if (candidates && candidates.length <= (opts.smallResult ?? SMALL_RESULT)) ids = await sortFromRecords(db, candidates, sort.key, unitRank);
  else {
    const ordered = await orderedLive(db, sort.key, unitRank);
    ids = include.length || exclude.length ? ordered.filter(keep) : ordered;
  }
  return sort.desc ? ids.reverse() : ids;
}

/** All live posting ids in sort order, from indexes. */
async function orderedLive(db: ReadDb, key: PostingSortKey, unitRank?: UnitRank): Promise<string[]> {
  if (key in PUBLIC_ORDER) return liveInOrder(db, key as keyof typeof PUBLIC_ORDER);
  const natural = await liveInOrder(db, 'plannedEndDate');
  let rank: Map<string, number>;
  if (key === 'type') rank = await groupRanks(db, 'type', POSTING_TYPE.items.map((i) => i.code));
  else if (key === 'status') rank = await groupRanks(db, 'status', POSTING_STATUS.items.map((i) => i.code));
  else if (key === 'batch') rank = await groupRanks(db, 'batchId', await db.batches.orderBy('year').primaryKeys());
  else {
    const index = key === 'receivingUnit' ? 'receivingUnitId' : 'dispatchingUnitId';
    const present = (await db.postings.orderBy(index).uniqueKeys()).map(String);
    present.sort((a, b) => (unitRank?.get(a) ?? Number.MAX_SAFE_INTEGER) - (unitRank?.get(b) ?? Number.MAX_SAFE_INTEGER));
    rank = await groupRanks(db, index, present);
  }
  const r = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return natural
    .map((id, i) => [id, r(id), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map((x) => x[0]);
}

/** Sorts a small set of posting ids by loading just those records. */
async function sortFromRecords(db: ReadDb, ids: string[], key: PostingSortKey, unitRank?: UnitRank): Promise<string[]> {
  const rows = (await db.postings.bulkGet(ids)).filter((p): p is Row<'postings'> => !!p && p._live === 1);
  const typeRank = (c: string) => POSTING_TYPE.items.findIndex((i) => i.code === c);
  const statusRank = (c: string) => POSTING_STATUS.items.findIndex((i) => i.code === c);
  const batchOrder = key === 'batch' ? await db.batches.orderBy('year').primaryKeys() : [];
  const sortKey = (p: Row<'postings'>): string | number => {
    switch (key) {
      case 'plannedEndDate':
        return p.plannedEndDate;
      case 'startDate':
        return p.startDate;
      case 'name':
        return p._sName ?? '~';
      case 'birthDate':
        return p._sBirth ?? '9999';
      case 'type':
        return typeRank(p.type);
      case 'status':
        return statusRank(p.status);
      case 'batch':
        return p.batchId ? batchOrder.indexOf(p.batchId) : Number.MAX_SAFE_INTEGER;
      case 'receivingUnit':
        return unitRank?.get(p.receivingUnitId) ?? Number.MAX_SAFE_INTEGER;
      case 'dispatchingUnit':
        return unitRank?.get(p.dispatchingUnitId) ?? Number.MAX_SAFE_INTEGER;
    }
  };
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .map((p) => [p, sortKey(p)] as const)
    .sort((a, b) => cmp(a[1], b[1]) || cmp(a[0].plannedEndDate, b[0].plannedEndDate) || cmp(a[0].id, b[0].id))
    .map(([p]) => p.id);
}

/** One line of the postings list: the posting and its cadre. */
export interface PostingListRow {
  posting: Row<'postings'>;
  cadre: Row<'cadres'> | undefined;
}

/** Loads the records of a window of the list (the rows on screen plus a margin). */
export async function loadPostingRows(db: ReadDb, ids: readonly string[]): Promise<PostingListRow[]> {
  const postings = await db.postings.bulkGet([...ids]);
  const cadres = await db.cadres.bulkGet(postings.map((p) => p?.cadreId ?? ''));
  const rows: PostingListRow[] = [];
  postings.forEach((posting, i) => {
    if (posting) rows.push({ posting, cadre: cadres[i] });
  });
  return rows;
}
