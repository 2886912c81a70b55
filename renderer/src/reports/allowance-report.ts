// 生活补助发放表 (DOMAIN §4.5): the payments of a month, adjustment lines under the payment they correct.
import { z } from 'zod';
import { todayIso } from '@shared/domain/dates';
import { PAYER } from '@shared/domain/enums';
import { allowanceSheetTitle, buildAllowanceSheet } from '@shared/reports/allowance-sheet';
import { loadAllowanceMonth } from '../db/queries/allowance';
import { ALLOWANCE_REPORT_TEXTS as T } from './allowance-texts';
import { reportMonth } from './attendance-source';
import { defineReport, option } from './report-definition';

export const allowanceReport = defineReport({
  id: 'allowance',
  title: T.title,
  rowNoun: '条',
  options: z.object({
    payer: option(z.string().default(''), {
      label: T.payer,
      control: { kind: 'radio', choices: [{ value: '', label: T.allPayers }, ...PAYER.items.map((i) => ({ value: i.code, label: i.label }))] },
    }),
  }),
  selection: { defaultMonth: 'last' },
  intro: (selection) => T.intro(T.monthLabel(reportMonth(selection, todayIso())), selection.scopeName, selection.postingIds?.length),
  async load(ctx, options) {
    const monthKey = reportMonth(ctx, ctx.today);
    const month = await loadAllowanceMonth(ctx.db, monthKey, { payer: options.payer || null });
    const only = ctx.postingIds ? new Set(ctx.postingIds) : null;
    const rows = only ? month.rows.filter((r) => only.has(r.posting.id)) : month.rows;
    ctx.onProgress?.(1);
    return {
      month: monthKey,
      scopeName: ctx.scopeName ?? null,
      site: ctx.site,
      today: ctx.today,
      entries: rows.map((r) => ({
        cadreName: r.cadreName,
        dispatchingUnit: r.dispatchingUnit,
        receivingUnit: r.receivingUnit,
        basis: r.rule?.basis ?? '',
        payment: r.payment,
        adjustments: r.adjustments,
      })),
    };
  },
  build: (data, options) =>
    buildAllowanceSheet(data.entries, {
      month: data.month,
      reportingUnit: data.site.reportingUnit,
      today: data.today,
      scopeNote: T.scopeNote(data.scopeName, options.payer ? (PAYER.items.find((i) => i.code === options.payer)?.label ?? '') : null),
    }),
  fileName: (data) => T.fileName(allowanceSheetTitle(data.month)),
});
