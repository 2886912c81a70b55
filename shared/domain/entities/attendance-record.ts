import { z } from 'zod';
import { ATTENDANCE_METHOD, ATTENDANCE_STATUS, HALF_DAY } from '../enums';
import { code, date, optRef, optText, ref } from './fields';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 考勤: one row per posting per day or half-day (DOMAIN §2.7). */
export const AttendanceRecordSchema = z.object({
  postingId: ref('挂职'),
  date: date('日期'),
  halfDay: code(HALF_DAY, '时段'),
  status: code(ATTENDANCE_STATUS, '考勤状态'),
  signInTime: optText('签到时间', { max: 5, pattern: TIME, patternMessage: '签到时间应为“时:分”，如08:30' }),
  signOutTime: optText('签退时间', { max: 5, pattern: TIME, patternMessage: '签退时间应为“时:分”，如17:30' }),
  method: code(ATTENDANCE_METHOD, '考勤方式'),
  leaveRequestId: optRef('请假记录'),
  checkedBy: optText('核实人', { max: 20 }),
  sourceFile: optText('来源文件', { max: 200 }),
  note: optText('备注', { max: 200 }),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;
