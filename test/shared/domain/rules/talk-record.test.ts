import { describe, expect, it } from 'vitest';
import { proposeTalks } from '@shared/domain/rules/talk';
import { canSeeTalks, checkTalkRecord, proposalAlerts, talkAlerts } from '@shared/domain/rules/talk-record';

describe('who sees talk records (DOMAIN §7.7)', () => {
  it('only a 组织部 PC', () => {
    expect(canSeeTalks('orgDept')).toBe(true);
    expect(canSeeTalks('receiving')).toBe(false);
    expect(canSeeTalks('dispatching')).toBe(false);
    expect(canSeeTalks(undefined)).toBe(false);
  });
});

describe('what a talk must contain', () => {
  const planned = { status: 'planned', scheduledDate: '2026-11-20' };
  it('a planned talk needs only its date', () => {
    expect(checkTalkRecord(planned, '2026-11-30')).toEqual([]);
  });

  it('a held talk needs its date (not in the future), the gist and the response', () => {
    expect(checkTalkRecord({ ...planned, status: 'held' }, '2026-11-30')).toEqual([
      { field: 'heldDate', message: '请填写谈话日期' },
      { field: 'content', message: '请填写谈话内容' },
      { field: 'response', message: '请填写本人表态' },
    ]);
    expect(checkTalkRecord({ ...planned, status: 'held', heldDate: '2026-12-02', content: '指出问题', response: '诚恳接受' }, '2026-11-30')).toEqual([
      { field: 'heldDate', message: '谈话日期2026年12月2日晚于今天，谈话后再记录' },
    ]);
  });

  it('a closed talk needs the follow-up result; a follow-up is not before the talk', () => {
    const held = { ...planned, status: 'closed', heldDate: '2026-11-21', content: '指出问题', response: '诚恳接受', followUpDate: '2026-11-20' };
    expect(checkTalkRecord(held, '2026-11-30')).toEqual([
      { field: 'followUpResult', message: '办结前请填写跟踪回访情况' },
      { field: 'followUpDate', message: '跟踪回访日期不能早于谈话日期2026年11月21日' },
    ]);
  });
});

describe('talk reminders on 概览', () => {
  const talk = { id: 't1', cadreId: 'c1', postingId: 'p1', name: '张三', scheduledDate: '2026-11-20', followUpDate: null, followUpResult: null };
  it('a planned talk past its date, and a follow-up that has come', () => {
    const alerts = talkAlerts(
      [
        { ...talk, status: 'planned' },
        { ...talk, id: 't2', status: 'held', heldDate: '2026-11-10', followUpDate: '2026-11-30' },
        { ...talk, id: 't3', status: 'held', heldDate: '2026-11-01', followUpDate: '2026-11-20' },
        { ...talk, id: 't4', status: 'held', heldDate: '2026-11-01', followUpDate: '2026-11-20', followUpResult: '已改正' },
        { ...talk, id: 't5', status: 'planned', scheduledDate: '2026-12-01' },
      ],
      '2026-11-30',
    );
    expect(alerts.map((a) => [a.kind, a.severity, a.link?.params?.id, a.days])).toEqual([
      ['talkOverdue', 'amber', 't1', -10],
      ['talkFollowUp', 'yellow', 't2', 0],
      ['talkFollowUp', 'amber', 't3', -10],
    ]);
    expect(alerts[0]!.message).toBe('对张三的谈话原定2026年11月20日进行，尚未记录谈话情况');
  });

  it('a proposal says why and by when, and leads to the 谈话提醒 tab', () => {
    const proposals = proposeTalks({
      today: '2026-11-30',
      postings: [{ id: 'p1', cadreId: 'c1', name: '张三' }],
      blackLists: [
        { month: '2026-09', postingIds: ['p1'] },
        { month: '2026-10', postingIds: ['p1'] },
      ],
      existingTalks: [],
    });
    const [alert] = proposalAlerts(proposals, '2026-11-30');
    expect(alert).toMatchObject({ kind: 'talkProposed', postingId: 'p1', days: 3, link: { section: 'assessment', tab: 'talks', params: { propose: 'weeklyBottom:2026-10', posting: 'p1' } } });
    expect(alert!.message).toBe('张三连续两个月（2026年9月、10月）列入周考评黑榜，建议2026年12月3日前进行提醒谈话');
  });
});
