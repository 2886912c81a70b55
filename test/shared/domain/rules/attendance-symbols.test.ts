import { describe, expect, it } from 'vitest';
import { codesOf, ATTENDANCE_STATUS } from '@shared/domain/enums';
import { DEFAULT_ATTENDANCE_SYMBOLS, checkAttendanceSymbols, statusForKey, symbolFor } from '@shared/domain/rules/attendance-symbols';

describe('attendance symbols and keys', () => {
  it('has one symbol, letter and digit for every attendance status, the defaults being valid', () => {
    expect(DEFAULT_ATTENDANCE_SYMBOLS.map((s) => s.status).sort()).toEqual([...codesOf(ATTENDANCE_STATUS)].sort());
    expect(checkAttendanceSymbols(DEFAULT_ATTENDANCE_SYMBOLS)).toEqual([]);
    expect(DEFAULT_ATTENDANCE_SYMBOLS.slice(0, 6).map((s) => `${s.symbol}${s.label}`)).toEqual(['√在岗', '○公出', '△请假', '☆休息', '◇轮休', '×缺勤']);
  });

  it('maps a key press in either case, or a digit, to its status', () => {
    expect(statusForKey(DEFAULT_ATTENDANCE_SYMBOLS, 'z')).toBe('present');
    expect(statusForKey(DEFAULT_ATTENDANCE_SYMBOLS, 'K')).toBe('absent');
    expect(statusForKey(DEFAULT_ATTENDANCE_SYMBOLS, '2')).toBe('officialOuting');
    expect(statusForKey(DEFAULT_ATTENDANCE_SYMBOLS, 'ArrowLeft')).toBeUndefined();
    expect(statusForKey(DEFAULT_ATTENDANCE_SYMBOLS, 'b')).toBeUndefined();
    expect(symbolFor(DEFAULT_ATTENDANCE_SYMBOLS, 'leave')).toBe('△');
    expect(symbolFor(DEFAULT_ATTENDANCE_SYMBOLS, null)).toBe('');
  });

  it('explains a configuration that would make keys or symbols ambiguous', () => {
    const set = DEFAULT_ATTENDANCE_SYMBOLS.map((s) => ({ ...s }));
    set[1]!.symbol = '√';
    set[2]!.key = 'z';
    set[3]!.digit = 'x';
    const withoutUnknown = set.filter((s) => s.status !== 'unknown');
    expect(checkAttendanceSymbols(withoutUnknown)).toEqual([
      '缺少“未记录”的符号',
      '“公出”与“在岗”的符号相同（√）',
      '“请假”与“在岗”的快捷键相同（Z）',
      '“休息”的数字键应为0至9中的一个',
    ]);
  });
});
