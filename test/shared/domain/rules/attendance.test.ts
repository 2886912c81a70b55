import { describe, expect, it } from 'vitest';
import { LEAVE_RULE_PRESETS } from '@shared/domain/presets';
import {
  type AttendanceMonthRecord,
  DAY_KEYS,
  DEFAULT_ATTENDANCE_RULES,
  approvedLeaveDaysOfMonth,
  attendancePeriod,
  attendanceTotals,
  dayKeyOf,
  effectiveAttendanceMonth,
  meetsMinimumLabel,
  meetsYearlyMinimum,
  monthMinimumAlert,
  percent,
  proratedMonthlyMinimum,
  summarizeAttendance,
} from '@shared/domain/rules/attendance';
import type { ApprovalRecord, LeaveRequestLike } from '@shared/domain/rules/leave';

const P1 = LEAVE_RULE_PRESETS[0]!;
const rules = { tiers: P1.tiers, countWorkingDaysOnly: true, yearlyLimitDays: 30 };
const approvals = (n: number): ApprovalRecord[] =>
  Array.from({ length: n }, (_, i) => ({ tier: i + 1, approverName: '审批人', decision: 'approved', date: '2026-03-01' }));
const request = (id: string, type: string, startDate: string, startHalf: string, endDate: string, endHalf: string): LeaveRequestLike => ({
  id,
  postingId: 'p1',
  type,
  status: 'pending',
  startDate,
  startHalf,
  endDate,
  endHalf,
});

/** March 2026 as a clerk filled it: √ on every working day except the ones named here. */
function march(overrides: Record<string, string | null>): AttendanceMonthRecord {
  const record: AttendanceMonthRecord = { postingId: 'p1', month: '2026-03' };
  const workdays = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20', '23', '24', '25', '26', '27', '30', '31'];
  for (const d of workdays) record[`d${d}`] = 'present';
  for (const [day, status] of Object.entries(overrides)) record[`d${day}`] = status;
  return record;
}

const VILLAGE = { startDate: '2025-06-01', endDate: null };

function scenario() {
  const stored = march({ '07': 'present', '10': 'officialOuting', '19': 'absent', '24': null });
  const leaveDays = approvedLeaveDaysOfMonth(
    [
      // 事假 Thursday 12th full day + Friday 13th morning: 1.5 days, 2 tiers approved (P1: ≤3 days → tier 2).
      { request: request('L1', 'personal', '2026-03-12', 'full', '2026-03-13', 'am'), approvals: approvals(2), rules },
      // 病假 16th–17th: 2 days.
      { request: request('L2', 'sick', '2026-03-16', 'full', '2026-03-17', 'full'), approvals: approvals(2), rules },
      // Still waiting for its first approval: the 26th stays as stored.
      { request: request('L3', 'personal', '2026-03-26', 'full', '2026-03-26', 'full'), approvals: [], rules },
    ],
    '2026-03',
  );
  const spotChecks = [
    { date: '2026-03-05', result: 'onDuty' },
    { date: '2026-03-17', result: 'onLeaveApproved' },
    { date: '2026-03-20', result: 'absentUnexcused' },
  ];
  return effectiveAttendanceMonth({ month: '2026-03', period: VILLAGE, stored, leaveDays, spotChecks });
}

