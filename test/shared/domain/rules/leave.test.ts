import { afterEach, describe, expect, it } from 'vitest';
import { acceptWeekdaysOnly, withdrawWeekdaysOnly } from '@shared/domain/calendar';
import type { LeaveTier } from '@shared/domain/entities/leave-rule-set';
import { LEAVE_RULE_PRESETS } from '@shared/domain/presets';
import {
  type ApprovalRecord,
  type LeaveCase,
  type LeaveRequestLike,
  approvalState,
  approvedLeaveDaysInYear,
  describeLeaveTiers,
  checkLeavePeriod,
  checkLeaveRequest,
  checkNewApproval,
  checkReportBack,
  effectiveLeaveStatus,
  leaveAlerts,
  leaveDatesInMonth,
  leaveDayParts,
  leaveDays,
  overstayedWorkdays,
  reportBackDeadline,
  requiredTier,
} from '@shared/domain/rules/leave';

const preset = (p: string) => LEAVE_RULE_PRESETS.find((r) => r.preset === p)!;
const P1 = preset('P1');
const WORKDAYS = { countWorkingDaysOnly: true };
const CALENDAR = { countWorkingDaysOnly: false };
const period = (startDate: string, startHalf: string, endDate: string, endHalf: string) => ({ startDate, startHalf, endDate, endHalf });
const approve = (tier: number, date: string, decision = 'approved'): ApprovalRecord => ({
  tier,
  approverRole: P1.tiers[tier - 1]?.approverRole ?? null,
  approverName: ['王队长', '李书记', '赵部长'][tier - 1] ?? '某人',
  decision,
  date,
  comment: null,
});

afterEach(() => withdrawWeekdaysOnly(2027));

