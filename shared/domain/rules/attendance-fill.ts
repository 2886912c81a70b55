import type { AttendanceMonth } from './attendance';

/**
 * The dates of `dates` that 本周全部在岗 (all in post this week) sets to 在岗: working days in the
 * posting period with nothing recorded yet. Days already recorded (公出, 缺勤 …), approved leave and
 * spot-check absences are left as they are, and so are weekends and holidays (休息 by default).
 */
export function datesToMarkPresent(month: AttendanceMonth, dates: readonly string[]): string[] {
  const wanted = new Set(dates);
  return month.days.filter((d) => wanted.has(d.date) && d.inPeriod && d.workday && d.source === 'default').map((d) => d.date);
}

/** The Monday-to-Sunday week around `date` (ISO dates, Monday first). */
export function weekAround(date: string): string[] {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return Array.from({ length: 7 }, (_, i) => new Date(d.getTime() + (i - back) * 86_400_000).toISOString().slice(0, 10));
}
