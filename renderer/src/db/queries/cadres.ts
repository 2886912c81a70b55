import { normalizeText } from '@shared/domain/text';
import type { ReadDb, Row } from '../database';
import { bulkGetLive, isLive } from './live';

/** How many matches a search returns at most; the screen says when there are more. */
export const CADRE_SEARCH_LIMIT = 500;

/**
 * Cadres matching a query, through indexes only: name prefix (张), pinyin-initials prefix (zs) or
 * ID-number prefix (3405…). An empty query lists cadres in name order. Returns at most `limit`
 * cadres plus whether more exist.
 */
export async function searchCadres(db: ReadDb, query: string, limit = CADRE_SEARCH_LIMIT): Promise<{ rows: Row<'cadres'>[]; more: boolean }> {
  const q = searchKey(query);
  let rows: Row<'cadres'>[];
  if (q === '') {
    rows = await db.cadres.orderBy('name').filter(isLive).limit(limit + 1).toArray();
  } else {
    rows = await bulkGetLive(db.cadres, await matchingIds(db, q, limit + 1));
    rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  }
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

const searchKey = (query: string) => normalizeText(query).replace(/\s+/g, '');

/** Whether a cadre's name, pinyin initials or ID number start with the search key `q`. */
const matchesKey = (c: Row<'cadres'>, q: string) => c.name.startsWith(q) || !!c._py?.startsWith(q.toLowerCase()) || !!c.idCardNo?.startsWith(q.toUpperCase());

/** Ids of cadres (tombstones included) whose name, pinyin initials or ID number start with `q`, at most `cap`. */
async function matchingIds(db: ReadDb, q: string, cap: number): Promise<string[]> {
  const ids = new Set<string>();
  const keys = await Promise.all([
    db.cadres.where('name').startsWith(q).primaryKeys(),
    /^[a-z]+$/i.test(q) ? db.cadres.where('_py').startsWith(q.toLowerCase()).primaryKeys() : Promise.resolve([]),
    /^\d/.test(q) ? db.cadres.where('idCardNo').startsWith(q.toUpperCase()).primaryKeys() : Promise.resolve([]),
  ]);
  for (const k of keys.flat()) {
    ids.add(k);
    if (ids.size >= cap) break;
  }
  return [...ids];
}

/** Units asked for at a time while walking the unit tree for the 干部库 list. */
const UNIT_CHUNK = 25;
/** Matches of a search read at most before filtering by unit. */
const SEARCH_CAP = 5000;

/**
 * The 干部库 list: cadres in the order rosters use – by home unit in unit-tree order (`rank`), then
 * by name pinyin –, optionally only those of `unitIds` (a unit and everything below it) and those
 * matching `query` (name, pinyin initials or ID number prefix); with `flagged`, only the cadres the
 * data-quality rule flags (待补充 or wrong data, the small `_dq` index of table-hooks.ts). Reads through the `homeUnitId`
 * index unit by unit and stops after `limit` + 1 cadres, so a county of 20,000 is never loaded
 * whole; cadres whose unit is unknown here come last.
 */
export async function listCadres(
  db: ReadDb,
  opts: { query: string; unitIds: readonly string[] | null; rank: ReadonlyMap<string, number>; flagged?: boolean },
  limit = CADRE_SEARCH_LIMIT,
): Promise<{ rows: Row<'cadres'>[]; more: boolean }> {
  const order = (a: Row<'cadres'>, b: Row<'cadres'>) =>
    (opts.rank.get(a.homeUnitId) ?? Infinity) - (opts.rank.get(b.homeUnitId) ?? Infinity) || (a._pinyin ?? '').localeCompare(b._pinyin ?? '') || a.id.localeCompare(b.id);
  const q = searchKey(opts.query);
  const wanted = opts.unitIds ? new Set(opts.unitIds) : null;
  if (opts.flagged) {
    const rows = (await db.cadres.where('_dq').equals(1).filter(isLive).toArray()).filter((c) => (!wanted || wanted.has(c.homeUnitId)) && (!q || matchesKey(c, q)));
    rows.sort(order);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }
  if (q) {
    const rows = (await bulkGetLive(db.cadres, await matchingIds(db, q, SEARCH_CAP))).filter((c) => !wanted || wanted.has(c.homeUnitId));
    rows.sort(order);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }
  const units = opts.unitIds ? [...opts.unitIds] : [...opts.rank.keys()];
  units.sort((a, b) => (opts.rank.get(a) ?? Infinity) - (opts.rank.get(b) ?? Infinity));
  const rows: Row<'cadres'>[] = [];
  for (let i = 0; i < units.length && rows.length <= limit; i += UNIT_CHUNK) {
    const chunk = await db.cadres.where('homeUnitId').anyOf(units.slice(i, i + UNIT_CHUNK)).filter(isLive).toArray();
    rows.push(...chunk.sort(order));
  }
  if (!opts.unitIds && rows.length <= limit) {
    const known = [...opts.rank.keys()];
    const unknown = await (known.length ? db.cadres.where('homeUnitId').noneOf(known) : db.cadres.toCollection()).filter(isLive).limit(limit + 1 - rows.length).toArray();
    rows.push(...unknown.sort(order));
  }
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
