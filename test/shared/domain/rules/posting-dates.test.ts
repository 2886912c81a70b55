import { describe, expect, it } from 'vitest';
import { actionDateIssues, registrationDateIssues, statusForStart, type PostingDates } from '@shared/domain/rules/posting-dates';

const TODAY = '2026-11-21';
const posting: PostingDates = { status: 'active', startDate: '2024-11-16', plannedEndDate: '2026-11-15' };
const messages = (issues: { message: string }[]) => issues.map((i) => i.message);

describe('lifecycle dates of a posting (one rule for forms, operations and the import)', () => {
  it('a posting entered as 在岗 that starts tomorrow is stored as 已批准（待到岗）', () => {
    expect(statusForStart('active', '2026-11-22', TODAY)).toBe('approved');
    expect(statusForStart('active', TODAY, TODAY)).toBe('active');
    expect(statusForStart('proposed', '2027-03-01', TODAY)).toBe('proposed');
    expect(statusForStart('active', '2026.13.01', TODAY)).toBe('active');
  });

  it('registration: end before start, an 在岗 posting starting in the future, a term beyond 120 months, an end far ahead', () => {
    expect(messages(registrationDateIssues({ ...posting, plannedEndDate: '2024-01-01', actualEndDate: '2001-01-01' }, TODAY))).toEqual([
      '期满日期（2024.01.01）不能早于到岗日期（2024.11.16）',
      '实际结束日期（2001.01.01）不能早于到岗日期（2024.11.16）',
    ]);
    expect(messages(registrationDateIssues({ ...posting, startDate: '2026-12-01', plannedEndDate: '2028-11-30' }, TODAY))).toEqual([
      '到岗日期（2026.12.01）晚于今天，尚未到岗的挂职应为“已批准”，到岗后再办理“到岗”',
    ]);
    expect(registrationDateIssues({ ...posting, status: 'approved', startDate: '2026-12-01', plannedEndDate: '2028-11-30' }, TODAY)).toEqual([]);
    expect(messages(registrationDateIssues({ ...posting, plannedEndDate: '2035-01-01' }, TODAY))).toEqual(['期满日期（2035.01.01）距到岗日期超过120个月（最长期限），请核对']);
    expect(messages(registrationDateIssues({ ...posting, status: 'terminated', actualEndDate: '2027-03-01' }, TODAY))).toEqual([
      '实际结束日期（2027.03.01）晚于今天100天，最多只能提前31天登记，请核对',
    ]);
  });

  it('never throws on a date that is not a date, whatever the action', () => {
    const broken = { status: 'active', startDate: 'x', plannedEndDate: '2026-13-40', actualEndDate: '201.06' };
    expect(() => registrationDateIssues(broken, TODAY)).not.toThrow();
    for (const a of [
      { action: 'activate', startDate: '2099.13' },
      { action: 'extend', newEndDate: '', decidedOn: '2024.2.30' },
      { action: 'terminate', actualEndDate: '201.06' },
      { action: 'replace', startDate: 'abc', recalledEnd: '' },
    ] as const) {
      const r = actionDateIssues(posting, a, TODAY);
      expect(r.errors.length, a.action).toBeGreaterThan(0);
    }
    expect(messages(actionDateIssues(posting, { action: 'extend', newEndDate: '', decidedOn: '2024.2.30' }, TODAY).errors)).toEqual([
      '请填写延期后的期满日期',
      '批准日期“2024.2.30”不是有效日期，请按 2024.05.06 的格式填写',
    ]);
  });

  it('提前结束 cannot end before the posting started, years ahead, or on/after the planned end', () => {
    const end = (actualEndDate: string) => messages(actionDateIssues(posting, { action: 'terminate', actualEndDate }, TODAY).errors);
    expect(end('2001-01-01')).toEqual(['实际结束日期（2001.01.01）不能早于到岗日期（2024.11.16）']);
    expect(end('2031-01-01')).toEqual(['实际结束日期（2031.01.01）晚于今天1502天，最多只能提前31天登记，请核对']);
    expect(end('2026-11-15')).toEqual(['实际结束日期（2026.11.15）不早于期满日期（2026.11.15），不属于提前结束，请办理“期满结束”']);
    expect(end('2026-06-30')).toEqual([]);
    expect(messages(actionDateIssues(posting, { action: 'recall', actualEndDate: '2024-11-15' }, TODAY).errors)).toEqual(['实际结束日期（2024.11.15）不能早于到岗日期（2024.11.16）']);
  });

  it('期满结束 before the planned end is a warning to confirm, naming the days; on or after it is fine', () => {
    const early = actionDateIssues({ ...posting, plannedEndDate: '2026-12-15' }, { action: 'complete', actualEndDate: '2026-11-20' }, TODAY);
    expect(early.errors).toEqual([]);
    expect(messages(early.warnings)).toEqual(['实际结束日期（2026.11.20）比期满日期（2026.12.15）提前25天；确属期满结束的请确认，否则请办理“提前结束”']);
    expect(actionDateIssues(posting, { action: 'complete', actualEndDate: '2026-11-15' }, TODAY)).toEqual({ errors: [], warnings: [] });
    expect(messages(actionDateIssues(posting, { action: 'complete', actualEndDate: '2001-01-01' }, TODAY).errors)).toEqual(['实际结束日期（2001.01.01）不能早于到岗日期（2024.11.16）']);
  });

  it('延期: later than the current end, within 120 months, decided between the start and today', () => {
    const ext = (newEndDate: string, decidedOn: string) => messages(actionDateIssues(posting, { action: 'extend', newEndDate, decidedOn }, TODAY).errors);
    expect(ext('2026-11-15', TODAY)).toEqual(['延期后的期满日期应晚于原期满日期（2026.11.15）']);
    expect(ext('2035-01-01', TODAY)).toEqual(['延期后挂职期限超过120个月（自2024.11.16起），请核对延期日期']);
    expect(ext('2027-05-15', '2024-01-01')).toEqual(['批准日期（2024.01.01）不能早于到岗日期（2024.11.16）']);
    expect(ext('2027-05-15', '2026-12-01')).toEqual(['批准日期（2026.12.01）不能晚于今天']);
    expect(ext('2027-05-15', TODAY)).toEqual([]);
  });

  it('到岗 with a future date is confirmed and then stored as 已批准; after the planned end it is refused', () => {
    const future = actionDateIssues({ ...posting, status: 'approved', startDate: '2026-12-01', plannedEndDate: '2028-11-30' }, { action: 'activate', startDate: '2026-12-01' }, TODAY);
    expect(future.errors).toEqual([]);
    expect(messages(future.warnings)).toEqual(['到岗日期2026.12.01在今天之后，将登记为“已批准（待到岗）”；到岗后请在挂职详情中办理“到岗”']);
    expect(messages(actionDateIssues(posting, { action: 'activate', startDate: '2027-01-01' }, TODAY).errors)).toEqual(['到岗日期（2027.01.01）不能晚于期满日期（2026.11.15）']);
  });

  it('a review long before the planned end, and a replacement starting before the recall ended, are caught', () => {
    expect(messages(actionDateIssues({ ...posting, plannedEndDate: '2027-11-15' }, { action: 'review' }, TODAY).warnings)).toEqual([
      '距期满日期（2027.11.15）还有359天，期满考察一般在期满前三个月内进行，请确认',
    ]);
    expect(actionDateIssues(posting, { action: 'review' }, TODAY)).toEqual({ errors: [], warnings: [] });
    expect(messages(actionDateIssues(posting, { action: 'replace', startDate: '2026-05-01', recalledEnd: '2026-05-31' }, TODAY).errors)).toEqual([
      '接替人员到岗日期（2026.05.01）不能早于召回的结束日期（2026.05.31）',
    ]);
  });
});
