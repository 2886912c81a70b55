import { describe, expect, it } from 'vitest';
import { type StatsCadre, type StatsPosting, type StatsUnit, cadreStatistics, onPostAt } from '@shared/domain/rules/statistics';

const CUTOFF = '2026-06-30';

const units: StatsUnit[] = [
  { id: 'county', name: '开江县', level: 'county', kind: 'other' },
  { id: 'zzb', name: '中共开江县委组织部', parentId: 'county', level: 'county', kind: 'partyOrgan' },
  { id: 'fgj', name: '开江县发展和改革局', parentId: 'county', level: 'county', kind: 'govOrgan' },
  { id: 'yy', name: '开江县人民医院', parentId: 'county', level: 'county', kind: 'institution' },
  { id: 'ct', name: '开江县城市建设投资有限公司', parentId: 'county', level: 'county', kind: 'soe' },
  { id: 'jz', name: '讲治镇', parentId: 'county', level: 'township', kind: 'township', sortOrder: 2 },
  { id: 'cg', name: '城关镇', parentId: 'county', level: 'township', kind: 'township', sortOrder: 1 },
  { id: 'sl', name: '石岭村', parentId: 'jz', level: 'village', kind: 'village' },
  { id: 'xf', name: '成都市成华区信访局', level: 'external', kind: 'govOrgan', isInCounty: false },
  { id: 'sfgw', name: '达州市发展和改革委员会', level: 'city', kind: 'govOrgan', isInCounty: false },
];

const cadre = (id: string, name: string, sex: string, ethnicity: string, politicalStatus: string, birthDate: string, fullTimeEducation: string | null, positionLevel: string | null, extra: Partial<StatsCadre> = {}): StatsCadre => ({
  id,
  name,
  sex,
  ethnicity,
  politicalStatus,
  birthDate,
  fullTimeEducation,
  positionLevel,
  ...extra,
});

const cadres: StatsCadre[] = [
  cadre('c1', '张一', '1', '01', '01', '1996-07-01', '21', '150'),
  cadre('c2', '李二', '2', '01', '02', '1990-06-30', '14', '142', { isReserveCadre: true }),
  cadre('c3', '王三', '1', '06', '13', '1985-12-15', '31', '141'),
  cadre('c4', '赵四', '2', '01', '03', '1998-01-20', '41', null, { rank: 'R11' }),
  cadre('c5', '钱五', '1', '01', '01', '1975-03-10', '21', '132'),
  cadre('c6', '孙六', '2', '03', '05', '1983-08-08', '11', null, { rank: 'R07' }),
  cadre('c7', '周七', '1', '01', '01', '1979-01-01', null, '142', { inServiceEducation: '21' }),
  cadre('c8', '吴八', '1', '01', '01', '1992-05-05', '21', '150'),
  cadre('c9', '郑九', '1', '01', '01', '1995-06-30', '22', null),
  cadre('c10', '冯十', '2', '01', '01', '1990-01-01', '21', '150'),
  cadre('c11', '陈十一', '1', '01', '01', '1991-01-01', '21', '150'),
  cadre('c12', '褚十二', '1', '01', '01', '1988-02-02', '21', '142'),
  cadre('c14', '蒋十四', '1', '01', '01', '1986-09-09', '21', '150'),
];

const posting = (id: string, cadreId: string, type: string, dispatchingUnitId: string, receivingUnitId: string, extra: Partial<StatsPosting> = {}): StatsPosting => ({
  id,
  cadreId,
  type,
  status: 'active',
  startDate: '2025-03-01',
  plannedEndDate: '2027-02-28',
  actualEndDate: null,
  dispatchingUnitId,
  receivingUnitId,
  ...extra,
});

