import type { InputOf } from '@shared/domain/tables';
import type { Row, StoreTableName } from '../database';
import { registerStoredCalendar, weekdaysOnlyYears } from '../queries/calendar-years';
import * as repo from '../repositories/calendar';
import type { Store } from '../store';

/** 设置 → 节假日安排: saves a year's holidays and make-up working days (synced to every PC) and applies them here. */
export async function saveCalendarYear(store: Store, input: InputOf<'calendarYears'>): Promise<Row<'calendarYears'>> {
  const row = await store.write((w) => repo.saveCalendarYear(w, input));
  await registerStoredCalendar(store.db);
  return row;
}

/** Deletes an entered year's arrangement. */
export async function removeCalendarYear(store: Store, year: number): Promise<void> {
  await store.write((w) => repo.removeCalendarYear(w, year));
  await registerStoredCalendar(store.db);
}

/**
 * Records on this PC that the clerk accepts counting Monday to Friday for a year without an
 * arrangement (`accept` false withdraws it). Local to this PC: each clerk decides for themselves
 * until the 组织部 enters the year.
 */
export async function setWeekdaysOnly(store: Store, year: number, accept: boolean): Promise<void> {
  const years = new Set(await weekdaysOnlyYears(store.db));
  if (accept) years.add(year);
  else years.delete(year);
  await store.write((w) => w.setMeta('calendarWeekdaysOnly', [...years].sort()));
  await registerStoredCalendar(store.db);
}

const CALENDAR_TABLES: readonly StoreTableName[] = ['calendarYears', 'meta'];

/**
 * Registers the stored calendar years at start and again whenever they change (a clerk's entry, or
 * a package from the 组织部), so every screen counts working days from them. Resolves once the
 * first registration is done; call the returned function to stop watching.
 */
export async function watchCalendarYears(store: Store): Promise<() => void> {
  await registerStoredCalendar(store.db);
  return store.onChanged((tables) => {
    // A failed re-read (database closing) leaves the calendar as it was until the next change.
    if (CALENDAR_TABLES.some((t) => tables.has(t))) registerStoredCalendar(store.db).catch(() => undefined);
  });
}
