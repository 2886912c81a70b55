// The rows of the 考勤表: postings whose attendance period touches the month, in unit and name
// order, with their names, hosts and effective month (attendance-effective.ts).
import { monthRange } from '@shared/domain/calendar';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { descendantIds, unitTreeRanks } from '@shared/domain/unit-tree';
import type { ReadDb, Row } from '../database';
import { loadEffectiveMonthsOf, type EffectivePostingMonth } from './attendance-effective';
import { STARTED_POSTING_STATUSES } from './attendance-import';
import { bulkGetLive, isLive } from './live';
import { listUnits } from './units';

/** Which postings the grid shows (empty lists: any). */
export interface GridFilter {
  month: string;
  /** receiving units; a unit includes everything below it */
  unitIds: readonly string[];
  batchIds: readonly string[];
  types: readonly string[];
}

/** One row of the grid. */
export interface GridRow extends EffectivePostingMonth {
  name: string;
  staffCategory: string | null;
  /** 讲治镇 / 讲治镇石岭村: the host, and the village for a village team. */
  unitLabel: string;
}

/** The ids of the postings in the grid for `filter`, in the grid's order (gridPostings). */
export async function gridPostingIds(db: ReadDb, filter: GridFilter): Promise<string[]> {
  return (await gridPostings(db, filter)).map((p) => p.id);
}

/**
 * The postings in the grid for `filter`, ordered by host (unit tree order) then by the cadre's
 * name: postings a cadre has been on (not proposed or cancelled) whose period touches the month.
 */
export async function gridPostings(db: ReadDb, filter: GridFilter): Promise<Row<'postings'>[]> {
  const { first, last } = monthRange(filter.month);
  const units = await listUnits(db);
  const inUnits = filter.unitIds.length ? new Set(filter.unitIds.flatMap((id) => [...descendantIds(units, id)])) : null;
  const batches = filter.batchIds.length ? new Set(filter.batchIds) : null;
  const types = filter.types.length ? new Set(filter.types) : null;
  // The range is read whole and filtered here: a Dexie filter would walk a cursor record by record,
  // about three times slower than one getAll for the two thousand postings of a county.
  const postings = (await db.postings.where('startDate').belowOrEqual(last).toArray()).filter((p) => {
    if (!isLive(p) || !STARTED_POSTING_STATUSES.has(p.status)) return false;
    if (inUnits && !inUnits.has(p.receivingUnitId)) return false;
    if (batches && !(p.batchId && batches.has(p.batchId))) return false;
    if (types && !types.has(p.type)) return false;
    const end = attendancePeriod(p).endDate;
    return end === null || end >= first;
  });
  const rank = unitTreeRanks(units);
  postings.sort((a, b) => (rank.get(a.receivingUnitId) ?? 1e9) - (rank.get(b.receivingUnitId) ?? 1e9) || (a._sName ?? '').localeCompare(b._sName ?? '') || a.id.localeCompare(b.id));
  return postings;
}

/** The grid rows of `ids` for `month`, in the order of `ids` (deleted postings left out). */
export async function loadGridRows(db: ReadDb, ids: readonly string[], month: string): Promise<GridRow[]> {
  return loadGridRowsOf(db, await bulkGetLive(db.postings, [...new Set(ids)]), month);
}

/** The grid rows of live `postings` already read (gridPostings), in their order. */
export async function loadGridRowsOf(db: ReadDb, postings: readonly Row<'postings'>[], month: string): Promise<GridRow[]> {
  const [effective, units, cadreRows] = await Promise.all([
    loadEffectiveMonthsOf(db, postings, month),
    listUnits(db),
    db.cadres.bulkGet([...new Set(postings.map((p) => p.cadreId))]),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const cadres = new Map(cadreRows.filter(isLive).map((c) => [c.id, c]));
  const out: GridRow[] = [];
  for (const { id } of postings) {
    const e = effective.get(id);
    if (!e) continue;
    const cadre = cadres.get(e.posting.cadreId);
    const unit = unitById.get(e.posting.receivingUnitId);
    const host = unit?.shortName || unit?.name || '';
    const village = e.posting.village ? e.posting.village.replace(host, '') : '';
    out.push({ ...e, name: cadre?.name ?? '（干部已删除）', staffCategory: cadre?.staffCategory ?? null, unitLabel: village ? `${host}${village}` : host });
  }
  return out;
}
