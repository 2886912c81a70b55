import { describe, expect, it } from 'vitest';
import { amendmentsInOrder, checkAmendment, checkLogEntry, effectiveEntry, entriesToLock, entryPeriod, lockedEntryIssue } from '@shared/domain/rules/record-book-entries';
import { isDatedKind, isKeyedLogKind } from '@shared/domain/rules/record-book-kinds';

const posting = { type: 'secondmentDown', status: 'active', startDate: '2026-03-02', plannedEndDate: '2027-03-01', actualEndDate: null };

describe('纪实 kinds and periods', () => {
  it('files 日纪实 and the free lists under a day; keys every kind but the free lists', () => {
    expect(['daily', 'study', 'research', 'communityDiary'].every(isDatedKind)).toBe(true);
    expect(isDatedKind('monthlyAnalysis')).toBe(false);
    expect(['daily', 'monthlyGoal', 'monthlyAnalysis', 'quarterlySummary', 'annualGoal', 'finalSummary'].every(isKeyedLogKind)).toBe(true);
    expect(['study', 'research', 'communityDiary'].some(isKeyedLogKind)).toBe(false);
  });

  it('gives each periodic kind its week, month, quarter, year or term', () => {
    expect(entryPeriod('weeklySummary', '2026-05-07')).toEqual({ periodStart: '2026-05-04', periodEnd: '2026-05-10' });
    expect(entryPeriod('monthlyAnalysis', '2026-02-14')).toEqual({ periodStart: '2026-02-01', periodEnd: '2026-02-28' });
    expect(entryPeriod('quarterlySummary', '2026-08-31')).toEqual({ periodStart: '2026-07-01', periodEnd: '2026-09-30' });
    expect(entryPeriod('annualGoal', '2026-05-07')).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(entryPeriod('finalSummary', '2026-05-07', posting)).toEqual({ periodStart: '2026-03-02', periodEnd: '2027-03-01' });
  });
});

describe('checkLogEntry', () => {
  const today = '2026-05-20';
  it('accepts a 日纪实 on a day of the posting up to today', () => {
    expect(checkLogEntry({ kind: 'daily', date: '2026-05-20' }, { posting, today })).toEqual([]);
    expect(checkLogEntry({ kind: 'daily', date: '2026-03-02' }, { posting, today })).toEqual([]);
  });
  it('refuses a missing day, a future day, a day outside the posting, and a period entry without its period', () => {
    expect(checkLogEntry({ kind: 'daily' }, { posting, today })).toEqual([{ field: 'date', message: '请填写日期' }]);
    expect(checkLogEntry({ kind: 'study', date: '2026-05-21' }, { posting, today })[0]!.message).toBe('不能填写今天（2026年5月20日）以后的纪实');
    expect(checkLogEntry({ kind: 'daily', date: '2026-03-01' }, { posting, today })[0]!.message).toBe('2026年3月1日早于到岗日期（2026年3月2日），不能填写工作纪实');
    const ended = { ...posting, status: 'completed', actualEndDate: '2026-04-30' };
    expect(checkLogEntry({ kind: 'daily', date: '2026-05-06' }, { posting: ended, today })[0]!.message).toBe('2026年5月6日晚于挂职结束日期（2026年4月30日），不能填写工作纪实');
    expect(checkLogEntry({ kind: 'monthlyGoal' }, { posting, today })).toEqual([{ field: 'periodStart', message: '请选择纪实所属的期间' }]);
  });
  it('keeps the 民情日记 to village postings', () => {
    expect(checkLogEntry({ kind: 'communityDiary', date: '2026-05-06' }, { posting, today })[0]!.message).toBe('民情日记只适用于驻村工作队员和驻村第一书记');
    expect(checkLogEntry({ kind: 'communityDiary', date: '2026-05-06' }, { posting: { ...posting, type: 'villageTeamMember' }, today })).toEqual([]);
  });
});

describe('locks and amendments', () => {
  const entries = [
    { id: 'a', kind: 'daily', date: '2026-05-04', locked: false },
    { id: 'b', kind: 'daily', date: '2026-05-09', locked: false },
    { id: 'c', kind: 'monthlyGoal', periodStart: '2026-05-01', locked: false },
    { id: 'd', kind: 'daily', date: '2026-05-05', locked: true },
    { id: 'e', kind: 'monthlyAnalysis', periodStart: '2026-04-01', locked: false },
  ];
  it('an inspection locks the open entries filed under its period', () => {
    expect(entriesToLock(entries, { from: '2026-05-01', to: '2026-05-08' })).toEqual(['a', 'c']);
  });
  it('a locked entry refuses edits with a message that says how to amend', () => {
    expect(lockedEntryIssue({ kind: 'daily', date: '2026-05-05', locked: true })!.message).toBe(
      '这条纪实（2026年5月5日）已经组织部检查并锁定，不能直接修改或删除；如需更正，请点“更正”填写更正内容和原因，原文将保留',
    );
    expect(lockedEntryIssue({ kind: 'daily', date: '2026-05-05', locked: false })).toBeNull();
  });
  it('the latest amendment is what the entry now says; the order is date, then stamp', () => {
    const entry = { kind: 'daily', date: '2026-05-05', locked: true, content: '原文', location: '石岭村', outcome: null };
    const a1 = { amendedOn: '2026-05-10', content: '第一次更正', _hlc: '2' };
    const a2 = { amendedOn: '2026-05-10', content: '第二次更正', location: '金山村', _hlc: '3' };
    const a0 = { amendedOn: '2026-05-08', content: '最早的更正', _hlc: '9' };
    expect(amendmentsInOrder([a2, a1, a0]).map((a) => a.content)).toEqual(['最早的更正', '第一次更正', '第二次更正']);
    expect(effectiveEntry(entry, [a2, a1, a0])).toEqual({ content: '第二次更正', location: '金山村', outcome: null, amended: true });
    expect(effectiveEntry(entry, [])).toEqual({ content: '原文', location: '石岭村', outcome: null, amended: false });
    expect(checkAmendment(entry, [a1], { amendedOn: '2026-05-04', content: '新的' }, '2026-05-20')[0]!.message).toBe('更正日期不能早于纪实日期（2026年5月5日）');
    expect(checkAmendment(entry, [a1], { amendedOn: '2026-05-21', content: '新的' }, '2026-05-20')[0]!.message).toBe('更正日期不能晚于今天（2026年5月20日）');
    expect(checkAmendment(entry, [a1], { amendedOn: '2026-05-20', content: '第一次更正 ' }, '2026-05-20')[0]!.message).toBe('更正内容与现有内容相同，请修改后再保存');
    expect(checkAmendment(entry, [a1], { amendedOn: '2026-05-20', content: '新的' }, '2026-05-20')).toEqual([]);
  });
});
