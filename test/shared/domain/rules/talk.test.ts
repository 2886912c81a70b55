import { describe, expect, it } from 'vitest';
import { type TalkTriggerInput, proposeTalks } from '@shared/domain/rules/talk';

const base: TalkTriggerInput = {
  today: '2026-04-03',
  postings: [
    { id: 'p1', cadreId: 'c1', name: '张三' },
    { id: 'p2', cadreId: 'c2', name: '李四' },
  ],
  existingTalks: [],
};

describe('proposed reminder talks', () => {
  it('proposes a talk for the black list twice in a row, with its reason and a suggested date', () => {
    const talks = proposeTalks({
      ...base,
      blackLists: [
        { month: '2026-03', postingIds: ['p1', 'p2'] },
        { month: '2026-02', postingIds: ['p1'] },
      ],
    });
    expect(talks).toEqual([
      {
        cadreId: 'c1',
        postingId: 'p1',
        kind: 'reminder',
        trigger: 'weeklyBottom',
        triggerKey: 'weeklyBottom:2026-03',
        eventDate: '2026-03-31',
        reason: '张三连续两个月（2026年2月、3月）列入周考评黑榜',
        // Friday 3 April + 3 working days, over the 清明节 holiday (4–6 April).
        suggestedDate: '2026-04-09',
      },
    ]);
  });

  it('proposes talks for a spot-check absence, an overstayed leave and a poor inspection', () => {
    const talks = proposeTalks({
      ...base,
      spotChecks: [
        { postingId: 'p2', date: '2026-03-20', result: 'absentUnexcused' },
        { postingId: 'p2', date: '2026-03-25', result: 'onDuty' },
      ],
      overstayedLeaves: [{ postingId: 'p1', leaveRequestId: 'L7', dueDate: '2026-03-13' }],
      inspections: [
        { id: 'i1', postingId: 'p1', date: '2026-03-30', rating: 'poor' },
        { id: 'i2', postingId: 'p2', date: '2026-03-30', rating: 'average' },
      ],
    });
    expect(talks.map((t) => [t.trigger, t.postingId, t.triggerKey, t.reason])).toEqual([
      ['leaveOverstay', 'p1', 'leaveOverstay:L7', '张三请假期满未按时销假（应于2026年3月13日前销假）'],
      ['spotCheckAbsence', 'p2', 'spotCheckAbsence:2026-03-20', '李四在2026年3月20日的明查暗访中无故不在岗'],
      ['recordBookPoor', 'p1', 'recordBookPoor:i1', '张三的纪实手册在2026年3月30日的检查中评价为“差”'],
    ]);
  });

  it('does not propose a talk already planned or held for the same trigger and event', () => {
    const input: TalkTriggerInput = {
      ...base,
      spotChecks: [
        { postingId: 'p2', date: '2026-03-20', result: 'absentUnexcused' },
        { postingId: 'p2', date: '2026-04-01', result: 'absentUnexcused' },
      ],
      blackLists: [
        { month: '2026-02', postingIds: ['p1'] },
        { month: '2026-03', postingIds: ['p1'] },
        { month: '2026-04', postingIds: ['p1'] },
      ],
      today: '2026-05-06',
    };
    const existingTalks = [
      // Held after the first absence, before the second: covers the first only.
      { cadreId: 'c2', postingId: 'p2', trigger: 'spotCheckAbsence', scheduledDate: '2026-03-24' },
      // Recorded with its key: covers exactly the February–March listing.
      { cadreId: 'c1', postingId: 'p1', trigger: 'weeklyBottom', scheduledDate: '2026-05-08', triggerKey: 'weeklyBottom:2026-03' },
      // A talk of another trigger covers nothing here.
      { cadreId: 'c1', postingId: 'p1', trigger: 'complaint', scheduledDate: '2026-05-01' },
    ];
    const talks = proposeTalks({ ...input, existingTalks });
    expect(talks.map((t) => t.triggerKey)).toEqual(['spotCheckAbsence:2026-04-01', 'weeklyBottom:2026-04']);
    expect(talks[1]!.reason).toBe('张三连续两个月（2026年3月、4月）列入周考评黑榜');
    expect(proposeTalks(input)).toHaveLength(4);
  });

  it('names both years when the two months straddle New Year', () => {
    const talks = proposeTalks({ ...base, today: '2026-02-02', blackLists: [{ month: '2025-12', postingIds: ['p1'] }, { month: '2026-01', postingIds: ['p1'] }] });
    expect(talks[0]!.reason).toBe('张三连续两个月（2025年12月、2026年1月）列入周考评黑榜');
  });

  it('still suggests a date in a year without holiday data', () => {
    const talks = proposeTalks({ ...base, today: '2027-03-01', spotChecks: [{ postingId: 'p1', date: '2027-02-26', result: 'absentUnexcused' }] });
    expect(talks[0]!.suggestedDate).toBe('2027-03-04');
  });
});
