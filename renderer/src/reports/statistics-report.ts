// 挂职干部情况统计表 (DOMAIN §4.2): the county's secondees on post at a cut-off date, by posting type,
// dispatching-unit class or receiving township.
import { z } from 'zod';
import { formatDateChinese } from '@shared/domain/dates';
import { buildStatisticsReport } from '@shared/reports/statistics';
import { loadStatistics } from '../db/queries/statistics';
import { dateOption } from './period-options';
import { defineReport, option } from './report-definition';
import { STATISTICS_TEXTS as T } from './texts';

export const statisticsReport = defineReport({
  id: 'statistics',
  title: T.title,
  rowNoun: '行',
  options: z.object({
    grouping: option(z.enum(['postingType', 'dispatchingClass', 'receivingTownship']).default('postingType'), {
      label: T.grouping,
      control: {
        kind: 'radio',
        choices: [
          { value: 'postingType', label: T.byType },
          { value: 'dispatchingClass', label: T.byClass },
          { value: 'receivingTownship', label: T.byTownship },
        ],
      },
    }),
    cutoffDate: dateOption(T.cutoff, T.cutoffInvalid),
    withShare: option(z.boolean().default(false), { control: { kind: 'checkbox', text: T.withShare } }),
    educationBasis: option(z.enum(['fullTime', 'highest']).default('fullTime'), {
      label: T.education,
      control: { kind: 'radio', choices: [{ value: 'fullTime', label: T.fullTime }, { value: 'highest', label: T.highest }] },
    }),
  }),
  async load(ctx, o) {
    ctx.onProgress?.(0.1);
    const table = await loadStatistics(ctx.db, { cutoffDate: o.cutoffDate, grouping: o.grouping, withShare: o.withShare, educationBasis: o.educationBasis });
    return { table, site: ctx.site, today: ctx.today };
  },
  build: (data) => buildStatisticsReport(data.table, { countyName: data.site.countyName, reportingUnit: data.site.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.fileName(data.site.countyName, formatDateChinese(data.table.cutoffDate)),
});
