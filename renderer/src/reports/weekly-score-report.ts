// 周考评汇总表 (DOMAIN §4.7): a month of weekly scores of a township (or the county), ranked.
import { z } from 'zod';
import { formatDateChinese } from '@shared/domain/dates';
import { buildWeeklySummary, type WeeklySummarySource } from '@shared/reports/weekly-score-summary';
import type { ReadDb } from '../db/database';
import { listTownships, loadMonthRollup } from '../db/queries/weekly-scores';
import { monthOption, townshipOption } from './period-options';
import { defineReport, type ReportContext } from './report-definition';
import { ASSESSMENT_OPTION_TEXTS, WEEKLY_TEXTS as T } from './texts';

/** A month's roll-up of a township ('' = the county) as the weekly sheets print it. */
export async function loadWeeklySource(db: ReadDb, site: ReportContext['site'], township: string, month: string): Promise<WeeklySummarySource> {
  const rollup = await loadMonthRollup(db, township || null, month);
  const scopeLabel = township ? ((await listTownships(db)).find((t) => t.id === township)?.name ?? '') : site.countyName;
  return { ...rollup, scopeLabel };
}

const options = z.object({ township: townshipOption(ASSESSMENT_OPTION_TEXTS.allTownships), month: monthOption() });

export const weeklyScoreReport = defineReport({
  id: 'weekly-score',
  title: T.summaryTitle,
  rowNoun: '人',
  options,
  async load(ctx, o) {
    return { source: await loadWeeklySource(ctx.db, ctx.site, o.township, o.month), site: ctx.site, today: ctx.today };
  },
  build: (data) => buildWeeklySummary(data.source, { countyName: data.site.countyName, reportingUnit: data.site.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.summaryFile(data.source.scopeLabel, formatDateChinese(data.source.month)),
});