describe('the effective status of each day', () => {
  it('applies leave, spot checks, stored statuses and rest-day defaults in that order', () => {
    const m = scenario();
    const day = (d: number) => m.days[d - 1]!;
    expect(m.days).toHaveLength(31);
    expect([day(1).status, day(1).source]).toEqual(['rest', 'default']);
    expect([day(7).status, day(7).source]).toEqual(['present', 'stored']);
    expect(day(12)).toMatchObject({ status: 'leave', source: 'leave', leave: { leaveRequestId: 'L1', type: 'personal', fraction: 1 } });
    expect(day(13)).toMatchObject({ status: 'leave', leave: { fraction: 0.5 }, otherHalf: 'present', stored: 'present' });
    expect(day(17)).toMatchObject({ status: 'leave', leave: { type: 'sick' }, spotChecks: 1, spotCheckAbsent: false });
    expect(day(20)).toMatchObject({ status: 'absent', source: 'spotCheck', stored: 'present', spotCheckAbsent: true });
    expect([day(24).status, day(24).source]).toEqual(['unknown', 'default']);
    expect([day(26).status, day(26).source]).toEqual(['present', 'stored']);
    expect(m.problems).toEqual([]);
  });

  it('does not count days outside the posting and marks holidays as rest with their name', () => {
    const m = effectiveAttendanceMonth({ month: '2026-04', period: { startDate: '2026-04-03', endDate: '2026-04-28' }, stored: null });
    expect(m.days[1]).toMatchObject({ date: '2026-04-02', inPeriod: false, status: null, source: 'outside' });
    expect(m.days[5]).toMatchObject({ date: '2026-04-06', status: 'rest', holidayName: '清明节', workday: false });
    expect(m.days[29]).toMatchObject({ date: '2026-04-30', inPeriod: false, status: null });
  });

  it('says when a day is marked 请假 without an approved leave, or a spot check contradicts a leave', () => {
    const stored = march({ '27': 'leave' });
    const leaveDays = [{ date: '2026-03-20', fraction: 1 as const, leaveRequestId: 'L9', type: 'personal' }];
    const m = effectiveAttendanceMonth({ month: '2026-03', period: VILLAGE, stored, leaveDays, spotChecks: [{ date: '2026-03-20', result: 'absentUnexcused' }] });
    expect(m.problems).toEqual(['2026年3月20日有已批准的请假，但抽查结果为无故不在岗，按缺勤计，请核实', '2026年3月27日标记为请假，但没有已批准的请假记录']);
    expect(m.days[19]!.status).toBe('absent');
  });
});

describe('the monthly summary (月度考勤汇总表)', () => {
  it('counts the columns a clerk checks against the grid', () => {
    const s = summarizeAttendance(scenario(), { period: VILLAGE, postingType: 'villageTeamMember' });
    // 22 working days: 14 √ + 1 公出 + ½ of the 13th in post; 3.5 days of leave; 19th and 20th absent; 24th not recorded.
    expect(s).toEqual({
      requiredDays: 22,
      presentDays: 16.5,
      presentOnWorkdays: 15.5,
      officialOutingDays: 1,
      leaveDays: { personal: 1.5, sick: 2, other: 0, total: 3.5 },
      absentDays: 2,
      unrecordedDays: 1,
      spotChecks: 3,
      spotCheckAbsences: 1,
      attendanceRate: 70.5,
      minimumDays: 20,
      meetsMinimum: false,
      fullAttendance: false,
    });
    expect(meetsMinimumLabel(s.meetsMinimum)).toBe('未达标');
  });

  it('meets the minimum with weekend work and full attendance, and does not apply it to other posting types', () => {
    const stored = march({ '07': 'present', '08': 'present' });
    const m = effectiveAttendanceMonth({ month: '2026-03', period: VILLAGE, stored });
    const village = summarizeAttendance(m, { period: VILLAGE, postingType: 'firstSecretary' });
    expect([village.presentDays, village.attendanceRate, village.meetsMinimum, village.fullAttendance]).toEqual([24, 100, true, true]);
    const county = summarizeAttendance(m, { period: VILLAGE, postingType: 'secondmentDown' });
    expect([county.minimumDays, county.meetsMinimum, meetsMinimumLabel(county.meetsMinimum)]).toEqual([null, null, '—']);
  });

  it('prorates the minimum for a posting that starts in the middle of the month', () => {
    const period = { startDate: '2026-03-16', endDate: null };
    expect(proratedMonthlyMinimum('2026-03', period, 20)).toBe(11);
    const m = effectiveAttendanceMonth({ month: '2026-03', period, stored: march({}) });
    const s = summarizeAttendance(m, { period, postingType: 'villageTeamMember' });
    expect([s.requiredDays, s.presentDays, s.minimumDays, s.meetsMinimum]).toEqual([12, 12, 11, true]);
  });

  it('adds up the 合计 row with the rate over all required days', () => {
    const a = summarizeAttendance(scenario(), { period: VILLAGE, postingType: 'villageTeamMember' });
    const b = summarizeAttendance(effectiveAttendanceMonth({ month: '2026-03', period: VILLAGE, stored: march({}) }), { period: VILLAGE, postingType: 'villageTeamMember' });
    const t = attendanceTotals([a, b]);
    expect(t).toMatchObject({
      people: 2,
      requiredDays: 44,
      presentDays: 38.5,
      presentOnWorkdays: 37.5,
      leaveDays: { personal: 1.5, sick: 2, other: 0, total: 3.5 },
      absentDays: 2,
      spotChecks: 3,
      attendanceRate: 85.2,
      meetingMinimum: 1,
      notMeetingMinimum: 1,
      fullAttendanceCount: 1,
    });
  });

  it('rounds percentages half-up to one decimal', () => {
    expect(percent(15.5, 22)).toBe(70.5);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
  });
});

