// 请假登记表 (DOMAIN §4.4): the requests that started in the selected month or its year.
import { z } from 'zod';
import { todayIso } from '@shared/domain/dates';
import { buildLeaveRegister, type LeaveRegisterRow } from '@shared/reports/leave-register';
import { leaveCasesStartingBetween } from '../db/queries/leave';
import { LEAVE_REGISTER_TEXTS as T } from './attendance-texts';
import { monthOrYearOption, monthOrYearRange } from './period-options';
import { defineReport } from './report-definition';

export const leaveRegisterReport = defineReport({
  id: 'leave-register',
  title: T.title,
  rowNoun: '条',
  options: z.object({
    period: monthOrYearOption(),
  }),
  selection: { defaultMonth: 'current' },
  intro: (selection) => T.intro(selection.scopeName ?? '', selection.month ?? todayIso().slice(0, 7)),
  async load(ctx, options) {
    const month = ctx.month ?? ctx.today.slice(0, 7);
    const [from, to] = monthOrYearRange(month, options.period);
    const only = ctx.postingIds ? new Set(ctx.postingIds) : null;
    const cases = (await leaveCasesStartingBetween(ctx.db, from, to, ctx.today)).filter((c) => !only || only.has(c.request.postingId));
    ctx.onProgress?.(1);
    const rows: LeaveRegisterRow[] = cases.map((c) => ({
      name: c.name,
      host: c.postingLabel.split(' ')[0] ?? '',
      request: c.request,
      days: c.days,
      requiredTier: c.state.requiredTier,
      approvals: c.approvals,
      status: c.status,
    }));
    return {
      rows,
      periodText: options.period === 'month' ? T.periodMonth(month) : T.periodYear(month),
      scopeName: ctx.scopeName ?? ctx.site.countyName,
      reportingUnit: ctx.site.reportingUnit,
      today: ctx.today,
    };
  },
  build: (data) => buildLeaveRegister(data.rows, { periodText: data.periodText, scopeName: data.scopeName, reportingUnit: data.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.fileName(data.scopeName, data.periodText),
});
