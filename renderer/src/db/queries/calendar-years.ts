import { acceptWeekdaysOnly, calendarCoverage, registerCalendarYear, unregisterCalendarYear, withdrawWeekdaysOnly } from '@shared/domain/calendar';
import { calendarYearDays } from '@shared/domain/entities/calendar-year';
import type { ReadDb, Row } from '../database';
import { live } from './live';

/** The holiday arrangements entered in 设置 (synced), by year ascending. */
export async function listCalendarYears(db: ReadDb): Promise<Row<'calendarYears'>[]> {
  return (await live(db.calendarYears).toArray()).sort((a, b) => a.year - b.year);
}

/** Years without an arrangement for which a clerk on this PC accepted counting Monday to Friday. */
export async function weekdaysOnlyYears(db: ReadDb): Promise<number[]> {
  return ((await db.meta.get('calendarWeekdaysOnly'))?.value as number[] | undefined) ?? [];
}

/** Bumped after every registration, so screens can recompute what depends on the calendar. */
let version = 0;
const listeners = new Set<() => void>();

/** How many times the stored calendar was (re)registered; changes whenever working days may have. */
export function calendarVersion(): number {
  return version;
}

/** Listens to re-registrations of the stored calendar; returns the function that stops listening. */
export function onCalendarChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What this module registered into the shared calendar, so a deleted year can be taken out again. */
const registered = { years: new Set<number>(), weekdaysOnly: new Set<number>() };

/**
 * Makes the shared calendar (module state, shared/domain/calendar.ts) match the database: every
 * entered year registered, years deleted since unregistered, this PC's weekdays-only acceptances
 * applied. Run at start and after every change of `calendarYears` or `meta` (watchCalendarYears).
 * A stored year that does not pass the calendar's checks is left out (its record's schema checks
 * the same, so only a damaged record can).
 */
export async function registerStoredCalendar(db: ReadDb): Promise<void> {
  const [years, accepted] = await Promise.all([listCalendarYears(db), weekdaysOnlyYears(db)]);
  const now = new Set<number>();
  for (const y of years) {
    try {
      registerCalendarYear(y.year, calendarYearDays(y));
      now.add(y.year);
    } catch {
      unregisterCalendarYear(y.year);
    }
  }
  for (const y of registered.years) if (!now.has(y)) unregisterCalendarYear(y);
  registered.years = now;
  for (const y of registered.weekdaysOnly) if (!accepted.includes(y)) withdrawWeekdaysOnly(y);
  for (const y of accepted) acceptWeekdaysOnly(y);
  registered.weekdaysOnly = new Set(accepted);
  version++;
  for (const listener of [...listeners]) listener();
}

/** The calendar source of each year from `from` to `to`, as 设置 → 节假日安排 lists them. */
export function coverageOfYears(from: number, to: number): ReturnType<typeof calendarCoverage>[] {
  return Array.from({ length: to - from + 1 }, (_, i) => calendarCoverage(from + i));
}
