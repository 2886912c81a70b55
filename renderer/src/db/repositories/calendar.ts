import type { InputOf } from '@shared/domain/tables';
import { keyedId } from '@shared/domain/tables';
import type { Row } from '../database';
import { NotFoundError } from '../errors';
import { getLive } from '../queries/live';
import type { Writer } from '../writer';

/** Saves (or corrects) a year's arrangement; the schema checks every date against the year. */
export async function saveCalendarYear(w: Writer, input: InputOf<'calendarYears'>): Promise<Row<'calendarYears'>> {
  return w.create('calendarYears', input);
}

/** Deletes an entered year (built-in data, if any, applies again). */
export async function removeCalendarYear(w: Writer, year: number): Promise<void> {
  const id = keyedId('calendarYears', String(year));
  if (!(await getLive(w.db.calendarYears, id))) throw new NotFoundError(`${year}年的放假安排`);
  await w.remove('calendarYears', id);
}
