import { normalizeText } from '@shared/domain/text';
import type { ReadDb, Row } from '../database';
import { bulkGetLive, isLive } from './live';

/** How many matches a search returns at most; the screen says when there are more. */
export const CADRE_SEARCH_LIMIT = 500;

/**
 * Cadres matching a query, through indexes only: name prefix (张), pinyin-initials prefix (zs) or
 * ID-number prefix (3405…). An empty query lists cadres in name order. With `flagged`, only the
 * cadres flagged by the data-quality rule (待补充 or wrong data). Returns at most `limit` cadres plus
 * whether more exist.
 */
export async function searchCadres(
  db: ReadDb,
  query: string,
  limit = CADRE_SEARCH_LIMIT,
  opts: { flagged?: boolean } = {},
): Promise<{ rows: Row<'cadres'>[]; more: boolean }> {
  const q = normalizeText(query).replace(/\s+/g, '');
  let rows: Row<'cadres'>[];
  if (opts.flagged) {
    // 待补充 or wrong data: the `_dq` index holds exactly those cadres (table-hooks.ts).
    rows = (await db.cadres.where('_dq').equals(1).filter(isLive).toArray()).filter((c) => !q || c.name.startsWith(q) || c._py?.startsWith(q.toLowerCase()) || !!c.idCardNo?.startsWith(q.toUpperCase()));
    rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
    rows = rows.slice(0, limit + 1);
  } else if (q === '') {
    rows = await db.cadres.orderBy('name').filter(isLive).limit(limit + 1).toArray();
  } else {
    const ids = new Set<string>();
    const keys = await Promise.all([
      db.cadres.where('name').startsWith(q).primaryKeys(),
      /^[a-z]+$/i.test(q) ? db.cadres.where('_py').startsWith(q.toLowerCase()).primaryKeys() : Promise.resolve([]),
      /^\d/.test(q) ? db.cadres.where('idCardNo').startsWith(q.toUpperCase()).primaryKeys() : Promise.resolve([]),
    ]);
    for (const k of keys.flat()) {
      ids.add(k);
      if (ids.size > limit) break;
    }
    rows = await bulkGetLive(db.cadres, [...ids]);
    rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  }
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
