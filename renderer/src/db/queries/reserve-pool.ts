import type { ReadDb, Row } from '../database';
import { bulkGetLive, live } from './live';
import { listUnits } from './units';

/** An entry of the 后备干部库 with the cadre and the posting it came from. */
export interface ReserveRow {
  entry: Row<'reservePool'>;
  cadre: Row<'cadres'> | undefined;
  /** 工作单位及现任职务. */
  homePost: string;
  source: Row<'postings'> | undefined;
  /** 挂职单位及职务 of the source posting. */
  sourcePost: string;
}

/** Entries of the pool (`status` one of in / used / removed, or all), newest first. */
export async function listReservePool(db: ReadDb, status?: string): Promise<ReserveRow[]> {
  const entries = (await live(db.reservePool).toArray()).filter((e) => !status || e.status === status);
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(entries.map((e) => e.cadreId))])).map((c) => [c.id, c]));
  const sources = new Map((await bulkGetLive(db.postings, entries.flatMap((e) => (e.sourcePostingId ? [e.sourcePostingId] : [])))).map((p) => [p.id, p]));
  const units = new Map((await listUnits(db)).map((u) => [u.id, u]));
  const unit = (id: string | undefined) => (id ? units.get(id)?.shortName || units.get(id)?.name || '' : '');
  return entries
    .map((entry) => {
      const cadre = cadres.get(entry.cadreId);
      const source = entry.sourcePostingId ? sources.get(entry.sourcePostingId) : undefined;
      return { entry, cadre, homePost: cadre ? `${unit(cadre.homeUnitId)}${cadre.currentPost}` : '', source, sourcePost: source ? `${unit(source.receivingUnitId)}${source.secondedPost}` : '' };
    })
    .sort((a, b) => b.entry.addedOn.localeCompare(a.entry.addedOn) || (a.cadre?.name ?? '').localeCompare(b.cadre?.name ?? '', 'zh-Hans-CN'));
}
