import { useSyncExternalStore } from 'react';
import { calendarVersion, onCalendarChange } from '../../db/queries/calendar-years';

/** A number that changes whenever the stored holiday arrangements were registered again: put it in the dependencies of whatever counts working days. */
export function useCalendarVersion(): number {
  return useSyncExternalStore(onCalendarChange, calendarVersion);
}
