import { z } from 'zod';
import { checkCalendarYear, expandHolidayRanges } from '../calendar';
import { isValidIsoDate } from '../dates';
import { int, optText } from './fields';

const isoDate = (what: string) => z.string({ error: `请填写${what}` }).refine(isValidIsoDate, { message: `${what}应为有效日期（如2027-10-01）` });

/** One holiday of the notice: 国庆节 from 10月1日 to 10月7日. */
export const HolidayRangeSchema = z
  .object({
    name: z.string().trim().min(1, '请填写节日名称').max(20, '节日名称不能超过20个字'),
    from: isoDate('放假开始日期'),
    to: isoDate('放假结束日期'),
  })
  .refine((r) => r.to >= r.from, { message: '放假结束日期不能早于开始日期', path: ['to'] });
export type HolidayRange = z.infer<typeof HolidayRangeSchema>;

/**
 * 节假日安排 of one year as the 组织部 enters it from the State Council notice (国务院办公厅关于…部分
 * 节假日安排的通知, published each November) for a year the built-in calendar lacks. Synced to every
 * PC and registered into the shared calendar there; keyed by year.
 */
export const CalendarYearSchema = z
  .object({
    year: int('年份', 1900, 2100),
    // Array fields on purpose: one notice, entered and corrected as a whole by the 组织部; a merge
    // keeps one whole version rather than a mix of two notices.
    holidays: z.array(HolidayRangeSchema).min(1, '至少需要一个节假日').max(20, '节假日过多').meta({ title: '放假安排' }),
    makeUpWorkdays: z.array(isoDate('调休上班日')).max(20, '调休上班日过多').default([]).meta({ title: '调休上班日' }),
    documentNo: optText('通知文号', { max: 60 }),
  })
  .superRefine((v, ctx) => {
    for (const [i, r] of v.holidays.entries()) {
      for (const d of [r.from, r.to]) {
        if (isValidIsoDate(d) && Number(d.slice(0, 4)) !== v.year) ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `${r.name}的日期“${d}”不在${v.year}年内` });
      }
    }
    if (v.holidays.some((r) => !(isValidIsoDate(r.from) && isValidIsoDate(r.to) && r.to >= r.from))) return;
    for (const message of checkCalendarYear(v.year, calendarYearDays(v))) ctx.addIssue({ code: 'custom', path: ['holidays'], message });
  });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

/** The dates a stored year registers into the calendar (calendar.ts registerCalendarYear). */
export function calendarYearDays(year: Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>): { holidays: string[]; makeUpWorkdays: string[]; names: Record<string, string> } {
  const { holidays, names } = expandHolidayRanges(year.holidays);
  return { holidays, names, makeUpWorkdays: [...year.makeUpWorkdays] };
}
