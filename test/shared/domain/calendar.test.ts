import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CalendarDataMissingError,
  acceptWeekdaysOnly,
  addWorkdays,
  calendarCoverage,
  checkCalendarYear,
  countWorkdays,
  coveredYears,
  dayKind,
  expandHolidayRanges,
  holidayName,
  isWorkday,
  isoWeekday,
  monthCalendar,
  nextWorkday,
  registerCalendarYear,
  unregisterCalendarYear,
  withdrawWeekdaysOnly,
  workdaysInMonth,
  workdaysInRange,
} from '@shared/domain/calendar';

/*
 * Working days per month, computed by hand from the notices (not from the library under test):
 *
 * 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）:
 *   元旦 1-1 (Wed) off; 春节 1-28 … 2-4 off, 1-26 (Sun) and 2-8 (Sat) worked; 清明节 4-4 … 4-6;
 *   劳动节 5-1 … 5-5, 4-27 (Sun) worked; 端午节 5-31 … 6-2; 国庆节、中秋节 10-1 … 10-8, 9-28 (Sun)
 *   and 10-11 (Sat) worked.
 *   Mon–Fri per month 23 20 21 22 22 21 23 21 22 23 20 23; minus holiday weekdays 5 2 0 1 3 1 0 0 0 6 0 0;
 *   plus make-up days 1 1 0 1 0 0 0 0 1 1 0 0  →  19 19 21 22 19 20 23 21 23 18 20 23 (248 in the year).
 *
 * 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）:
 *   元旦 1-1 … 1-3, 1-4 (Sun) worked; 春节 2-15 … 2-23, 2-14 and 2-28 (Sat) worked; 清明节 4-4 … 4-6;
 *   劳动节 5-1 … 5-5, 5-9 (Sat) worked; 端午节 6-19 … 6-21; 中秋节 9-25 … 9-27; 国庆节 10-1 … 10-7,
 *   9-20 (Sun) and 10-10 (Sat) worked.
 *   Mon–Fri per month 22 20 22 22 21 22 23 21 22 22 21 23; minus holiday weekdays 2 6 0 1 3 1 0 0 1 5 0 0;
 *   plus make-up days 1 2 0 0 1 0 0 0 1 1 0 0  →  21 16 22 21 19 21 23 21 22 18 21 23 (248 in the year).
 */
const WORKDAYS_2025 = [19, 19, 21, 22, 19, 20, 23, 21, 23, 18, 20, 23];
const WORKDAYS_2026 = [21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23];

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

afterEach(() => {
  unregisterCalendarYear(2027);
  withdrawWeekdaysOnly(2027);
});

describe('working days of 2025 and 2026 follow the State Council notices', () => {
  it.each(WORKDAYS_2025.map((n, i) => [month(2025, i + 1), n] as const))('%s has %i working days', (m, n) => {
    expect(workdaysInMonth(m)).toHaveLength(n);
  });

  it.each(WORKDAYS_2026.map((n, i) => [month(2026, i + 1), n] as const))('%s has %i working days', (m, n) => {
    expect(workdaysInMonth(m)).toHaveLength(n);
  });

  it('has 248 working days in each of the two years', () => {
    expect(countWorkdays('2025-01-01', '2025-12-31')).toBe(248);
    expect(countWorkdays('2026-01-01', '2026-12-31')).toBe(248);
  });

  it('knows National Day 2025, its weekend days and the 调休 Saturday', () => {
    expect(dayKind('2025-10-01')).toBe('holiday');
    expect(dayKind('2025-10-04')).toBe('holiday');
    expect(dayKind('2025-10-11')).toBe('makeUpWorkday');
    expect(dayKind('2025-10-12')).toBe('weekend');
    expect(dayKind('2025-10-09')).toBe('workday');
    expect(isWorkday('2025-10-11')).toBe(true);
    expect(isWorkday('2025-10-01')).toBe(false);
  });

  it('names holidays with their official names', () => {
    expect(holidayName('2025-10-01')).toBe('国庆节');
    expect(holidayName('2025-01-01')).toBe('元旦');
    expect(holidayName('2026-02-16')).toBe('春节');
    expect(holidayName('2026-04-05')).toBe('清明节');
    expect(holidayName('2026-06-19')).toBe('端午节');
    expect(holidayName('2026-09-25')).toBe('中秋节');
    expect(holidayName('2025-10-10')).toBeUndefined();
  });
});

