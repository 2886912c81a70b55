// 生活补助发放表 (DOMAIN §4.5): the payments of a month, adjustment lines under the payment they correct.
import { z } from 'zod';
import { addMonths, todayIso } from '@shared/domain/dates';
import { PAYER } from '@shared/domain/enums';
import { allowanceSheetTitle, buildAllowanceSheet } from '@shared/reports/allowance-sheet';
import { loadAllowanceMonth } from '../db/queries/allowance';
import { ALLOWANCE_REPORT_TEXTS as T } from './allowance-texts';
import { defineReport, option } from './report-definition';

/** The last 12 months, newest first, from the month before this one (the usual month to pay). */
function recentMonths(today: string): string[] {
  return Array.from({ length: 12 }, (_, i) => addMonths(today, -1 - i).slice(0, 7));
}
const MONTHS = recentMonths(todayIso());

export const allowanceReport = defineReport({
  id: 'allowance',
  title: T.title,
  rowNoun: '条',
  options: z.object({
    month: option(
      z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .default(MONTHS[0]!),
      { label: T.month, control: { kind: 'radio', choices: MONTHS.map((m) => ({ value: m, label: T.monthLabel(m) })) } },
    ),
    payer: option(z.string().default(''), {
      label: T.payer,
      control: { kind: 'radio', choices: [{ value: '', label: T.allPayers }, ...PAYER.items.map((i) => ({ value: i.code, label: i.label }))] },
    }),
  }),
  intro: (selection) => (selection.postingIds ? T.introSelection(selection.postingIds.length) : T.introAll),
  async load(ctx, options) {
    const month = await loadAllowanceMonth(ctx.db, options.month, { payer: options.payer || null });
    const only = ctx.postingIds ? new Set(ctx.postingIds) : null;
    const rows = only ? month.rows.filter((r) => only.has(r.posting.id)) : month.rows;
    ctx.onProgress?.(1);
    return {
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
      month: options.month,
      reportingUnit: data.site.reportingUnit,
      today: data.today,
      ...(options.payer ? { scopeNote: T.scopePayer(PAYER.items.find((i) => i.code === options.payer)?.label ?? '') } : {}),
    }),
  fileName: (_data, options) => T.fileName(allowanceSheetTitle(options.month)),
});