describe('minimum days alerts', () => {
  it('warns once the minimum can no longer be reached this month', () => {
    const m = scenario();
    const s = summarizeAttendance(m, { period: VILLAGE, postingType: 'villageTeamMember' });
    expect(monthMinimumAlert(m, s, { postingId: 'p1', name: '张三', today: '2026-03-20' })).toBeNull();
    expect(monthMinimumAlert(m, s, { postingId: 'p1', name: '张三', today: '2026-03-23' })).toEqual({
      kind: 'belowMinimumDays',
      severity: 'red',
      postingId: 'p1',
      days: 10.5,
      message: '张三本月已在岗10.5天，余下9天即使全部在岗也达不到20天的最低要求',
    });
    expect(monthMinimumAlert(m, s, { postingId: 'p1', name: '张三', today: '2026-04-02' })).toBeNull();
  });

  it('checks the yearly alternative (A3) prorated to the part of the year on post', () => {
    const yearly = { ...DEFAULT_ATTENDANCE_RULES, basis: 'year' as const };
    const months = Array.from({ length: 12 }, () => ({ presentDays: 17 }));
    expect(meetsYearlyMinimum(months, { year: 2026, period: VILLAGE, postingType: 'villageTeamMember', rules: yearly })).toEqual({
      minimumDays: 200,
      presentDays: 204,
      meets: true,
    });
    // On post from 1 July: 184 of 365 days → ⌈200 × 184 ÷ 365⌉ = 101.
    expect(meetsYearlyMinimum(months.slice(6), { year: 2026, period: { startDate: '2026-07-01', endDate: null }, postingType: 'firstSecretary', rules: yearly })).toEqual({
      minimumDays: 101,
      presentDays: 102,
      meets: true,
    });
    expect(meetsYearlyMinimum(months, { year: 2026, period: VILLAGE, postingType: 'secondmentUp', rules: yearly })).toBeNull();
    // The monthly verdict is not applicable under the yearly basis.
    expect(summarizeAttendance(scenario(), { period: VILLAGE, postingType: 'villageTeamMember', rules: yearly }).meetsMinimum).toBeNull();
  });
});

describe('storage helpers', () => {
  it('names the day fields d01 … d31', () => {
    expect(DAY_KEYS).toHaveLength(31);
    expect([DAY_KEYS[0], DAY_KEYS[30]]).toEqual(['d01', 'd31']);
    expect(dayKeyOf('2026-03-05')).toBe('d05');
  });

  it('keeps a posting on post open past its planned end until it is ended', () => {
    expect(attendancePeriod({ startDate: '2024-03-01', plannedEndDate: '2026-02-28', status: 'active' })).toEqual({ startDate: '2024-03-01', endDate: null });
    expect(attendancePeriod({ startDate: '2024-03-01', plannedEndDate: '2026-02-28', actualEndDate: '2026-01-15', status: 'terminated' })).toEqual({
      startDate: '2024-03-01',
      endDate: '2026-01-15',
    });
    expect(attendancePeriod({ startDate: '2024-03-01', plannedEndDate: '2026-02-28', status: 'completed' }).endDate).toBe('2026-02-28');
  });
});
