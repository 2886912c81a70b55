import { CalendarDataMissingError, isoWeekday, monthCalendar, monthRange } from '@shared/domain/calendar';
import { addDays } from '@shared/domain/dates';
import { T } from '../texts';

/** One day of the entry screen's month. */
export interface SheetDay {
  date: string;
  day: number;
  weekdayLabel: string;
  /** null when the year has no holiday data (working days unknown). */
  workday: boolean | null;
  /** A statutory holiday (休) or an official make-up working day (班). */
  holiday: boolean;
  makeUpWorkday: boolean;
  holidayName: string | null;
}


/**
 * The days of a month with weekday, holiday mark and name from the calendar; for a year without
 * holiday data, the weekdays only and `missingYear` set so the screen can say so.
 */
export function monthDays(month: string): { days: SheetDay[]; missingYear: number | null } {
  try {
    return {
      days: monthCalendar(month).map((d) => ({ date: d.date, day: d.day, weekdayLabel: d.weekdayLabel, workday: d.workday, holiday: d.kind === 'holiday', makeUpWorkday: d.kind === 'makeUpWorkday', holidayName: d.holidayName })),
      missingYear: null,
    };
  } catch (e) {
    if (!(e instanceof CalendarDataMissingError)) throw e;
    const { first, last } = monthRange(month);
    const days: SheetDay[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) days.push({ date: d, day: Number(d.slice(8)), weekdayLabel: T.entries.weekdays[isoWeekday(d) - 1]!, workday: null, holiday: false, makeUpWorkday: false, holidayName: null });
    return { days, missingYear: e.year };
  }
}

/** The month after (`step` 1) or before (−1) a 'YYYY-MM' month. */
export function shiftMonth(month: string, step: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + step;
  const year = y + Math.floor(m / 12);
  return `${year}-${String(((m % 12) + 12) % 12 + 1).padStart(2, '0')}`;
}
