import { ON_POST_STATUSES } from '@shared/domain/enums';
import { termEndsByMonth, type TermEndMonth } from '@shared/reports/statistics-term-ends';
import type { ReadDb, Row } from '../database';
import { bulkGetLive, live } from './live';
import { loadStatisticsInput, statisticsOf } from './statistics';
import { listUnits } from './units';

/** One bar: its label and the postings behind it. */
export interface ChartBar {
  key: string;
  label: string;
  postingIds: string[];
}

/** The three charts of 概览. */
export interface OverviewCharts {
  /** People on post by posting type (the 统计表 by type, at today). */
  byType: ChartBar[];
  /** People on post by receiving township (the 统计表 by township, at today). */
  byTownship: ChartBar[];
  /** Terms ending per month, this month and the next 11 (the 期满名单's terms). */
  termEnds: TermEndMonth[];
}

/**
 * What the 概览 charts show, from one read of the postings: the first two are the rows of the
 * 挂职干部情况统计表 at today (counted as the report counts), the third the on-post terms by end month.
 */
export async function loadOverviewCharts(db: ReadDb, today: string): Promise<OverviewCharts> {
  const [input, extensions] = await Promise.all([loadStatisticsInput(db, today), live(db.extensions).toArray()]);
  const byType = statisticsOf(input, { cutoffDate: today, grouping: 'postingType' });
  const byTownship = statisticsOf(input, { cutoffDate: today, grouping: 'receivingTownship' });
  const extended = new Map<string, Row<'extensions'>[]>();
  for (const e of extensions) extended.set(e.postingId, [...(extended.get(e.postingId) ?? []), e]);
  const bars = (rows: typeof byType.rows) => rows.map((r) => ({ key: r.key, label: r.label, postingIds: r.postingIds }));
  return {
    byType: bars(byType.rows),
    byTownship: bars(byTownship.rows),
    termEnds: termEndsByMonth(
      input.postings.filter((p) => ON_POST_STATUSES.includes(p.status)).map((p) => ({ ...p, extensions: extended.get(p.id) ?? [] })),
      today,
    ),
  };
}

/** A posting behind a bar, as the list under the chart shows it. */
export interface ChartPosting {
  posting: Row<'postings'>;
  name: string;
  unit: string;
}

/** The postings behind a bar, with their cadres and receiving units. */
export async function chartPostings(db: ReadDb, ids: readonly string[]): Promise<ChartPosting[]> {
  const postings = await bulkGetLive(db.postings, ids);
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(postings.map((p) => p.cadreId))])).map((c) => [c.id, c]));
  const units = new Map((await listUnits(db)).map((u) => [u.id, u]));
  return postings.map((posting) => ({ posting, name: cadres.get(posting.cadreId)?.name ?? '', unit: units.get(posting.receivingUnitId)?.shortName || units.get(posting.receivingUnitId)?.name || '' }));
}
