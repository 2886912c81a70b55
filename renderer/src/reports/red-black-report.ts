// 周考评红黑榜 (DOMAIN §2.13): a month's red and black lists of a township (or the county).
import { z } from 'zod';
import { formatDateChinese } from '@shared/domain/dates';
import { buildRedBlackList } from '@shared/reports/weekly-score-summary';
import { monthOption, townshipOption } from './period-options';
import { defineReport } from './report-definition';
import { ASSESSMENT_OPTION_TEXTS, WEEKLY_TEXTS as T } from './texts';
import { loadWeeklySource } from './weekly-score-report';

export const redBlackReport = defineReport({
  id: 'red-black',
  title: T.redBlackTitle,
  rowNoun: '人',
  options: z.object({ township: townshipOption(ASSESSMENT_OPTION_TEXTS.allTownships), month: monthOption() }),
  async load(ctx, o) {
    return { source: await loadWeeklySource(ctx.db, ctx.site, o.township, o.month), site: ctx.site, today: ctx.today };
  },
  build: (data) => buildRedBlackList(data.source, { countyName: data.site.countyName, reportingUnit: data.site.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.redBlackFile(data.source.scopeLabel, formatDateChinese(data.source.month)),
});
