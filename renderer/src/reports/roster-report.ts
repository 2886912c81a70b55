// 挂职干部花名册 (DOMAIN §4.1): the postings picked (the current list), or all on post.
import { z } from 'zod';
import { formatDateChinese } from '@shared/domain/dates';
import { ON_POST_STATUSES } from '@shared/domain/enums';
import { buildRoster, ROSTER_COLUMNS, type RosterColumnKey } from '@shared/reports/roster';
import { queryPostingIds } from '../db/queries/postings';
import { loadPostingSource } from './posting-source';
import { defineReport, option } from './report-definition';
import { ROSTER_TEXTS } from './texts';

/** The columns a clerk may leave out (序号 always stays). */
const CHOOSABLE = ROSTER_COLUMNS.filter((c) => c.key !== 'seq');
const CHOOSABLE_KEYS = CHOOSABLE.map((c) => c.key) as [RosterColumnKey, ...RosterColumnKey[]];

export const rosterReport = defineReport({
  id: 'roster',
  title: ROSTER_TEXTS.title,
  rowNoun: '人',
  options: z.object({
    groupBy: option(z.enum(['none', 'batch', 'receivingTown']).default('none'), {
      label: ROSTER_TEXTS.groupBy,
      control: {
        kind: 'radio',
        choices: [
          { value: 'none', label: ROSTER_TEXTS.groupNone },
          { value: 'batch', label: ROSTER_TEXTS.groupBatch },
          { value: 'receivingTown', label: ROSTER_TEXTS.groupTown },
        ],
      },
    }),
    columns: option(z.array(z.enum(CHOOSABLE_KEYS)).min(1, ROSTER_TEXTS.columnsRequired).default(() => [...CHOOSABLE_KEYS]), {
      label: ROSTER_TEXTS.columns,
      control: { kind: 'checkboxes', choices: CHOOSABLE.map((c) => ({ value: c.key, label: c.header })) },
    }),
    includeIdCardNo: option(z.boolean().default(false), { control: { kind: 'checkbox', text: ROSTER_TEXTS.includeIdCardNo } }),
  }),
  intro: ({ postingIds }) => (postingIds ? ROSTER_TEXTS.introSelection(postingIds.length) : ROSTER_TEXTS.introAll),
  async load(ctx) {
    const ids = ctx.postingIds ?? (await queryPostingIds(ctx.db, { statuses: [...ON_POST_STATUSES] }, { key: 'plannedEndDate', desc: false }, ctx.today));
    // A selection comes from the postings list: the roster keeps the order the clerk sees there.
    return { source: await loadPostingSource(ctx.db, ids, ctx.onProgress), site: ctx.site, today: ctx.today, order: ctx.postingIds ? ('given' as const) : ('official' as const) };
  },
  build: (data, options) =>
    buildRoster(data.source, {
      countyName: data.site.countyName,
      reportingUnit: data.site.reportingUnit,
      reportDate: data.today,
      groupBy: options.groupBy,
      columns: options.columns,
      includeIdCardNo: options.includeIdCardNo,
      order: data.order,
    }),
  fileName: (data) => ROSTER_TEXTS.fileName(data.site.countyName, formatDateChinese(data.today)),
});
