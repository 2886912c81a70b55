import { afterEach, describe, expect, it } from 'vitest';
import { calendarCoverage, workdaysInMonth } from '@shared/domain/calendar';
import { removeCalendarYear, saveCalendarYear, setWeekdaysOnly, watchCalendarYears } from '../../../../renderer/src/db/operations';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import { listCalendarYears, registerStoredCalendar } from '../../../../renderer/src/db/queries/calendar-years';
import { attendanceCounty } from '../attendance-fixture';
import { exchange } from '../exchange';
import { newStore } from '../test-store';

/*
 * An arrangement for 2027 as a 组织部 clerk would type it from the notice (the dates here are made
 * up for the test: 国庆节 Fri 1 – Thu 7 October, make-up working days Sun 26 September and Sat 9
 * October). October 2027 by hand: 21 weekdays (1, 4–8, 11–15, 18–22, 25–29), minus the 5 holiday
 * weekdays (1, 4, 5, 6, 7), plus 1 make-up Saturday (9) = 17.
 */
const YEAR_2027 = {
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  makeUpWorkdays: ['2027-09-26', '2027-10-09'],
  documentNo: '国办发明电〔2026〕99号',
};

let stores: { close(): void }[] = [];
afterEach(async () => {
  for (const s of stores) s.close();
  stores = [];
  // the calendar is module state: leave it as the next test expects it (2027 not covered)
  const clean = await newStore();
  await registerStoredCalendar(clean.db);
  clean.close();
});

describe('设置 → 节假日安排: a year the built-in calendar lacks', () => {
  it('2027 warns until entered, then counts working days from the entered arrangement', async () => {
    const store = await newStore();
    stores.push(store);
    const { postings } = await attendanceCounty(store);
    expect(calendarCoverage(2027).source).toBeNull();
    await expect(loadEffectiveMonths(store.db, [postings.down.id], '2027-10')).rejects.toThrow(/节假日数据不包含2027年.*设置 → 节假日安排/);

    await saveCalendarYear(store, YEAR_2027);
    expect(calendarCoverage(2027)).toMatchObject({ source: 'entered', label: '设置中录入的放假安排' });
    expect(workdaysInMonth('2027-10')).toHaveLength(17);
    const m = (await loadEffectiveMonths(store.db, [postings.down.id], '2027-10')).get(postings.down.id)!;
    expect(m.summary.requiredDays).toBe(17);
    expect(m.month.days[0]).toMatchObject({ kind: 'holiday', holidayName: '国庆节', status: 'rest' });
    expect(m.month.days[8]).toMatchObject({ kind: 'makeUpWorkday', workday: true, status: 'unknown' });

    await removeCalendarYear(store, 2027);
    expect(calendarCoverage(2027).source).toBeNull();
  });

  it('counts Monday to Friday only where the clerk of this PC accepted it', async () => {
    const store = await newStore();
    stores.push(store);
    await setWeekdaysOnly(store, 2027, true);
    expect(calendarCoverage(2027).source).toBe('weekdaysOnly');
    expect(workdaysInMonth('2027-10')).toHaveLength(21);
    // an entered arrangement takes precedence over the fallback
    await saveCalendarYear(store, YEAR_2027);
    expect(workdaysInMonth('2027-10')).toHaveLength(17);
    await removeCalendarYear(store, 2027);
    expect(calendarCoverage(2027).source).toBe('weekdaysOnly');
    await setWeekdaysOnly(store, 2027, false);
    expect(calendarCoverage(2027).source).toBeNull();
  });

  it('refuses a make-up working day that is not a weekend, in Chinese, and saves nothing', async () => {
    const store = await newStore();
    stores.push(store);
    await expect(saveCalendarYear(store, { ...YEAR_2027, makeUpWorkdays: ['2027-10-08'] })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: '调休上班日“2027-10-08”不是周六或周日，请核对' })],
    });
    await expect(saveCalendarYear(store, { ...YEAR_2027, holidays: [{ name: '国庆节', from: '2028-10-01', to: '2028-10-07' }] })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ message: '国庆节的日期“2028-10-01”不在2027年内' })]),
    });
    expect(await listCalendarYears(store.db)).toEqual([]);
    expect(calendarCoverage(2027).source).toBeNull();
  });

  it('an entered year travels to the township PC, where the watcher registers it; a deletion travels too', async () => {
    const orgDept = await newStore();
    const town = await newStore();
    stores.push(orgDept, town);
    await saveCalendarYear(orgDept, YEAR_2027);
    // one process plays both PCs: make the calendar the township PC's own (nothing entered yet)
    await registerStoredCalendar(town.db);
    expect(calendarCoverage(2027).source).toBeNull();
    const stop = await watchCalendarYears(town);
    await exchange(orgDept, town);
    await expect.poll(() => calendarCoverage(2027).source).toBe('entered');
    expect((await listCalendarYears(town.db)).map((y) => [y.year, y.documentNo])).toEqual([[2027, '国办发明电〔2026〕99号']]);

    await removeCalendarYear(orgDept, 2027);
    await exchange(orgDept, town);
    await expect.poll(() => calendarCoverage(2027).source).toBeNull();
    stop();
  });
});