const postings: StatsPosting[] = [
  posting('p1', 'c1', 'secondmentDown', 'fgj', 'cg'),
  posting('p1old', 'c1', 'secondmentDown', 'fgj', 'jz', { status: 'completed', startDate: '2023-03-01', plannedEndDate: '2025-02-28', actualEndDate: '2025-02-28' }),
  posting('p2', 'c2', 'villageTeamMember', 'zzb', 'sl'),
  posting('p3', 'c3', 'firstSecretary', 'yy', 'sl'),
  posting('p4', 'c4', 'secondmentUp', 'cg', 'sfgw'),
  // Past its planned end but still on post (extended, not yet closed): counts.
  posting('p5', 'c5', 'exchangeAppointment', 'fgj', 'jz', { status: 'extended', plannedEndDate: '2026-06-01' }),
  posting('p6', 'c6', 'outbound', 'ct', 'xf'),
  posting('p7', 'c7', 'pairedExchange', 'cg', 'zzb'),
  posting('p8', 'c8', 'mutualDispatch', 'xf', 'jz'),
  posting('p9', 'c9', 'other', 'yy', 'cg', { originalPositionLevel: '150' }),
  // Ended before the cut-off, only proposed, or starting after it: not counted.
  posting('p10', 'c10', 'villageTeamMember', 'zzb', 'sl', { status: 'completed', actualEndDate: '2026-05-31' }),
  posting('p11', 'c11', 'secondmentDown', 'fgj', 'cg', { status: 'proposed', startDate: '2026-06-01' }),
  posting('p12', 'c12', 'villageTeamMember', 'zzb', 'sl', { startDate: '2026-07-01' }),
  // One cadre with two postings on post: the later one counts.
  posting('p14a', 'c14', 'villageTeamMember', 'zzb', 'sl', { startDate: '2025-01-01' }),
  posting('p14b', 'c14', 'secondmentDown', 'cg', 'cg', { startDate: '2026-01-01' }),
];

const reservePool = [
  { cadreId: 'c5', status: 'in', addedOn: '2026-01-01' },
  { cadreId: 'c8', status: 'in', addedOn: '2026-07-15' },
  { cadreId: 'c9', status: 'removed', addedOn: '2025-01-01' },
];

const build = (grouping: 'postingType' | 'dispatchingClass' | 'receivingTownship', extra = {}) =>
  cadreStatistics({ cutoffDate: CUTOFF, grouping, postings, cadres, units, reservePool, ...extra });

/*
 * Counted by hand at 2026-06-30 (ten people: 张一 29, 李二 36, 王三 40, 赵四 28, 钱五 51, 孙六 42,
 * 周七 47, 吴八 34, 郑九 31, 蒋十四 39; ages sum to 377 → average 37.7):
 */
const EXPECTED_TOTAL = {
  total: 10,
  male: 7,
  female: 3,
  han: 8,
  minority: 2,
  cpc: 7,
  nonCpc: 3,
  age30: 2,
  age31to35: 2,
  age36to40: 3,
  age41to45: 1,
  age46to50: 1,
  age51: 1,
  averageAge: 37.7,
  postgraduate: 2,
  bachelor: 5,
  college: 1,
  secondary: 1,
  countyLevel: 1,
  townshipChief: 2,
  townshipDeputy: 2,
  staffLevel: 5,
  reserve: 2,
};

