// 抽查情况登记表 (DOMAIN §2.8, §4.7): the spot checks of the selected month or its year, oldest first.
import { z } from 'zod';
import { todayIso } from '@shared/domain/dates';
import { buildSpotCheckRegister, type SpotCheckRegisterRow } from '@shared/reports/spot-check-register';
import { listSpotChecks } from '../db/queries/spot-checks';
import { LEAVE_REGISTER_TEXTS, SPOT_CHECK_REGISTER_TEXTS as T } from './attendance-texts';
import { monthOrYearOption, monthOrYearRange } from './period-options';
import { defineReport } from './report-definition';

export const spotCheckRegisterReport = defineReport({
  id: 'spot-check-register',
  title: T.title,
  rowNoun: '人次',
  options: z.object({
    period: monthOrYearOption(),
  }),
  selection: { defaultMonth: 'current' },
  intro: (selection) => T.intro(selection.scopeName ?? '', selection.month ?? todayIso().slice(0, 7)),
  async load(ctx, options) {
    const month = ctx.month ?? ctx.today.slice(0, 7);
    const [from, to] = monthOrYearRange(month, options.period);
    const only = ctx.postingIds ? new Set(ctx.postingIds) : null;
    const checks = (await listSpotChecks(ctx.db, from, to)).filter((c) => !only || only.has(c.check.postingId)).reverse();
    ctx.onProgress?.(1);
    const rows: SpotCheckRegisterRow[] = checks.map((c) => ({
      check: c.check,
      name: c.name,
      host: c.postingLabel.split(' ')[0] ?? '',
      absence: c.absence && { no: c.absence.no, capText: c.absence.cap.capText },
    }));
    return {
      rows,
      periodText: options.period === 'month' ? LEAVE_REGISTER_TEXTS.periodMonth(month) : LEAVE_REGISTER_TEXTS.periodYear(month),
      scopeName: ctx.scopeName ?? ctx.site.countyName,
      reportingUnit: ctx.site.reportingUnit,
      today: ctx.today,
    };
  },
  build: (data) => buildSpotCheckRegister(data.rows, { periodText: data.periodText, scopeName: data.scopeName, reportingUnit: data.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.fileName(data.scopeName, data.periodText),
});
