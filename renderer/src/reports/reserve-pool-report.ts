// 后备干部库名册 (DOMAIN §2.16): the entries of the reserve pool.
import { z } from 'zod';
import { formatDateChinese } from '@shared/domain/dates';
import { buildReserveRegister } from '@shared/reports/reserve-pool';
import { listReservePool } from '../db/queries/reserve-pool';
import { defineReport, option } from './report-definition';
import { RESERVE_TEXTS as T } from './texts';

export const reservePoolReport = defineReport({
  id: 'reserve-pool',
  title: T.title,
  rowNoun: '人',
  options: z.object({
    status: option(z.enum(['in', 'all']).default('in'), { label: T.status, control: { kind: 'radio', choices: [{ value: 'in', label: T.inOnly }, { value: 'all', label: T.all }] } }),
  }),
  async load(ctx, o) {
    const rows = await listReservePool(ctx.db, o.status === 'in' ? 'in' : undefined);
    return {
      rows: rows.map((r) => ({
        name: r.cadre?.name ?? '',
        sex: r.cadre?.sex ?? null,
        birthDate: r.cadre?.birthDate ?? null,
        politicalStatus: r.cadre?.politicalStatus ?? null,
        fullTimeEducation: r.cadre?.fullTimeEducation ?? null,
        homePost: r.homePost,
        sourcePost: r.sourcePost,
        addedOn: r.entry.addedOn,
        basis: r.entry.basis,
        status: r.entry.status,
        note: r.entry.note,
      })),
      site: ctx.site,
      today: ctx.today,
    };
  },
  build: (data) => buildReserveRegister(data.rows, { countyName: data.site.countyName, reportingUnit: data.site.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.fileName(data.site.countyName, formatDateChinese(data.today)),
});
