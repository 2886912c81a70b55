// 谈话提醒登记表 (DOMAIN §4.7): the talks of a year. Restricted: listed and exported only on a 组织部
// PC; listTalks refuses elsewhere.
import { z } from 'zod';
import { buildTalkRegister } from '@shared/reports/talk-register';
import { listTalks } from '../db/queries/talks';
import { yearOption } from './period-options';
import { defineReport } from './report-definition';
import { TALK_REPORT_TEXTS as T } from './texts';

export const talkReport = defineReport({
  id: 'talks',
  title: T.title,
  rowNoun: '次',
  restricted: true,
  options: z.object({ year: yearOption() }),
  intro: () => T.intro,
  async load(ctx, o) {
    const talks = (await listTalks(ctx.db)).filter((t) => (t.talk.heldDate ?? t.talk.scheduledDate).startsWith(o.year));
    return { talks: talks.map((t) => ({ ...t.talk, name: t.name, post: t.post })), year: o.year, site: ctx.site, today: ctx.today };
  },
  build: (data) => buildTalkRegister(data.talks, { countyName: data.site.countyName, reportingUnit: data.site.reportingUnit, reportDate: data.today, periodLabel: T.yearLabel(data.year) }),
  fileName: (data) => T.fileName(data.site.countyName, data.year),
});
