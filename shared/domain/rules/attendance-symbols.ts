import type { AttendanceStatusCode } from './attendance';

/**
 * The marks of the attendance grid (issue 10): a symbol a clerk knows from paper sign-in books, a
 * letter (the pinyin initial of the status) and a digit for keyboard entry. Configurable in 设置;
 * these are the defaults.
 */
export interface AttendanceSymbol {
  status: AttendanceStatusCode;
  /** Shown in the cell and the legend, 1–2 characters. */
  symbol: string;
  /** Short label for the legend. */
  label: string;
  /** Letter key (A–Z, either case). */
  key: string;
  /** Digit key (0–9). */
  digit: string;
}

export const DEFAULT_ATTENDANCE_SYMBOLS: readonly AttendanceSymbol[] = [
  { status: 'present', symbol: '√', label: '在岗', key: 'Z', digit: '1' },
  { status: 'officialOuting', symbol: '○', label: '公出', key: 'G', digit: '2' },
  { status: 'leave', symbol: '△', label: '请假', key: 'Q', digit: '3' },
  { status: 'rest', symbol: '☆', label: '休息', key: 'X', digit: '4' },
  { status: 'rotatingRest', symbol: '◇', label: '轮休', key: 'L', digit: '5' },
  { status: 'absent', symbol: '×', label: '缺勤', key: 'K', digit: '6' },
  { status: 'late', symbol: '迟', label: '迟到', key: 'C', digit: '7' },
  { status: 'earlyLeave', symbol: '退', label: '早退', key: 'T', digit: '8' },
  { status: 'unknown', symbol: '？', label: '未记录', key: 'W', digit: '9' },
];

const ALL_STATUSES: readonly AttendanceStatusCode[] = DEFAULT_ATTENDANCE_SYMBOLS.map((s) => s.status);

/** What is wrong with a configured symbol set, in Chinese (empty when it can be saved). */
export function checkAttendanceSymbols(symbols: readonly AttendanceSymbol[]): string[] {
  const problems: string[] = [];
  for (const status of ALL_STATUSES) {
    const n = symbols.filter((s) => s.status === status).length;
    const label = DEFAULT_ATTENDANCE_SYMBOLS.find((s) => s.status === status)!.label;
    if (n === 0) problems.push(`缺少“${label}”的符号`);
    if (n > 1) problems.push(`“${label}”设置了${n}次`);
  }
  const seen = { symbol: new Map<string, string>(), key: new Map<string, string>(), digit: new Map<string, string>() };
  for (const s of symbols) {
    const symbol = s.symbol.trim();
    if (symbol.length < 1 || [...symbol].length > 2) problems.push(`“${s.label}”的符号应为1至2个字符`);
    if (!/^[A-Za-z]$/.test(s.key)) problems.push(`“${s.label}”的快捷键应为一个英文字母`);
    if (!/^\d$/.test(s.digit)) problems.push(`“${s.label}”的数字键应为0至9中的一个`);
    const entries: [keyof typeof seen, string, string][] = [
      ['symbol', symbol, '符号'],
      ['key', s.key.toUpperCase(), '快捷键'],
      ['digit', s.digit, '数字键'],
    ];
    for (const [field, value, what] of entries) {
      const other = seen[field].get(value);
      if (other !== undefined && value !== '') problems.push(`“${s.label}”与“${other}”的${what}相同（${value}）`);
      else seen[field].set(value, s.label);
    }
  }
  return problems;
}

/** The status a key press sets (letter in either case, or digit); undefined for any other key. */
export function statusForKey(symbols: readonly AttendanceSymbol[], key: string): AttendanceStatusCode | undefined {
  if (key.length !== 1) return undefined;
  const k = key.toUpperCase();
  return symbols.find((s) => s.key.toUpperCase() === k || s.digit === k)?.status;
}

/** The symbol of a status ('' for a day with no status). */
export function symbolFor(symbols: readonly AttendanceSymbol[], status: string | null | undefined): string {
  if (!status) return '';
  return symbols.find((s) => s.status === status)?.symbol ?? '';
}
