// 期满名单 (DOMAIN §4.6): on-post terms ending within 30/60/90 days, and those already overdue.
import { z } from 'zod';
import { formatDateChinese } from '@shared/domain/dates';
import { buildExpiryList } from '@shared/reports/expiry-list';
import { liveWhere } from '../db/queries/live';
import { queryPostingIds, type PostingSort } from '../db/queries/postings';
import { loadPostingSource } from './posting-source';
import { defineReport, option } from './report-definition';
import { EXPIRY_TEXTS } from './texts';

const BY_END: PostingSort = { key: 'plannedEndDate', desc: false };
const WINDOWS = [30, 60, 90] as const;

export const expiryReport = defineReport({
  id: 'expiry',
  title: EXPIRY_TEXTS.title,
  rowNoun: '人',
  options: z.object({
    withinDays: option(z.literal(WINDOWS).default(90), {
      label: EXPIRY_TEXTS.within,
      control: { kind: 'radio', choices: WINDOWS.map((days) => ({ value: days, label: EXPIRY_TEXTS.withinDays(days) })) },
    }),
    includeOverdue: option(z.boolean().default(true), { control: { kind: 'checkbox', text: EXPIRY_TEXTS.includeOverdue } }),
  }),
  async load(ctx, options) {
    const within = await queryPostingIds(ctx.db, { expiry: { withinDays: options.withinDays } }, BY_END, ctx.today);
    const overdue = options.includeOverdue ? await queryPostingIds(ctx.db, { expiry: { overdue: true } }, BY_END, ctx.today) : [];
    const ids = [...overdue, ...within];
    const source = await loadPostingSource(ctx.db, ids, ctx.onProgress);
    const assessments = ids.length ? await liveWhere(ctx.db.assessments, 'postingId', ids).toArray() : [];
    return { source: { ...source, assessments }, site: ctx.site, today: ctx.today };
  },
  build: (data, options) =>
    buildExpiryList(data.source, {
      today: data.today,
      withinDays: options.withinDays,
      includeOverdue: options.includeOverdue,
      countyName: data.site.countyName,
      reportingUnit: data.site.reportingUnit,
    }),
  fileName: (data) => EXPIRY_TEXTS.fileName(data.site.countyName, formatDateChinese(data.today)),
});