describe('counting leave days', () => {
  it('counts a request from Monday afternoon to Wednesday morning as 2 days', () => {
    expect(leaveDays(period('2026-03-02', 'pm', '2026-03-04', 'am'), WORKDAYS)).toBe(2);
    expect(leaveDayParts(period('2026-03-02', 'pm', '2026-03-04', 'am'), WORKDAYS)).toEqual([
      { date: '2026-03-02', fraction: 0.5 },
      { date: '2026-03-03', fraction: 1 },
      { date: '2026-03-04', fraction: 0.5 },
    ]);
  });

  it('counts half days within one day', () => {
    expect(leaveDays(period('2026-03-02', 'am', '2026-03-02', 'am'), WORKDAYS)).toBe(0.5);
    expect(leaveDays(period('2026-03-02', 'pm', '2026-03-02', 'pm'), WORKDAYS)).toBe(0.5);
    expect(leaveDays(period('2026-03-02', 'full', '2026-03-02', 'full'), WORKDAYS)).toBe(1);
  });

  it('skips weekends and holidays when only working days count, and counts them otherwise', () => {
    // Friday 2026-03-06 to Tuesday 2026-03-10: 3 working days, 5 calendar days.
    expect(leaveDays(period('2026-03-06', 'full', '2026-03-10', 'full'), WORKDAYS)).toBe(3);
    expect(leaveDays(period('2026-03-06', 'full', '2026-03-10', 'full'), CALENDAR)).toBe(5);
    // Around National Day 2026: 09-30 (Wed) … 10-10 (Sat, a make-up working day) → 09-30, 10-08, 10-09, 10-10.
    expect(leaveDays(period('2026-09-30', 'full', '2026-10-10', 'full'), WORKDAYS)).toBe(4);
  });

  it('explains dates that cannot be requested', () => {
    expect(checkLeavePeriod(period('2026-03-04', 'full', '2026-03-02', 'full'), WORKDAYS)).toEqual([
      { field: 'endDate', message: '结束日期不能早于开始日期' },
    ]);
    expect(checkLeavePeriod(period('2026-03-02', 'pm', '2026-03-02', 'am'), WORKDAYS)[0]?.message).toMatch(/结束时段不能早于开始时段/);
    expect(checkLeavePeriod(period('2026-03-07', 'full', '2026-03-08', 'full'), WORKDAYS)).toEqual([
      { field: 'endDate', message: '所选日期均为休息日或节假日，不计请假天数，无需请假' },
    ]);
    expect(checkLeavePeriod(period('2026-03-07', 'full', '2026-03-08', 'full'), CALENDAR)).toEqual([]);
  });

  it('lists the days of a month a request covers, and stops at an early report back', () => {
    const p = { ...period('2026-03-30', 'pm', '2026-04-02', 'full'), reportedBackDate: null };
    expect(leaveDatesInMonth(p, '2026-03', WORKDAYS)).toEqual([
      { date: '2026-03-30', fraction: 0.5 },
      { date: '2026-03-31', fraction: 1 },
    ]);
    expect(leaveDatesInMonth(p, '2026-04', WORKDAYS).map((d) => d.date)).toEqual(['2026-04-01', '2026-04-02']);
    expect(leaveDatesInMonth(p, '2026-05', WORKDAYS)).toEqual([]);
    expect(leaveDatesInMonth({ ...p, reportedBackDate: '2026-04-01' }, '2026-04', WORKDAYS)).toEqual([]);
  });

  it('refuses overlapping requests and dates outside the posting, and warns about leave after the fact', () => {
    const others = [{ id: 'a', status: 'approved', ...period('2026-03-02', 'full', '2026-03-03', 'am') }];
    const ctx = { today: '2026-03-01', others, postingPeriod: { startDate: '2026-01-05', endDate: '2027-01-04' } };
    expect(checkLeaveRequest(period('2026-03-03', 'pm', '2026-03-04', 'full'), WORKDAYS, ctx)).toEqual({ errors: [], warnings: [] });
    expect(checkLeaveRequest(period('2026-03-03', 'am', '2026-03-04', 'full'), WORKDAYS, ctx).errors).toEqual([
      { field: 'startDate', message: '与已有请假（2026年3月2日至2026年3月3日）时间重叠' },
    ]);
    expect(checkLeaveRequest(period('2026-03-03', 'am', '2026-03-04', 'full'), WORKDAYS, { ...ctx, others: [{ ...others[0]!, status: 'cancelled' }] }).errors).toEqual([]);
    expect(checkLeaveRequest(period('2026-01-02', 'full', '2026-01-06', 'full'), WORKDAYS, ctx).errors[0]?.message).toBe(
      '请假日期超出挂职期间（2026年1月5日至2027年1月4日）',
    );
    expect(checkLeaveRequest(period('2026-03-05', 'full', '2026-03-05', 'full'), WORKDAYS, { ...ctx, today: '2026-03-06' }).warnings[0]?.message).toMatch(
      /应事先请假/,
    );
  });
});

describe('the required tier (DOMAIN §7.2, maxDays inclusive)', () => {
  const cases: [string, [number, number][]][] = [
    ['P1', [[0.5, 1], [1, 1], [1.5, 2], [3, 2], [3.5, 3], [4, 3], [30, 3]]],
    ['P2', [[1, 1], [2, 2], [3, 2], [4, 3]]],
    ['P3', [[1, 1], [3, 1], [3.5, 2], [10, 2]]],
    ['P4', [[5, 1], [5.5, 2]]],
    ['P5', [[3, 1], [4, 2], [7, 2], [7.5, 3], [20, 3]]],
    ['P6', [[7, 1], [8, 2]]],
  ];
  it.each(cases)('%s', (p, table) => {
    for (const [days, tier] of table) expect(requiredTier(days, preset(p).tiers), `${p} ${days}天`).toBe(tier);
  });

  it('sends a request longer than every bounded tier to the last tier', () => {
    const tiers: LeaveTier[] = [
      { maxDays: 1, approverRole: '队长', label: null },
      { maxDays: 3, approverRole: '书记', label: null },
    ];
    expect(requiredTier(5, tiers)).toBe(2);
  });
});

