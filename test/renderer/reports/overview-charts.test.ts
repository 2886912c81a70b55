import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, monthOf, todayIso } from '@shared/domain/dates';
import { isGroupRow, type DataRow } from '@shared/reports/document/schema';
import { buildExpiryList } from '@shared/reports/expiry-list';
import { loadSample } from '../../../renderer/src/db/operations';
import { loadOverviewCharts } from '../../../renderer/src/db/queries/overview-charts';
import { loadPostingSource } from '../../../renderer/src/reports/posting-source';
import { statisticsReport } from '../../../renderer/src/reports/statistics-report';
import { newStore } from '../db/test-store';

const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };

describe('the 概览 charts show the figures of the matching reports', () => {
  it('by type and by township: the 总人数 of each row of the 统计表 at today; terms ending: the 期满名单 by month', async () => {
    const store = await newStore();
    await loadSample(store, 300);
    const today = todayIso();
    const charts = await loadOverviewCharts(store.db, today);

    for (const [grouping, bars] of [
      ['postingType', charts.byType],
      ['receivingTownship', charts.byTownship],
    ] as const) {
      const options = statisticsReport.options.parse({ grouping, cutoffDate: today });
      const doc = statisticsReport.build(await statisticsReport.load({ db: store.db, site: SITE, today }, options), options);
      const rows = doc.sheets[0]!.rows.filter((r): r is DataRow => !isGroupRow(r) && r.style !== 'total');
      expect(bars.map((b) => [b.label, b.postingIds.length]), grouping).toEqual(rows.map((r) => [r.cells[0], r.cells[1]]));
    }

    // the 期满名单's builder over every posting, its window reaching the end of the twelfth month
    const last = addDays(`${monthOf(addMonths(`${monthOf(today)}-01`, 12))}-01`, -1);
    const source = await loadPostingSource(store.db, (await store.db.postings.toArray()).map((p) => p.id));
    const list = buildExpiryList({ ...source, assessments: [] }, { today, withinDays: daysBetween(today, last), includeOverdue: false, countyName: '开江县', reportingUnit: '' });
    const byMonth = new Map<string, number>();
    for (const r of list.sheets[0]!.rows) {
      if (isGroupRow(r)) continue;
      const month = String(r.cells[6]).slice(0, 7).replace('.', '-');
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    expect(charts.termEnds.map((m) => [m.month, m.postingIds.length])).toEqual(charts.termEnds.map((m) => [m.month, byMonth.get(m.month) ?? 0]));
    expect(charts.termEnds.reduce((s, m) => s + m.postingIds.length, 0)).toBeGreaterThan(20);
  });
});
