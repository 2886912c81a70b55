import { z } from 'zod';
import { daysInMonth } from '../dates';
import { ATTENDANCE_STATUS } from '../enums';
import { month, optCode, ref } from './fields';

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** The name of a day field: `d01` … `d31`. */
export type DayField = `d0${Exclude<Digit, '0'>}` | `d1${Digit}` | `d2${Digit}` | 'd30' | 'd31';

/** The day fields of a month record, in order: `d01` … `d31`. */
export const DAY_FIELDS = Array.from({ length: 31 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`) as readonly DayField[];

/** The field of day `day` (1–31) of a month record. */
export function dayField(day: number): DayField {
  return `d${String(day).padStart(2, '0')}` as DayField;
}

const days = Object.fromEntries(DAY_FIELDS.map((f, i) => [f, optCode(ATTENDANCE_STATUS, `${i + 1}日`)])) as Record<DayField, ReturnType<typeof optCode>>;

/**
 * A refinement of a month record (`month` + `d01` … `d31`): a day past the end of its month holds
 * nothing (`what` names the record in the message, e.g. 考勤).
 */
export function noDaysPastMonthEnd(what: string) {
  return (v: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    if (typeof v.month !== 'string' || !/^\d{4}-\d{2}$/.test(v.month)) return;
    const y = Number(v.month.slice(0, 4));
    const m = Number(v.month.slice(5, 7));
    const n = daysInMonth(y, m);
    for (let d = n + 1; d <= 31; d++) {
      const f = dayField(d);
      if (v[f] != null) ctx.addIssue({ code: 'custom', path: [f], message: `${y}年${m}月只有${n}天，不能登记${d}日的${what}` });
    }
  };
}

/**
 * 考勤 (DOMAIN §2.7): one record per posting-month, one stamped field per day holding an
 * ATTENDANCE_STATUS code or null (not recorded). A day is a field of its own, so two PCs that record
 * different days of the same month both keep theirs, and two that record the same day end with one
 * value and a conflict entry (per-field merge). Measured 5–30× faster than one record per day
 * (ENVIRONMENT.md, "Attendance storage"). The record's id is derived from posting and month
 * (`keyedId`, tables.ts). Per-day details (times, punches, note) live in `attendanceDetails`, laid
 * out the same way (attendance-details.ts).
 */
export const AttendanceMonthSchema = z
  .object({
    postingId: ref('挂职'),
    month: month('月份'),
    ...days,
  })
  .superRefine(noDaysPastMonthEnd('考勤'));
export type AttendanceMonth = z.infer<typeof AttendanceMonthSchema>;
