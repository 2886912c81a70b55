import type { AttendanceSummary } from '@shared/domain/rules/attendance';
import type { AttendanceReportRow } from '@shared/reports/attendance-summary';
import type { LeaveRegisterRow } from '@shared/reports/leave-register';
import type { SpotCheckRegisterRow } from '@shared/reports/spot-check-register';

/** A posting-month's figures: a full month in post unless `over` says otherwise. */
export function summary(over: Partial<AttendanceSummary> = {}): AttendanceSummary {
  return {
    requiredDays: 21,
    presentDays: 21,
    presentOnWorkdays: 21,
    officialOutingDays: 0,
    leaveDays: { personal: 0, sick: 0, other: 0, total: 0 },
    absentDays: 0,
    unrecordedDays: 0,
    spotChecks: 0,
    spotCheckAbsences: 0,
    attendanceRate: 100,
    minimumDays: 20,
    meetsMinimum: true,
    fullAttendance: true,
    ...over,
  };
}

/** Three cadres of 讲治镇 in November 2026: one full, one on leave, one absent at a spot check. */
export const ATTENDANCE_ROWS: AttendanceReportRow[] = [
  { name: '张伟', dispatchingUnit: '开江县发展和改革局', hostAndPost: '讲治镇 副镇长', summary: summary({ officialOutingDays: 2 }) },
  {
    name: '王芳',
    dispatchingUnit: '开江县财政局',
    hostAndPost: '讲治镇石岭村 驻村工作队员',
    summary: summary({ presentDays: 17, presentOnWorkdays: 17, leaveDays: { personal: 4, sick: 0, other: 0, total: 4 }, attendanceRate: 81, fullAttendance: false, meetsMinimum: false }),
  },
  {
    name: '刘洋',
    dispatchingUnit: '开江县农业农村局',
    hostAndPost: '讲治镇 镇长助理',
    summary: summary({ presentDays: 19.5, presentOnWorkdays: 19.5, leaveDays: { personal: 0, sick: 0.5, other: 0, total: 0.5 }, absentDays: 1, spotChecks: 2, spotCheckAbsences: 1, attendanceRate: 92.9, fullAttendance: false, meetsMinimum: false }),
    remarks: '11月3日到岗',
  },
];

/** Two requests: one approved by all three tiers and overstayed, one still waiting for the 组织部. */
export const LEAVE_ROWS: LeaveRegisterRow[] = [
  {
    name: '王芳',
    host: '讲治镇石岭村',
    request: { type: 'personal', reason: '父亲住院陪护', destination: '达州市中心医院', startDate: '2026-11-23', startHalf: 'full', endDate: '2026-11-26', endHalf: 'full', reportedBackDate: null },
    days: 4,
    requiredTier: 3,
    approvals: [
      { tier: 2, approverRole: '乡镇党委书记', approverName: '王书记', decision: 'approved', date: '2026-11-19' },
      { tier: 1, approverRole: '工作（分）队长', approverName: '陈队长', decision: 'approved', date: '2026-11-19' },
      { tier: 3, approverRole: '县委组织部', approverName: '赵部长', decision: 'approved', date: '2026-11-20' },
    ],
    status: 'overstayed',
  },
  {
    name: '刘洋',
    host: '讲治镇',
    request: { type: 'sick', reason: '感冒就医', destination: '开江县人民医院', startDate: '2026-11-10', startHalf: 'pm', endDate: '2026-11-10', endHalf: 'pm', reportedBackDate: '2026-11-11' },
    days: 0.5,
    requiredTier: 1,
    approvals: [{ tier: 1, approverRole: '乡镇党委书记', approverName: '王书记', decision: 'approved', date: '2026-11-09' }],
    status: 'reportedBack',
  },
];

/** Three checks of 讲治镇 in November 2026: one in post, one on approved leave, one unexcused absence (the 2nd of the year). */
export const SPOT_CHECK_ROWS: SpotCheckRegisterRow[] = [
  { check: { date: '2026-11-05', time: '09:40', kind: 'unannounced', inspector: '李督查', inspectorUnit: '县委组织部', result: 'onDuty', note: null }, name: '张伟', host: '讲治镇', absence: null },
  { check: { date: '2026-11-12', time: '10:30', kind: 'phone', inspector: '周干事', inspectorUnit: '县委组织部', result: 'onLeaveApproved', note: '事假，手续齐全' }, name: '王芳', host: '讲治镇石岭村', absence: null },
  {
    check: { date: '2026-11-19', time: '15:00', kind: 'announced', inspector: '李督查', inspectorUnit: '县委组织部', result: 'absentUnexcused', note: '村干部称其回县城办事，未请假' },
    name: '刘洋',
    host: '讲治镇',
    absence: { no: 2, capText: '最高评为基本称职' },
  },
];
