import { describe, expect, it } from 'vitest';
import { buildRecordBook, type RecordBookInput } from '@shared/reports/record-book/build';

const input = (over: Partial<RecordBookInput> = {}): RecordBookInput => ({
  countyName: '开江县',
  today: '2026-05-20',
  instructions: '一、按日填写。\n\n二、按月分析。',
  posting: {
    id: 'p1',
    cadreId: 'c1',
    batchId: null,
    type: 'firstSecretary',
    status: 'active',
    startDate: '2026-03-16',
    plannedEndDate: '2028-03-15',
    actualEndDate: null,
    originalPost: '办公室主任',
    originalPositionLevel: null,
    secondedPost: '村党组织第一书记',
    studyPlan: null,
    mentor: '刘书记',
    liaisonLeader: null,
    village: '讲治镇石岭村',
    teamRole: 'firstSecretary',
    receivingUnitId: 'u2',
    dispatchingUnitId: 'u1',
    extensions: [{ newEndDate: '2028-09-15' }],
  },
  cadre: { id: 'c1', name: '张三', sex: '1', birthDate: '1990-01-01', ethnicity: '01', nativePlace: '四川开江', politicalStatus: '01', partyJoinDate: '2012-06', workStartDate: '2012-08', fullTimeEducation: '21', fullTimeDegree: null, inServiceEducation: null, inServiceDegree: null, positionLevel: null, rank: null, phone: null, photo: null, staffCategory: 'civilServant' },
  receivingUnit: { id: 'u2', name: '讲治镇石岭村', shortName: '石岭村', level: 'village' },
  dispatchingUnit: { id: 'u1', name: '开江县财政局', shortName: '县财政局', level: 'county' },
  batch: { name: '2026年驻村第一书记' },
  entries: [
    { id: 'e2', kind: 'daily', date: '2026-05-06', periodStart: null, title: null, content: '走访脱贫户5户', location: '石岭村', outcome: '已完成', selfScore: null },
    { id: 'e1', kind: 'daily', date: '2026-04-02', periodStart: null, title: null, content: '召开村两委会议', location: '村委会', outcome: null, selfScore: null },
    { id: 'g', kind: 'monthlyGoal', date: null, periodStart: '2026-04-01', title: null, content: '完成全村走访', location: null, outcome: null, selfScore: null },
    { id: 'q', kind: 'quarterlySummary', date: null, periodStart: '2026-01-01', title: null, content: '一季度小结', location: null, outcome: null, selfScore: 85 },
    { id: 'd', kind: 'communityDiary', date: '2026-05-03', periodStart: null, title: '走访刘大爷家', content: '解决取暖问题', location: '石岭村', outcome: null, selfScore: null },
  ],
  amendments: [
    { logEntryId: 'e2', amendedOn: '2026-05-12', content: '走访脱贫户8户', location: '石岭村', outcome: '已完成', reason: '户数有误', _hlc: '2' },
    { logEntryId: 'e2', amendedOn: '2026-05-10', content: '走访脱贫户7户', location: '石岭村', outcome: '已完成', reason: '补记', _hlc: '1' },
  ],
  inspections: [{ date: '2026-05-15', inspector: '王建华', inspectorUnit: '县委组织部', scope: ['recordBook', 'interview'], periodFrom: '2026-04-01', periodTo: '2026-05-14', entriesExpected: 30, entriesFound: 2, rating: 'poor', comment: '纪实严重不全', rectificationRequired: true, rectifyBy: '2026-06-15', rectifiedOn: null }],
  attendance: [{ month: '2026-04', summary: { requiredDays: 21, presentDays: 20, officialOutingDays: 1, leaveDays: { personal: 1, sick: 0, other: 0, total: 1 }, absentDays: 0, unrecordedDays: 0, attendanceRate: 95.2 } }],
  attendanceMissing: false,
  leaves: [],
  spotChecks: [],
  assessments: [{ kind: 'endOfTerm', period: 'p1', grade: '1', score: null, assessingUnit: 'joint', hostOpinion: '工作扎实。', homeOpinion: '同意。', orgDeptOpinion: null, selfSummary: '两年来……' }],
  talks: null,
  ...over,
});

