import data from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import {
  CalendarDataMissingError,
  countWorkdays,
  coveredYears,
  dayKind,
  holidayName,
  isWorkday,
  registerCalendarYear,
  unregisterCalendarYear,
  workdaysInRange,
} from '@shared/domain/calendar';

describe('dayKind', () => {
  it('knows National Day, its weekend days and the 调休 Saturday', () => {
    expect(dayKind('2025-10-01')).toBe('holiday');
    expect(dayKind('2025-10-04')).toBe('holiday');
    expect(dayKind('2025-10-11')).toBe('makeUpWorkday');
    expect(dayKind('2025-10-12')).toBe('weekend');
    expect(dayKind('2025-10-09')).toBe('workday');
  });

  it('knows the 2026 Spring Festival', () => {
    expect(dayKind('2026-02-16')).toBe('holiday');
    expect(holidayName('2026-02-16')).toBe('春节');
    expect(dayKind('2026-02-14')).toBe('makeUpWorkday');
  });
});

describe('isWorkday and holidayName', () => {
  it('treats make-up Saturdays as working days and holidays as days off', () => {
    expect(isWorkday('2025-10-11')).toBe(true);
    expect(isWorkday('2025-10-01')).toBe(false);
    expect(isWorkday('2025-10-12')).toBe(false);
    expect(isWorkday('2025-10-10')).toBe(true);
  });

  it('names holidays in Chinese and nothing else', () => {
    expect(holidayName('2025-10-01')).toBe('国庆节');
    expect(holidayName('2025-01-01')).toBe('元旦');
    expect(holidayName('2025-10-10')).toBeUndefined();
  });
});

describe('counting working days', () => {
  it('counts 18 working days in October 2025 (23 weekdays − 6 holiday weekdays + the 10-11 make-up day)', () => {
    expect(countWorkdays('2025-10-01', '2025-10-31')).toBe(18);
  });

  it('agrees with a count made straight from the chinese-days tables for every month of 2024–2026', () => {
    const holidays = data.holidays as Record<string, string>;
    const workdays = data.workdays as Record<string, string>;
    for (let y = 2024; y <= 2026; y++) {
      for (let m = 1; m <= 12; m++) {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        let expected = 0;
        for (let d = 1; d <= last; d++) {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
          if (iso in workdays || (dow !== 0 && dow !== 6 && !(iso in holidays))) expected++;
        }
        const start = `${y}-${String(m).padStart(2, '0')}-01`;
        const end = `${y}-${String(m).padStart(2, '0')}-${last}`;
        expect(countWorkdays(start, end), start).toBe(expected);
      }
    }
  });

  it('lists the working days of a range in order, both ends included', () => {
    expect(workdaysInRange('2025-10-08', '2025-10-13')).toEqual(['2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
    expect(workdaysInRange('2025-10-10', '2025-10-10')).toEqual(['2025-10-10']);
    expect(workdaysInRange('2025-10-13', '2025-10-10')).toEqual([]);
  });

  it('counts across a year boundary', () => {
    // 2025-12-29 Mon … 2026-01-04 Sun (make-up day); 01-01..01-03 are 元旦.
    expect(countWorkdays('2025-12-29', '2026-01-04')).toBe(4);
  });
});

describe('years without holiday data', () => {
  it('covers 2004–2026 out of the box', () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    expect(years).not.toContain(2027);
  });

  it('refuses to guess for 2027 and says what to do', () => {
    expect(() => dayKind('2027-01-04')).toThrow(CalendarDataMissingError);
    expect(() => isWorkday('2027-01-04')).toThrow(CalendarDataMissingError);
    expect(() => holidayName('2027-01-04')).toThrow(CalendarDataMissingError);
    expect(() => countWorkdays('2026-12-28', '2027-01-08')).toThrow(CalendarDataMissingError);
    try {
      dayKind('2027-01-04');
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarDataMissingError);
      expect((e as CalendarDataMissingError).year).toBe(2027);
      expect((e as Error).message).toBe(
        '节假日数据不包含2027年，无法计算工作日。请升级挂职通或在“设置”中补充2027年的放假安排。',
      );
    }
  });

  it('answers for 2027 once its arrangement has been registered', () => {
    registerCalendarYear(2027, {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
      makeUpWorkdays: ['2027-01-09'],
      names: { '2027-01-01': '元旦' },
    });
    try {
      expect(coveredYears()).toContain(2027);
      expect(dayKind('2027-01-04')).toBe('workday');
      expect(dayKind('2027-01-01')).toBe('holiday');
      expect(holidayName('2027-01-01')).toBe('元旦');
      expect(holidayName('2027-01-02')).toBe('节假日');
      expect(dayKind('2027-01-09')).toBe('makeUpWorkday');
      expect(dayKind('2027-01-10')).toBe('weekend');
      expect(countWorkdays('2027-01-01', '2027-01-10')).toBe(6);
    } finally {
      unregisterCalendarYear(2027);
    }
    expect(() => dayKind('2027-01-04')).toThrow(CalendarDataMissingError);
  });

  it('refuses a registered arrangement with dates outside its year or impossible make-up days', () => {
    expect(() => registerCalendarYear(2027, { holidays: ['2028-01-01'], makeUpWorkdays: [] })).toThrow(/2027/);
    expect(() => registerCalendarYear(2027, { holidays: ['2027-02-30'], makeUpWorkdays: [] })).toThrow();
    expect(() => registerCalendarYear(2027, { holidays: ['2027-01-01'], makeUpWorkdays: ['2027-01-05'] })).toThrow(
      /周六或周日/,
    );
    expect(() => registerCalendarYear(2027, { holidays: [], makeUpWorkdays: [] })).toThrow();
    expect(coveredYears()).not.toContain(2027);
  });
});