describe('ranges and counting', () => {
  it('lists the working days of a range in order, both ends included', () => {
    expect(workdaysInRange('2025-10-08', '2025-10-13')).toEqual(['2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
    expect(workdaysInRange('2025-10-10', '2025-10-10')).toEqual(['2025-10-10']);
    expect(workdaysInRange('2025-10-13', '2025-10-10')).toEqual([]);
  });

  it('counts across a year boundary', () => {
    // 2025-12-29 Mon … 2026-01-04 Sun (make-up day); 01-01..01-03 are 元旦.
    expect(countWorkdays('2025-12-29', '2026-01-04')).toBe(4);
  });

  it('counts exactly the days workdaysInRange lists, for any range of 2023–2026', () => {
    const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(countWorkdays(a, b)).toBe(workdaysInRange(a, b).length);
      }),
      { numRuns: 400 },
    );
    expect(countWorkdays('2024-02-29', '2024-02-29')).toBe(1);
    expect(countWorkdays('2024-12-31', '2025-01-01')).toBe(1);
  });

  it('finds the next working day across a holiday block and a make-up Sunday', () => {
    expect(nextWorkday('2025-09-30')).toBe('2025-10-09');
    expect(nextWorkday('2025-12-31')).toBe('2026-01-04');
    expect(nextWorkday('2026-02-13')).toBe('2026-02-14');
    expect(addWorkdays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkdays('2026-02-13', 0)).toBe('2026-02-13');
  });

  it('gives weekdays as 1 = Monday … 7 = Sunday', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
  });
});

describe('the month grid header', () => {
  it('shows October 2026 with weekday labels, holiday names and 休/班 marks', () => {
    const days = monthCalendar('2026-10');
    expect(days).toHaveLength(31);
    expect(days[0]).toEqual({
      date: '2026-10-01',
      day: 1,
      weekday: 4,
      weekdayLabel: '四',
      kind: 'holiday',
      workday: false,
      holidayName: '国庆节',
      mark: '休',
    });
    const tenth = days[9]!;
    expect([tenth.weekdayLabel, tenth.kind, tenth.workday, tenth.mark, tenth.holidayName]).toEqual(['六', 'makeUpWorkday', true, '班', null]);
    const eleventh = days[10]!;
    expect([eleventh.weekdayLabel, eleventh.kind, eleventh.mark]).toEqual(['日', 'weekend', '']);
    expect(days.filter((d) => d.workday)).toHaveLength(18);
  });
});

