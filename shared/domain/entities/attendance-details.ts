import { z } from 'zod';
import { ATTENDANCE_METHOD, ATTENDANCE_STATUS } from '../enums';
import { DAY_FIELDS, noDaysPastMonthEnd, type DayField } from './attendance-month';
import { month, optCode, optText, ref } from './fields';

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
 * The details of one posting-day beside its status in the month record (DOMAIN §2.7): sign-in
 * times, how it was recorded, the raw clock-in punches of an import with their source file, a note.
 * `importedStatus` is the status the last clock-in import set: a stored status that differs from it
 * was set by hand, and an import never overwrites such a day without saying so.
 */
export const AttendanceDayDetailSchema = z.object({
  signInTime: optText('签到时间', TIME),
  signOutTime: optText('签退时间', TIME),
  method: optCode(ATTENDANCE_METHOD, '考勤方式'),
  importedStatus: optCode(ATTENDANCE_STATUS, '导入的考勤状态'),
  // Array on purpose: the punches of one day from one export are one piece of evidence, written as
  // a whole by the import that read them (a later import of the day replaces them).
  punches: z.array(ClockPunchSchema).max(50, '同一天的打卡记录过多').default([]).meta({ title: '打卡记录' }),
  sourceFile: optText('来源文件', { max: 200 }),
  note: optText('备注', { max: 200 }),
  checkedBy: optText('核实人', { max: 20 }),
});
export type AttendanceDayDetail = z.infer<typeof AttendanceDayDetailSchema>;
/** What a form or the import hands in for one day's details. */
export type AttendanceDayDetailInput = z.input<typeof AttendanceDayDetailSchema>;

const days = Object.fromEntries(DAY_FIELDS.map((f, i) => [f, AttendanceDayDetailSchema.nullable().default(null).meta({ title: `${i + 1}日明细` })])) as Record<
  DayField,
  z.ZodDefault<z.ZodNullable<typeof AttendanceDayDetailSchema>>
>;

/**
 * 考勤明细: the details of a posting's days in one month, one record per posting-month with one
 * stamped field per day holding that day's details (or null: none), laid out like the month's
 * statuses (`attendanceMonths`). A day is one field, so two PCs that record details of different
 * days both keep theirs, and two that record the same day end with one value and a conflict entry.
 * One record a month instead of one a day makes a clock-in import of 100,000 punches write about
 * fifteen times fewer records (issue 10). The id is derived from posting and month (`keyedId`).
 */
export const AttendanceDetailsSchema = z
  .object({
    postingId: ref('挂职'),
    month: month('月份'),
    ...days,
  })
  .superRefine(noDaysPastMonthEnd('考勤明细'));
export type AttendanceDetails = z.infer<typeof AttendanceDetailsSchema>;

/** Whether a day's details hold nothing worth a record (no times, method, punches, file, note or checker). */
export function isEmptyDayDetail(d: AttendanceDayDetail): boolean {
  return !d.signInTime && !d.signOutTime && !d.method && !d.importedStatus && d.punches.length === 0 && !d.sourceFile && !d.note && !d.checkedBy;
}