describe('the printed 纪实手册', () => {
  it('carries the cover of DOMAIN §3.2 with the county’s 印制 line and the extended term', () => {
    const book = buildRecordBook(input());
    expect(book.cover.title).toBe('驻村第一书记工作纪实手册');
    expect(book.cover.printedBy).toBe('中共开江县委组织部印制');
    expect(book.cover.fields).toEqual([
      ['姓　　名', '张三'],
      ['派出单位及职务', '县财政局办公室主任'],
      ['挂职单位及职务', '石岭村村党组织第一书记'],
      ['挂职期限', '2026年3月16日至2028年9月15日'],
      ['批　　次', '2026年驻村第一书记'],
    ]);
    expect(book.header).toEqual({ name: '张三', unit: '石岭村村党组织第一书记' });
    expect(book.instructions).toEqual(['一、按日填写。', '二、按月分析。']);
  });

  it('prints every month from the start to today, each day with an entry in order, amendments after the original', () => {
    const book = buildRecordBook(input());
    expect(book.months.map((m) => m.title)).toEqual(['2026年3月', '2026年4月', '2026年5月']);
    const [march, april, may] = book.months;
    expect(march!.days).toEqual([]);
    expect(april!.goal.content).toBe('完成全村走访');
    expect(april!.days.map((d) => [d.dayLabel, d.weekday, d.content])).toEqual([['4月2日', '四', '召开村两委会议']]);
    expect(may!.days[0]!.content).toBe('走访脱贫户5户');
    expect(may!.days[0]!.amendments.map((a) => [a.heading, a.content])).toEqual([
      ['【更正】2026年5月10日，原因：补记', '走访脱贫户7户'],
      ['【更正】2026年5月12日，原因：户数有误', '走访脱贫户8户'],
    ]);
  });

  it('fills the later sections from their records', () => {
    const book = buildRecordBook(input());
    expect(book.quarters).toEqual([{ title: '2026年第一季度', content: '一季度小结\n自评分：85', amendments: [] }]);
    expect(book.diary!.map((r) => r.title)).toEqual(['走访刘大爷家']);
    expect(book.attendance.months.rows).toEqual([['2026年4月', '21', '20', '1', '1', '0', '0', '95.2%']]);
    expect(book.inspections).toEqual([
      {
        date: '2026年5月15日',
        inspector: '县委组织部 王建华',
        scope: '纪实手册、座谈了解',
        period: '2026年4月1日至2026年5月14日',
        counts: '30/2',
        rating: '差',
        comment: '纪实严重不全',
        rectification: '要求2026年6月15日前整改；尚未整改',
      },
    ]);
    expect(book.assessments.opinions.map((o) => [o.title, o.text])).toEqual([
      ['接收单位鉴定意见', '工作扎实。'],
      ['派出单位意见', '同意。'],
      ['县委组织部意见', ''],
    ]);
    expect(book.assessments.finalSummary.content).toBe('两年来……');
    expect(book.talks).toBeNull();
    expect(book.plan.goals.map((g) => g.title)).toEqual(['2026年度工作目标', '2027年度工作目标', '2028年度工作目标']);
  });

  it('leaves the 民情日记 out of a posting that is not in a village', () => {
    expect(buildRecordBook(input({ posting: { ...input().posting, type: 'secondmentDown' } })).diary).toBeNull();
  });

  it('a blank book has every day of the whole term and nothing of the records', () => {
    const book = buildRecordBook(input(), { blank: true });
    expect(book.months[0]!.days[0]!.dayLabel).toBe('3月16日');
    expect(book.months.at(-1)!.title).toBe('2028年9月');
    expect(book.months.at(-1)!.days.at(-1)!.dayLabel).toBe('9月15日');
    expect(book.months.flatMap((m) => m.days).every((d) => d.content === '' && d.amendments.length === 0)).toBe(true);
    expect(book.months.every((m) => m.goal.content === '' && m.analysis.content === '')).toBe(true);
    expect(book.inspections).toEqual([]);
    expect(book.attendance.months.rows).toEqual([]);
    expect(book.assessments.opinions.every((o) => o.text === '')).toBe(true);
    expect(book.cover.fields[0]).toEqual(['姓　　名', '张三']);
  });
});
