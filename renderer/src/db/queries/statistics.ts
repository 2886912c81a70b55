import { cadreStatistics, onPostAt, type StatisticsGrouping, type StatisticsTable } from '@shared/domain/rules/statistics';
import type { ReadDb, Row } from '../database';
import { bulkGetLive, live } from './live';
import { listUnits } from './units';

/** What the 统计表 counts by. */
export interface StatisticsOptions {
  cutoffDate: string;
  grouping: StatisticsGrouping;
  withShare?: boolean;
  educationBasis?: 'fullTime' | 'highest';
}

/** What the 统计表 counts from: the postings on post at a date, their cadres, the units and the pool. */
export interface StatisticsInput {
  /** Every live posting (the ones on post are picked per table). */
  postings: Row<'postings'>[];
  cadres: Row<'cadres'>[];
  units: Row<'units'>[];
  reservePool: Row<'reservePool'>[];
}

/** Reads what the 统计表 at `cutoffDate` needs: every live posting once, the cadres of those on post that day. */
export async function loadStatisticsInput(db: ReadDb, cutoffDate: string): Promise<StatisticsInput> {
  const postings = await live(db.postings).toArray();
  const onPost = postings.filter((p) => onPostAt(p, cutoffDate));
  const [cadres, units, reservePool] = await Promise.all([bulkGetLive(db.cadres, [...new Set(onPost.map((p) => p.cadreId))]), listUnits(db), live(db.reservePool).toArray()]);
  return { postings, cadres, units, reservePool };
}

/** The table of `input` counted by cadreStatistics. */
export function statisticsOf(input: StatisticsInput, opts: StatisticsOptions): StatisticsTable {
  return cadreStatistics({ ...opts, postings: input.postings, cadres: input.cadres, units: input.units, reservePool: input.reservePool });
}

/**
 * The 挂职干部情况统计表 (DOMAIN §4.2) of this database at a cut-off date: the postings on post that
 * day with their cadres, the units and the reserve pool, counted by cadreStatistics. The report and
 * the 概览 charts both count this way, so they show the same figures.
 */
export async function loadStatistics(db: ReadDb, opts: StatisticsOptions): Promise<StatisticsTable> {
  return statisticsOf(await loadStatisticsInput(db, opts.cutoffDate), opts);
}
