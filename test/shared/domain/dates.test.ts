import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIso,
  daysBetween,
  formatDateChinese,
  formatDateDotted,
  formatMonthDotted,
  isValidIsoDate,
  isValidIsoMonth,
  monthOf,
  parseDateInput,
  parseMonthInput,
  plannedEndDate,
  todayIso,
} from '@shared/domain/dates';

describe('parseMonthInput', () => {
  it.each([
    '1985.3',
    '1985.03',
    '1985.3.',
    '1985年3月',
    '1985年03月',
    '1985-03',
    '1985-3',
    '1985/3',
    '198503',
    '1985.03.15',
    '1985-03-15',
    '1985年3月15日',
    ' １９８５．０３ ',
    '31107',
    '1985/3/15 0:00:00',
  ])('reads %j as 1985-03', (input) => {
    expect(parseMonthInput(input)).toEqual({ ok: true, value: '1985-03' });
  });

  it('reads Excel serials, numbers typed into numeric cells and Date objects', () => {
    expect(parseMonthInput(31107)).toEqual({ ok: true, value: '1985-03' });
    expect(parseMonthInput(31107.75)).toEqual({ ok: true, value: '1985-03' });
    expect(parseMonthInput(1985.03)).toEqual({ ok: true, value: '1985-03' });
    expect(parseMonthInput(198503)).toEqual({ ok: true, value: '1985-03' });
    expect(parseMonthInput(new Date(1985, 2, 31))).toEqual({ ok: true, value: '1985-03' });
  });

  it('handles both sides of Excel’s fake 1900-02-29 (serial 60)', () => {
    expect(parseMonthInput(59)).toEqual({ ok: true, value: '1900-02' });
    expect(parseMonthInput(60)).toEqual({ ok: true, value: '1900-02' });
    expect(parseMonthInput(61)).toEqual({ ok: true, value: '1900-03' });
  });

  it('explains how to write the month when it cannot be read', () => {
    expect(parseMonthInput('1985.13')).toEqual({ ok: false, error: '无法识别的年月“1985.13”（月份应为1至12），请按 1985.03 的格式填写' });
    expect(parseMonthInput('2099.13')).toEqual({ ok: false, error: '无法识别的年月“2099.13”（月份应为1至12），请按 1985.03 的格式填写' });
    expect(parseMonthInput('201.06')).toEqual({ ok: false, error: '无法识别的年月“201.06”（年份“201”应为4位数字），请按 1985.03 的格式填写' });
    expect(parseMonthInput('2201.06')).toEqual({ ok: false, error: '无法识别的年月“2201.06”（年份应在1900至2100年之间），请按 1985.03 的格式填写' });
    expect(parseMonthInput('1985.02.30')).toEqual({ ok: false, error: '无法识别的年月“1985.02.30”（1985年2月没有30日），请按 1985.03 的格式填写' });
    expect(parseMonthInput('1985.0')).toMatchObject({ ok: false });
    expect(parseMonthInput('1899.12')).toMatchObject({ ok: false });
    expect(parseMonthInput('2101.01')).toMatchObject({ ok: false });
    expect(parseMonthInput('1985')).toMatchObject({ ok: false });
    expect(parseMonthInput(1985)).toMatchObject({ ok: false });
    expect(parseMonthInput('1985.123')).toMatchObject({ ok: false });
    expect(parseMonthInput(2024.0506)).toMatchObject({ ok: false });
    expect(parseMonthInput('八五年三月')).toMatchObject({ ok: false });
    expect(parseMonthInput('1985.02.30')).toMatchObject({ ok: false });
    expect(parseMonthInput(new Date(Number.NaN))).toMatchObject({ ok: false });
    expect(parseMonthInput({})).toMatchObject({ ok: false });
  });

  it('asks for a value when the cell is empty', () => {
    expect(parseMonthInput('  ')).toMatchObject({ ok: false, error: expect.stringContaining('请填写') });
    expect(parseMonthInput(null)).toMatchObject({ ok: false });
  });
});

