import { z } from 'zod';
import { ATTENDANCE_METHOD, ATTENDANCE_STATUS } from '../enums';
import { date, optCode, optText, ref } from './fields';

const TIME = { max: 5, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, patternMessage: '时间应为“时:分”，如08:30' };

/** One clock-in punch as the export wrote it: kept as evidence of the day (issue 10). */
export const ClockPunchSchema = z.object({
  /** 'HH:mm'; null for a missing punch (缺卡). */
  time: z.string().regex(TIME.pattern, TIME.patternMessage).nullable(),
  /** 上班 / 下班 / 外出 …, as the export names the punch; '' when it does not say. */
  kind: z.string().max(20).default(''),
  /** 打卡结果 as written: 正常, 迟到, 外勤 … */
  result: z.string().max(40),
  /** 打卡地址 as written. */
  place: z.string().max(200).nullable().default(null),
});
export type ClockPunch = z.infer<typeof ClockPunchSchema>;

/**
 * 考勤明细: the details of one posting-day beside its status in the month record (DOMAIN §2.7) —
 * sign-in times, how it was recorded, the raw clock-in punches of an import with their source file,
 * a note. Sparse: only days that have details get a record; keyed by posting and date, so two PCs
 * recording the same day end with one record. `importedStatus` is the status the last clock-in
 * import set: a stored status that differs from it was set by hand, and an import never overwrites
 * such a day without saying so.
 */
export const AttendanceDaySchema = z.object({
  postingId: ref('挂职'),
  date: date('日期'),
  signInTime: optText('签到时间', TIME),
  signOutTime: optText('签退时间', TIME),
  method: optCode(ATTENDANCE_METHOD, '考勤方式'),
  importedStatus: optCode(ATTENDANCE_STATUS, '导入的考勤状态'),
  // Array field on purpose: the punches of one day from one export are one piece of evidence,
  // written as a whole by the import that read them (a later import of the day replaces them).
  punches: z.array(ClockPunchSchema).max(50, '同一天的打卡记录过多').default([]).meta({ title: '打卡记录' }),
  sourceFile: optText('来源文件', { max: 200 }),
  note: optText('备注', { max: 200 }),
  checkedBy: optText('核实人', { max: 20 }),
});
export type AttendanceDay = z.infer<typeof AttendanceDaySchema>;