describe('years without holiday data (2027)', () => {
  it('covers the built-in years and says where the data come from', () => {
    expect(coveredYears()).toContain(2025);
    expect(coveredYears()).toContain(2026);
    expect(coveredYears()).not.toContain(2027);
    expect(calendarCoverage(2026)).toEqual({ year: 2026, source: 'builtIn', label: '国务院办公厅放假安排（内置）' });
    expect(calendarCoverage(2027)).toEqual({ year: 2027, source: null, label: '缺少2027年放假安排' });
  });

  it('refuses to guess for 2027 and says what to do', () => {
    expect(() => dayKind('2027-01-04')).toThrow(CalendarDataMissingError);
    expect(() => workdaysInMonth('2027-01')).toThrow(CalendarDataMissingError);
    expect(() => monthCalendar('2027-01')).toThrow(CalendarDataMissingError);
    expect(() => countWorkdays('2026-12-28', '2027-01-08')).toThrow(CalendarDataMissingError);
    expect(() => nextWorkday('2026-12-31')).toThrow(CalendarDataMissingError);
    try {
      holidayName('2027-01-04');
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarDataMissingError).year).toBe(2027);
      expect((e as Error).message).toBe(
        '节假日数据不包含2027年，无法计算工作日。请在“设置 → 节假日安排”中录入2027年的放假安排（国务院办公厅每年11月公布），或确认暂按周一至周五计算。',
      );
    }
  });

  it('uses an arrangement entered in 设置 and stops when it is removed', () => {
    // A made-up 2027 arrangement shaped like a notice (no 2027 notice existed when this was written).
    const { holidays, names } = expandHolidayRanges([
      { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
      { name: '春节', from: '2027-02-05', to: '2027-02-12' },
    ]);
    registerCalendarYear(2027, { holidays, names, makeUpWorkdays: ['2027-02-13'] });
    expect(calendarCoverage(2027).source).toBe('entered');
    expect(calendarCoverage(2027).label).toBe('设置中录入的放假安排');
    expect(holidayName('2027-02-08')).toBe('春节');
    expect(dayKind('2027-02-13')).toBe('makeUpWorkday');
    // January 2027: 21 weekdays, 1-1 (Fri) off → 20. February: 20 weekdays, 2-5 and 2-8..2-12 off, 2-13 worked → 15.
    expect(workdaysInMonth('2027-01')).toHaveLength(20);
    expect(workdaysInMonth('2027-02')).toHaveLength(15);
    expect(countWorkdays('2026-12-28', '2027-02-28')).toBe(4 + 20 + 15);
    // entered again with 2-13 not worked: counts follow at once
    registerCalendarYear(2027, { holidays, names, makeUpWorkdays: [] });
    expect(countWorkdays('2026-12-28', '2027-02-28')).toBe(4 + 20 + 14);
    expect(unregisterCalendarYear(2027)).toBe(true);
    expect(() => dayKind('2027-01-04')).toThrow(CalendarDataMissingError);
    expect(() => countWorkdays('2027-01-04', '2027-01-08')).toThrow(CalendarDataMissingError);
  });

  it('counts Monday to Friday only after a clerk accepted it, and keeps saying so', () => {
    expect(() => workdaysInMonth('2027-03')).toThrow(CalendarDataMissingError);
    acceptWeekdaysOnly(2027);
    expect(calendarCoverage(2027)).toEqual({ year: 2027, source: 'weekdaysOnly', label: '无放假安排，已确认暂按周一至周五计算' });
    expect(workdaysInMonth('2027-01')).toHaveLength(21);
    expect(holidayName('2027-01-01')).toBeUndefined();
    // An entered arrangement replaces the fallback as soon as it exists.
    registerCalendarYear(2027, { holidays: ['2027-01-01'], makeUpWorkdays: [], names: { '2027-01-01': '元旦' } });
    expect(calendarCoverage(2027).source).toBe('entered');
    expect(workdaysInMonth('2027-01')).toHaveLength(20);
    unregisterCalendarYear(2027);
    expect(calendarCoverage(2027).source).toBe('weekdaysOnly');
    expect(withdrawWeekdaysOnly(2027)).toBe(true);
    expect(calendarCoverage(2027).source).toBeNull();
  });

  it('never lets the fallback override real data', () => {
    acceptWeekdaysOnly(2026);
    try {
      expect(calendarCoverage(2026).source).toBe('builtIn');
      expect(isWorkday('2026-10-01')).toBe(false);
    } finally {
      withdrawWeekdaysOnly(2026);
    }
  });

  it('explains what is wrong with a typed-in arrangement and refuses to register it', () => {
    expect(checkCalendarYear(2027, { holidays: ['2028-01-01'], makeUpWorkdays: [] })).toEqual(['日期“2028-01-01”不是2027年的有效日期']);
    expect(checkCalendarYear(2027, { holidays: ['2027-02-30'], makeUpWorkdays: [] })).toEqual(['日期“2027-02-30”不是2027年的有效日期']);
    expect(checkCalendarYear(2027, { holidays: ['2027-01-01'], makeUpWorkdays: ['2027-01-05'] })).toEqual([
      '调休上班日“2027-01-05”不是周六或周日，请核对',
    ]);
    expect(checkCalendarYear(2027, { holidays: ['2027-01-02'], makeUpWorkdays: ['2027-01-02'] })).toEqual([
      '日期“2027-01-02”不能既是节假日又是调休上班日',
    ]);
    expect(checkCalendarYear(2027, { holidays: [], makeUpWorkdays: [] })).toEqual(['2027年的放假安排至少应包含一天节假日']);
    expect(() => registerCalendarYear(2027, { holidays: ['2027-01-01'], makeUpWorkdays: ['2027-01-05'] })).toThrow(/周六或周日/);
    expect(coveredYears()).not.toContain(2027);
    expect(() => expandHolidayRanges([{ name: '春节', from: '2027-02-12', to: '2027-02-05' }])).toThrow(/早于/);
  });
});