describe('approvals, tier by tier', () => {
  it('is approved only when every tier up to the required one approved, in order', () => {
    const tiers = P1.tiers;
    expect(approvalState(4, tiers, [])).toMatchObject({ status: 'pending', requiredTier: 3, nextTier: 1, nextApproverRole: '工作（分）队长' });
    const two = [approve(1, '2026-03-02'), approve(2, '2026-03-03')];
    expect(approvalState(4, tiers, two)).toMatchObject({ status: 'pending', approvedThrough: 2, nextTier: 3, nextApproverRole: '县委组织部' });
    const three = [...two, approve(3, '2026-03-04')];
    expect(approvalState(4, tiers, three)).toEqual({
      status: 'approved',
      requiredTier: 3,
      approvedThrough: 3,
      nextTier: null,
      nextApproverRole: null,
      rejectedAtTier: null,
      decidedOn: '2026-03-04',
      problems: [],
    });
    // A one-day request needs the first tier only.
    expect(approvalState(1, tiers, [approve(1, '2026-03-02')]).status).toBe('approved');
  });

  it('ends at a rejection and calls later decisions void', () => {
    const s = approvalState(4, P1.tiers, [approve(1, '2026-03-02'), approve(2, '2026-03-03', 'rejected'), approve(3, '2026-03-04')]);
    expect(s).toMatchObject({ status: 'rejected', rejectedAtTier: 2, decidedOn: '2026-03-03', nextTier: null });
    expect(s.problems).toEqual(['第2级（乡镇党委书记）已不同意，第3级（县委组织部）2026-03-04的审批意见无效']);
  });

  it('reports decisions above the required tier, out of order, duplicated or back-dated', () => {
    const above = approvalState(1, P1.tiers, [approve(1, '2026-03-02'), approve(2, '2026-03-03')]);
    expect(above.status).toBe('approved');
    expect(above.problems).toEqual(['本次请假1天，只需审批到第1级（工作（分）队长），第2级（乡镇党委书记）的审批意见多余']);

    const skipped = approvalState(4, P1.tiers, [approve(1, '2026-03-02'), approve(3, '2026-03-03')]);
    expect(skipped).toMatchObject({ status: 'pending', approvedThrough: 1, nextTier: 2 });
    expect(skipped.problems).toEqual(['第3级（县委组织部）在第2级（乡镇党委书记）之前审批，顺序不对，请先由第2级（乡镇党委书记）审批']);

    const twice = approvalState(1, P1.tiers, [approve(1, '2026-03-03'), { ...approve(1, '2026-03-02'), decision: 'rejected' }]);
    expect(twice.status).toBe('rejected');
    expect(twice.problems[0]).toBe('第1级（工作（分）队长）有2条审批意见，以2026-03-02的为准，请核对');

    const backDated = approvalState(2, P1.tiers, [approve(1, '2026-03-05'), approve(2, '2026-03-04')]);
    expect(backDated.problems).toEqual(['第2级（乡镇党委书记）的审批日期2026-03-04早于上一级的2026-03-05，请核对']);
  });

  it('tells the form why a new decision cannot be recorded', () => {
    const tiers = P1.tiers;
    expect(checkNewApproval(4, tiers, [], { tier: 1, date: '2026-03-02' })).toBeNull();
    expect(checkNewApproval(4, tiers, [], { tier: 2, date: '2026-03-02' })).toBe('应由第1级（工作（分）队长）审批，不能跳级或重复审批');
    expect(checkNewApproval(1, tiers, [], { tier: 2, date: '2026-03-02' })).toBe('本次请假1天，只需审批到第1级（工作（分）队长），无需第2级（乡镇党委书记）审批');
    expect(checkNewApproval(4, tiers, [approve(1, '2026-03-03')], { tier: 2, date: '2026-03-02' })).toBe('审批日期不能早于上一级的审批日期（2026年3月3日）');
    expect(checkNewApproval(1, tiers, [approve(1, '2026-03-02')], { tier: 1, date: '2026-03-03' })).toMatch(/已审批完毕/);
    expect(checkNewApproval(4, tiers, [approve(1, '2026-03-02', 'rejected')], { tier: 2, date: '2026-03-03' })).toBe(
      '该请假已被第1级（工作（分）队长）退回（不同意），不能再添加审批意见',
    );
  });
});

