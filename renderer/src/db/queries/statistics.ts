import { cadreStatistics, onPostAt, type StatisticsGrouping, type StatisticsTable } from '@shared/domain/rules/statistics';
import type { ReadDb } from '../database';
import { bulkGetLive, live } from './live';
import { listUnits } from './units';

/** What the 统计表 counts by. */
export interface StatisticsOptions {
  cutoffDate: string;
  grouping: StatisticsGrouping;
  withShare?: boolean;
  educationBasis?: 'fullTime' | 'highest';
}

/**
 * The 挂职干部情况统计表 (DOMAIN §4.2) of this database at a cut-off date: the postings on post that
 * day with their cadres, the units and the reserve pool, counted by cadreStatistics. The report and
 * the 概览 charts both read it, so they show the same figures.
 */
export async function loadStatistics(db: ReadDb, opts: StatisticsOptions): Promise<StatisticsTable> {
  const postings = (await live(db.postings).toArray()).filter((p) => onPostAt(p, opts.cutoffDate));
  const [cadres, units, reservePool] = await Promise.all([bulkGetLive(db.cadres, [...new Set(postings.map((p) => p.cadreId))]), listUnits(db), live(db.reservePool).toArray()]);
  return cadreStatistics({ ...opts, postings, cadres, units, reservePool });
}
