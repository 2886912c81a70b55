// 年度考核结果汇总表 (DOMAIN §4.7): a year's annual grades, the county or one township.
import { z } from 'zod';
import { buildAnnualSummary } from '@shared/reports/annual-assessment';
import { descendantIds } from '@shared/domain/unit-tree';
import { listAssessments } from '../db/queries/assessments';
import { listUnits } from '../db/queries/units';
import { townshipOption, yearOption } from './period-options';
import { defineReport } from './report-definition';
import { ANNUAL_TEXTS as T } from './texts';

export const annualAssessmentReport = defineReport({
  id: 'annual-assessment',
  title: T.title,
  rowNoun: '人',
  options: z.object({ year: yearOption(), township: townshipOption() }),
  async load(ctx, o) {
    const units = await listUnits(ctx.db);
    const inScope = o.township ? descendantIds(units, o.township) : undefined;
    const rows = (await listAssessments(ctx.db, { kind: 'annual', year: o.year })).filter((r) => !inScope || (r.posting && inScope.has(r.posting.receivingUnitId)));
    const township = units.find((u) => u.id === o.township);
    return {
      rows: rows.map((r) => ({
        name: r.cadre?.name ?? '',
        sex: r.cadre?.sex ?? null,
        birthDate: r.cadre?.birthDate ?? null,
        staffCategory: r.cadre?.staffCategory ?? null,
        homePost: r.homePost,
        hostPost: r.hostPost,
        postingType: r.posting?.type ?? '',
        grade: r.assessment.grade,
        assessingUnit: r.assessment.assessingUnit,
        capOverrideReason: r.assessment.capOverrideReason,
      })),
      year: o.year,
      scopeLabel: township ? township.shortName || township.name : '',
      site: ctx.site,
      today: ctx.today,
    };
  },
  build: (data) => buildAnnualSummary(data.rows, { countyName: data.site.countyName, reportingUnit: data.site.reportingUnit, reportDate: data.today, year: data.year, scopeLabel: data.scopeLabel }),
  fileName: (data) => T.fileName(data.site.countyName, data.scopeLabel, data.year),
});