describe('report back (销假)', () => {
  const p = period('2026-03-09', 'full', '2026-03-12', 'full');

  it('is due on the first working day after the end, skipping weekends and holidays', () => {
    expect(reportBackDeadline(p)).toBe('2026-03-13');
    expect(reportBackDeadline({ endDate: '2026-09-30' })).toBe('2026-10-08');
    expect(overstayedWorkdays(p, '2026-03-13')).toBe(0);
    expect(overstayedWorkdays(p, '2026-03-17')).toBe(2);
  });

  it('is refused before approval or before the start, and says how long a late one overstayed', () => {
    expect(checkReportBack(p, { status: 'pending' }, '2026-03-13').errors[0]?.message).toBe('请假尚未审批通过，不能销假');
    expect(checkReportBack(p, { status: 'approved' }, '2026-03-08').errors[0]?.message).toBe('销假日期不能早于请假开始日期');
    expect(checkReportBack(p, { status: 'approved' }, '2026-03-13')).toEqual({ errors: [], warnings: [] });
    expect(checkReportBack(p, { status: 'approved' }, '2026-03-16').warnings[0]?.message).toBe(
      '应于2026年3月13日前销假，实际2026年3月16日销假，超假1个工作日',
    );
  });

  it('shows the status a clerk expects', () => {
    const r: LeaveRequestLike = { id: 'l1', postingId: 'p1', type: 'personal', status: 'pending', ...p };
    expect(effectiveLeaveStatus(r, { status: 'pending' }, '2026-03-01')).toBe('pending');
    expect(effectiveLeaveStatus(r, { status: 'rejected' }, '2026-03-01')).toBe('rejected');
    expect(effectiveLeaveStatus(r, { status: 'approved' }, '2026-03-13')).toBe('approved');
    expect(effectiveLeaveStatus(r, { status: 'approved' }, '2026-03-14')).toBe('overstayed');
    expect(effectiveLeaveStatus({ ...r, reportedBackDate: '2026-03-13' }, { status: 'approved' }, '2026-03-20')).toBe('reportedBack');
    expect(effectiveLeaveStatus({ ...r, status: 'cancelled' }, { status: 'approved' }, '2026-03-20')).toBe('cancelled');
  });
});