describe('挂职干部情况统计表', () => {
  it('counts the people on post at the cut-off date by posting type', () => {
    const t = build('postingType');
    expect(t.total.values).toEqual(EXPECTED_TOTAL);
    expect(t.rows.map((r) => [r.label, r.values.total])).toEqual([
      ['上挂', 1],
      ['下派', 2],
      ['双向互派', 2],
      ['外派', 1],
      ['交流任职', 1],
      ['驻村工作队员', 1],
      ['第一书记', 1],
      ['其他', 1],
    ]);
    const down = t.rows[1]!;
    expect(down.postingIds).toEqual(['p1', 'p14b']);
    expect([down.values.male, down.values.averageAge, down.values.bachelor, down.values.staffLevel]).toEqual([2, 34, 2, 2]);
    const paired = t.rows[2]!;
    expect([paired.values.averageAge, paired.values.townshipDeputy, paired.values.staffLevel]).toEqual([40.5, 1, 1]);
    expect(t.notes).toEqual(['蒋十四同时有2条在岗挂职，按2026年1月1日开始的一条统计', '1人未填写全日制学历，未计入学历各列']);
  });

  it('adds up: every column of 合计 is the sum of the rows', () => {
    for (const grouping of ['postingType', 'dispatchingClass', 'receivingTownship'] as const) {
      const t = build(grouping);
      for (const [key, value] of Object.entries(t.total.values)) {
        if (key === 'averageAge') continue;
        expect(t.rows.reduce((s, r) => s + (r.values[key as keyof typeof t.total.values] ?? 0), 0), `${grouping} ${key}`).toBe(value);
      }
    }
  });

  it('groups by the class of the dispatching unit', () => {
    expect(build('dispatchingClass').rows.map((r) => [r.label, r.values.total])).toEqual([
      ['党群机关', 1],
      ['政府部门', 2],
      ['事业单位', 2],
      ['国有企业', 1],
      ['乡镇（街道）', 3],
      ['县外单位', 1],
      ['其他', 0],
    ]);
  });

  it('groups by receiving township, villages under their township, in the clerk’s order', () => {
    expect(build('receivingTownship').rows.map((r) => [r.label, r.values.total, r.postingIds])).toEqual([
      ['城关镇', 3, ['p1', 'p9', 'p14b']],
      ['讲治镇', 4, ['p2', 'p3', 'p5', 'p8']],
      ['县直及其他单位', 3, ['p4', 'p6', 'p7']],
    ]);
  });

  it('gives the 占比 row and counts the higher of 全日制 and 在职 education when asked', () => {
    const t = build('postingType', { withShare: true, educationBasis: 'highest' });
    expect(t.share?.label).toBe('占比（%）');
    expect(t.share?.values).toMatchObject({ total: 100, male: 70, female: 30, minority: 20, age36to40: 30, averageAge: null, bachelor: 60, reserve: 20 });
    expect(t.total.values.bachelor).toBe(6);
    expect(t.notes).toEqual(['蒋十四同时有2条在岗挂职，按2026年1月1日开始的一条统计']);
  });

  it('notes values it could not count', () => {
    const incomplete = [...cadres.filter((c) => c.id !== 'c1'), { ...cadres[0]!, sex: '9', ethnicity: '97', politicalStatus: null, birthDate: null }];
    const t = cadreStatistics({ cutoffDate: CUTOFF, grouping: 'postingType', postings, cadres: incomplete, units });
    expect([t.total.values.total, t.total.values.male, t.total.values.han, t.total.values.cpc, t.total.values.age30]).toEqual([10, 6, 7, 6, 1]);
    expect(t.total.values.averageAge).toBe(38.7);
    expect(t.notes).toEqual([
      '蒋十四同时有2条在岗挂职，按2026年1月1日开始的一条统计',
      '1人性别未填写或未说明，未计入男、女',
      '1人民族为“其他”或外国血统中国籍人士，未计入汉族、少数民族',
      '1人未填写政治面貌，未计入党员、党外',
      '1人未填写出生日期，未计入年龄各列和平均年龄',
      '1人未填写全日制学历，未计入学历各列',
    ]);
  });

  it('knows who is on post on a date', () => {
    expect(onPostAt(postings[0]!, '2025-03-01')).toBe(true);
    expect(onPostAt(postings[0]!, '2025-02-28')).toBe(false);
    expect(onPostAt(postings[1]!, '2025-02-28')).toBe(true);
    expect(onPostAt(postings[1]!, '2025-03-01')).toBe(false);
    expect(onPostAt({ status: 'approved', startDate: '2025-01-01', plannedEndDate: '2027-01-01' }, '2026-01-01')).toBe(false);
  });
});