describe('parseDateInput', () => {
  it.each(['2024.5.6', '2024年5月6日', '2024-05-06', '2024/5/6', '20240506', '２０２４．５．６', '45418', '2024-05-06 08:30'])(
    'reads %j as 2024-05-06',
    (input) => {
      expect(parseDateInput(input)).toEqual({ ok: true, value: '2024-05-06' });
    },
  );

  it('reads Excel serials and Date objects on the local calendar', () => {
    expect(parseDateInput(45418)).toEqual({ ok: true, value: '2024-05-06' });
    expect(parseDateInput(61)).toEqual({ ok: true, value: '1900-03-01' });
    expect(parseDateInput(1)).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDateInput(new Date(2024, 4, 6, 23, 59))).toEqual({ ok: true, value: '2024-05-06' });
  });

  it('refuses days that do not exist, saying why', () => {
    expect(parseDateInput('2023-02-29')).toEqual({ ok: false, error: '2023年2月没有29日（该月只有28天），请核对' });
    expect(parseDateInput('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateInput(60)).toMatchObject({ ok: false });
  });

  it('refuses a month without a day and unreadable text', () => {
    expect(parseDateInput('2024.5')).toEqual({ ok: false, error: '无法识别的日期“2024.5”（缺少日），请按 2024.05.06 的格式填写' });
    expect(parseDateInput('2024.13.1')).toEqual({ ok: false, error: '无法识别的日期“2024.13.1”（月份应为1至12），请按 2024.05.06 的格式填写' });
    expect(parseDateInput('2024.2.30')).toEqual({ ok: false, error: '2024年2月没有30日（该月只有29天），请核对' });
    expect(parseDateInput('24.2.3')).toEqual({ ok: false, error: '无法识别的日期“24.2.3”（年份“24”应为4位数字），请按 2024.05.06 的格式填写' });
    expect(parseDateInput('2024.2.0')).toEqual({ ok: false, error: '无法识别的日期“2024.2.0”（日应为1至31），请按 2024.05.06 的格式填写' });
    expect(parseDateInput('下周一')).toMatchObject({ ok: false });
    expect(parseDateInput('')).toMatchObject({ ok: false });
  });
});

describe('formatting', () => {
  it('prints months and dates in the official dotted form', () => {
    expect(formatMonthDotted('1985-03')).toBe('1985.03');
    expect(formatMonthDotted('1985-03-15')).toBe('1985.03');
    expect(formatDateDotted('2024-05-06')).toBe('2024.05.06');
    expect(formatMonthDotted('')).toBe('');
    expect(formatMonthDotted(undefined)).toBe('');
  });

  it('prints dates the Chinese way without leading zeros', () => {
    expect(formatDateChinese('2024-05-06')).toBe('2024年5月6日');
    expect(formatDateChinese('2024-11-20')).toBe('2024年11月20日');
    expect(formatDateChinese('2024-05')).toBe('2024年5月');
  });

  it('leaves text it does not understand visible instead of hiding it', () => {
    expect(formatDateDotted('不详')).toBe('不详');
  });
});

describe('date arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
  });

  it('computes the planned end of a term as start + months − 1 day', () => {
    expect(plannedEndDate('2024-03-01', 24)).toBe('2026-02-28');
    expect(plannedEndDate('2025-01-01', 12)).toBe('2025-12-31');
    expect(plannedEndDate('2024-09-15', 6)).toBe('2025-03-14');
  });

  it('counts whole days between dates, negative backwards', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2024-03-10', '2024-03-01')).toBe(-9);
    expect(daysBetween('1986-05-03', '1986-05-05')).toBe(2);
  });

  it('refuses malformed dates', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2024/01/01', '2024-01-02')).toThrow(RangeError);
  });
});

describe('validation helpers', () => {
  it('knows real dates and months', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-5-6')).toBe(false);
    expect(isValidIsoDate(20240506)).toBe(false);
    expect(isValidIsoMonth('1985-03')).toBe(true);
    expect(isValidIsoMonth('1985-13')).toBe(false);
    expect(isValidIsoMonth('1985-03-01')).toBe(false);
  });

  it('takes the month of a date and orders ISO strings', () => {
    expect(monthOf('2024-05-06')).toBe('2024-05');
    expect(compareIso('2024-05-06', '2024-05-07')).toBe(-1);
    expect(compareIso('2024-05-06', '2024-05-06')).toBe(0);
    expect(compareIso('2025-01', '2024-12')).toBe(1);
    expect(['2024-03-01', '2023-12-31', '2024-01-15'].sort(compareIso)).toEqual(['2023-12-31', '2024-01-15', '2024-03-01']);
  });

  it('gives today as a valid ISO date', () => {
    expect(isValidIsoDate(todayIso())).toBe(true);
  });
});