describe('leave alerts on 概览', () => {
  const rules = { tiers: P1.tiers, countWorkingDaysOnly: true, yearlyLimitDays: 30 };
  const make = (id: string, p: ReturnType<typeof period>, approvals: ApprovalRecord[], extra: Partial<LeaveRequestLike> = {}): LeaveCase => ({
    request: { id, postingId: 'p1', type: 'personal', status: 'pending', ...p, ...extra },
    approvals,
    rules,
    name: '张三',
  });
  const fullyApproved = [approve(1, '2026-03-01'), approve(2, '2026-03-02'), approve(3, '2026-03-03')];

  it('warns about a leave not reported back by the deadline', () => {
    const alerts = leaveAlerts([make('l1', period('2026-03-09', 'full', '2026-03-12', 'full'), fullyApproved)], '2026-03-17');
    expect(alerts).toEqual([
      {
        kind: 'leaveOverstayed',
        severity: 'red',
        postingId: 'p1',
        leaveRequestId: 'l1',
        dueDate: '2026-03-13',
        days: 2,
        message: '张三的事假（2026年3月9日起4天）已于2026年3月12日到期，应于2026年3月13日前销假，至今未销假，已超假2个工作日',
      },
    ]);
    expect(leaveAlerts([make('l1', period('2026-03-09', 'full', '2026-03-12', 'full'), fullyApproved)], '2026-03-13')).toEqual([]);
    expect(leaveAlerts([make('l1', period('2026-03-09', 'full', '2026-03-12', 'full'), fullyApproved, { reportedBackDate: '2026-03-13' })], '2026-03-17')).toEqual([]);
  });

  it('warns about a leave that started without full approval', () => {
    const alerts = leaveAlerts([make('l2', period('2026-03-09', 'full', '2026-03-12', 'full'), [approve(1, '2026-03-05'), approve(2, '2026-03-06')])], '2026-03-09');
    expect(alerts.map((a) => [a.kind, a.message])).toEqual([
      ['leaveApprovalIncomplete', '张三的事假（2026年3月9日起4天）已开始，但尚未审批完毕（待第3级（县委组织部）审批）'],
    ]);
    expect(leaveAlerts([make('l2', period('2026-03-09', 'full', '2026-03-12', 'full'), [])], '2026-03-08')).toEqual([]);
    expect(leaveAlerts([make('l2', period('2026-03-09', 'full', '2026-03-12', 'full'), [], { status: 'draft' })], '2026-03-10')).toEqual([]);
  });

  it('warns when approved leave this year passes the yearly limit (A8), counting a New-Year leave in both years', () => {
    // 2025-12-29 … 2026-01-09: 3 working days in 2025, 6 in 2026 (01-04 is a make-up Sunday).
    const newYear = make('a', period('2025-12-29', 'full', '2026-01-09', 'full'), [approve(1, '2025-12-20'), approve(2, '2025-12-21'), approve(3, '2025-12-22')], {
      reportedBackDate: '2026-01-12',
    });
    // 2026-03-02 … 2026-04-03: 22 + 3 = 25 working days.
    const spring = make('b', period('2026-03-02', 'full', '2026-04-03', 'full'), fullyApproved.map((a) => ({ ...a, date: '2026-02-2' + a.tier })), {
      reportedBackDate: '2026-04-07',
    });
    // 公假 (a training course) does not count towards the limit.
    const training = make('c', period('2026-05-11', 'full', '2026-05-15', 'full'), fullyApproved.map((a) => ({ ...a, date: '2026-05-0' + a.tier })), {
      type: 'official',
      reportedBackDate: '2026-05-18',
    });
    expect(approvedLeaveDaysInYear([newYear, spring, training], 2025)).toBe(3);
    expect(approvedLeaveDaysInYear([newYear, spring, training], 2026)).toBe(31);
    const alerts = leaveAlerts([newYear, spring, training], '2026-06-01');
    expect(alerts).toEqual([
      { kind: 'leaveYearlyLimit', severity: 'amber', postingId: 'p1', days: 31, message: '张三2026年累计请假31天，超过30天的上限，请派出单位研究是否召回' },
    ]);
    // A pending request does not count yet.
    expect(approvedLeaveDaysInYear([{ ...spring, approvals: [] }], 2026)).toBe(0);
  });

  it('says once that a year has no holiday data instead of guessing', () => {
    const cases = [
      make('x', period('2027-03-01', 'full', '2027-03-02', 'full'), []),
      make('y', period('2027-03-08', 'full', '2027-03-09', 'full'), []),
    ];
    const alerts = leaveAlerts(cases, '2027-03-10');
    expect(alerts.filter((a) => a.kind === 'calendarMissing')).toHaveLength(1);
    expect(alerts[0]!.message).toMatch(/^节假日数据不包含2027年/);
    acceptWeekdaysOnly(2027);
    expect(leaveAlerts(cases, '2027-03-10').map((a) => a.kind)).toEqual(['leaveApprovalIncomplete', 'leaveApprovalIncomplete']);
  });
});

describe('describeLeaveTiers', () => {
  it('says every preset of §7.2 in words, from the labels or from the bounds', () => {
    const byPreset = new Map(LEAVE_RULE_PRESETS.map((p) => [p.preset, describeLeaveTiers(p.tiers)]));
    expect(byPreset.get('P1')).toBe('1天以内由工作（分）队长审批；1天以上3天（含）以内由乡镇党委书记审批；3天以上由县委组织部审批');
    expect(byPreset.get('P5')).toBe('3天（含）以内由挂职单位审批；3天以上7天（含）以内由区委组织部审批；7天以上由市委组织部审批');
    expect(describeLeaveTiers([{ maxDays: 2, approverRole: '乡镇党委', label: null }, { maxDays: null, approverRole: '县委组织部', label: null }])).toBe('2天（含）以内由乡镇党委审批；2天以上由县委组织部审批');
    expect(describeLeaveTiers([{ maxDays: null, approverRole: '县委组织部', label: '' }])).toBe('不论天数由县委组织部审批');
  });
});
