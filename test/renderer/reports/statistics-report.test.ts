import { describe, expect, it } from 'vitest';
import { headerPaths, sheetTitle } from '@shared/reports/document/inspect';
import { isGroupRow, WorkbookDocumentSchema, type DataRow } from '@shared/reports/document/schema';
import { loadSample } from '../../../renderer/src/db/operations';
import { statisticsReport } from '../../../renderer/src/reports/statistics-report';
import { newStore } from '../db/test-store';

const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };
const CUTOFF = '2026-06-30';

/*
 * The 统计表 against counts computed here from the raw records, without the statistics rule: who
 * was on post at the cut-off date (one posting per person, the later one), sex from the ID number,
 * age by birthday, bands and classes by their codes.
 */
const TYPE_ROWS: Record<string, string[]> = {
  上挂: ['secondmentUp'],
  下派: ['secondmentDown'],
  双向互派: ['pairedExchange', 'mutualDispatch'],
  外派: ['outbound'],
  交流任职: ['exchangeAppointment'],
  驻村工作队员: ['villageTeamMember'],
  第一书记: ['firstSecretary'],
  其他: ['other'],
};

type Counts = Record<string, number>;

function age(birth: string, at: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  return ay! - by! - (am! < bm! || (am === bm && ad! < bd!) ? 1 : 0);
}

function count(people: { sexDigit: number; ethnicity: string | null; political: string | null; birth: string; edu: string; level: string; reserve: boolean }[]): Counts & { avg: number | null } {
  const c: Counts = {};
  const add = (k: string) => (c[k] = (c[k] ?? 0) + 1);
  let ageSum = 0;
  for (const p of people) {
    add('总人数');
    add(p.sexDigit % 2 === 1 ? '男' : '女');
    if (p.ethnicity === '01') add('汉族');
    else if (p.ethnicity && p.ethnicity !== '97' && p.ethnicity !== '98') add('少数民族');
    if (p.political === '01' || p.political === '02') add('中共党员（含预备）');
    else if (p.political) add('党外');
    const a = age(p.birth, CUTOFF);
    ageSum += a;
    add(a <= 30 ? '30岁及以下' : a <= 35 ? '31—35岁' : a <= 40 ? '36—40岁' : a <= 45 ? '41—45岁' : a <= 50 ? '46—50岁' : '51岁及以上');
    const e = Number(p.edu);
    add(e < 20 ? '研究生' : e < 30 ? '大学本科' : e < 40 ? '大学专科' : '中专及以下');
    const l = Number(p.level);
    add(l <= 132 ? '县处级' : l === 141 ? '乡科级正职' : l === 142 ? '乡科级副职' : '科员及以下');
    if (p.reserve) add('后备干部');
  }
  return Object.assign(c, { avg: people.length ? Math.round((ageSum / people.length) * 10) / 10 : null });
}

describe('挂职干部情况统计表 against independently computed counts', () => {
  it('every row and the 合计 row match counts made from the records, with 平均年龄 to one decimal', async () => {
    const store = await newStore();
    await loadSample(store, 400);
    const postings = (await store.db.postings.toArray()).filter((p) => !p._deleted);
    const cadres = new Map((await store.db.cadres.toArray()).map((c) => [c.id, c]));
    const reserve = (await store.db.reservePool.toArray()).filter((e) => !e._deleted && e.status === 'in' && e.addedOn <= CUTOFF);

    const onPost = postings.filter((p) => {
      if (['proposed', 'approved', 'cancelled'].includes(p.status)) return false;
      const end = p.actualEndDate ?? (['active', 'extended'].includes(p.status) ? '9999-12-31' : p.plannedEndDate);
      return p.startDate <= CUTOFF && end >= CUTOFF;
    });
    const perCadre = new Map<string, (typeof onPost)[number]>();
    for (const p of onPost) if (!perCadre.has(p.cadreId) || perCadre.get(p.cadreId)!.startDate < p.startDate) perCadre.set(p.cadreId, p);
    const person = (p: (typeof onPost)[number]) => {
      const c = cadres.get(p.cadreId)!;
      return {
        sexDigit: Number(c.idCardNo![16]), // every sample cadre has an ID number
        ethnicity: c.ethnicity,
        political: c.politicalStatus,
        birth: c.birthDate,
        edu: c.fullTimeEducation ?? '99',
        level: c.positionLevel ?? p.originalPositionLevel ?? '999',
        reserve: !!c.isReserveCadre || reserve.some((e) => e.cadreId === c.id),
      };
    };
    const expected = new Map(Object.entries(TYPE_ROWS).map(([label, types]) => [label, count([...perCadre.values()].filter((p) => types.includes(p.type)).map(person))]));
    expected.set('合计', count([...perCadre.values()].map(person)));
    expect(expected.get('合计')!.总人数).toBeGreaterThan(100);

    const options = statisticsReport.options.parse({ cutoffDate: CUTOFF, withShare: true });
    const doc = statisticsReport.build(await statisticsReport.load({ db: store.db, site: SITE, today: '2026-07-05' }, options), options);
    expect(WorkbookDocumentSchema.safeParse(doc).error).toBeUndefined();
    const [sheet] = doc.sheets;
    expect(sheetTitle(sheet!.head)).toBe('开江县挂职干部情况统计表（截至2026年6月30日）');
    const paths = headerPaths(sheet!.head);
    expect(paths.slice(0, 4)).toEqual([['挂职类型'], ['总人数'], ['性别', '男'], ['性别', '女']]);
    expect(paths).toContainEqual(['年龄', '平均年龄']);
    const labels = paths.map((p) => p.at(-1)!);
    const rows = sheet!.rows.filter((r): r is DataRow => !isGroupRow(r));
    for (const [label, want] of expected) {
      const row = rows.find((r) => r.cells[0] === label)!;
      expect(row, label).toBeDefined();
      for (const [col, value] of Object.entries(want)) {
        if (col === 'avg') expect(row.cells[labels.indexOf('平均年龄')], `${label} 平均年龄`).toBe(value);
        else expect(row.cells[labels.indexOf(col === '后备干部' ? '后备干部' : col)], `${label} ${col}`).toBe(value);
      }
      for (const col of labels.slice(1)) if (col !== '平均年龄' && !(col in want)) expect(row.cells[labels.indexOf(col)], `${label} ${col}`).toBe(0);
    }
    const share = rows.find((r) => r.cells[0] === '占比（%）')!;
    const total = expected.get('合计')!;
    expect((share.cells[labels.indexOf('女')] as { value: number }).value).toBe(Math.round(((total['女'] ?? 0) / total.总人数!) * 1000) / 10);
  });

  it('counts the same people by dispatching-unit class and by township', async () => {
    const store = await newStore();
    await loadSample(store, 120);
    const totals = [];
    for (const grouping of ['postingType', 'dispatchingClass', 'receivingTownship'] as const) {
      const options = statisticsReport.options.parse({ grouping, cutoffDate: CUTOFF });
      const doc = statisticsReport.build(await statisticsReport.load({ db: store.db, site: SITE, today: '2026-07-05' }, options), options);
      const rows = doc.sheets[0]!.rows.filter((r): r is DataRow => !isGroupRow(r));
      const sum = rows.filter((r) => r.style !== 'total').reduce((s, r) => s + (r.cells[1] as number), 0);
      const total = rows.find((r) => r.style === 'total')!.cells[1];
      expect(sum, grouping).toBe(total);
      totals.push(total);
    }
    expect(new Set(totals).size).toBe(1);
  });
});
