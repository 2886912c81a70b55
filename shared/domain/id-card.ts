import { ageAt } from './age';
import { isValidIsoDate, todayIso } from './dates';
import { toHalfWidth } from './text';

/** Outcome of checking a 公民身份号码 (GB 11643-1999). Warnings never block saving. */
export type IdCardResult =
  | {
      ok: true;
      /** The normalised 18-character number. */
      value: string;
      /** YYYY-MM-DD, from characters 7–14. */
      birthDate: string;
      /** GB/T 2261.1 code from the 17th digit: odd '1' 男, even '2' 女. */
      sex: '1' | '2';
      convertedFrom15: boolean;
      warnings: string[];
    }
  | { ok: false; error: string; expectedCheckChar?: string };

/** ISO 7064 MOD 11-2 weights: weight_i = 2^(18−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
  61, 62, 63, 64, 65, 71, 81, 82,
]);
const MIN_CADRE_AGE = 16;
const MAX_CADRE_AGE = 70;

/** Trims, removes spaces inside, turns full-width characters half-width and a lower-case x into X. */
export function normalizeIdCardNo(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s\u200b\u2060\ufeff]/g, '')
    .replace(/x/g, 'X');
}

/** The check character (0–9 or X) for the first 17 digits, by ISO 7064 MOD 11-2. Throws for anything but 17 digits. */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('计算校验位需要17位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Converts a legacy 15-digit number (GB 11643-1989) to 18 characters: 19 before the year, check character appended. */
export function convert15To18(raw15: string): string {
  const n = normalizeIdCardNo(raw15);
  if (!/^\d{15}$/.test(n)) throw new RangeError('15位身份证号码应由15位数字组成');
  const first17 = `${n.slice(0, 6)}19${n.slice(6)}`;
  return first17 + idCardCheckChar(first17);
}

/**
 * Checks an ID number as typed: normalises it, converts a 15-digit number, and verifies the
 * characters, the birth date (real, not in the future) and the check character. Derives birth
 * date and sex. Warns (without blocking) about an unknown province code, an age outside 16–70 at
 * `today` (default: this computer's date) and a converted 15-digit number.
 */
export function validateIdCardNo(raw: string | null | undefined, opts: { today?: string } = {}): IdCardResult {
  let value = normalizeIdCardNo(raw ?? '');
  if (value === '') return { ok: false, error: '请填写身份证号码' };
  const warnings: string[] = [];
  let convertedFrom15 = false;
  if (value.length === 15) {
    if (!/^\d{15}$/.test(value)) return { ok: false, error: '15位旧身份证号码应全部为数字，请核对' };
    value = convert15To18(value);
    convertedFrom15 = true;
    warnings.push('已将15位旧号码转换为18位，请核对');
  }
  const length = [...value].length;
  if (length !== 18) return { ok: false, error: `身份证号码应为18位（当前为${length}位），请核对` };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: '身份证号码前17位应为数字，第18位为数字或X' };

  const digits = value.slice(6, 14);
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isValidIsoDate(birthDate)) return { ok: false, error: `身份证号码中的出生日期（${digits}）不是有效日期` };
  const today = opts.today ?? todayIso();
  if (birthDate > today) return { ok: false, error: `身份证号码中的出生日期（${digits}）晚于今天，请核对` };

  const expected = idCardCheckChar(value.slice(0, 17));
  const actual = value[17]!;
  if (actual !== expected) {
    return {
      ok: false,
      error: `身份证号码校验位错误：第18位应为 ${expected}，实际为 ${actual}，请核对号码`,
      expectedCheckChar: expected,
    };
  }

  const province = value.slice(0, 2);
  if (!PROVINCE_CODES.has(Number(province))) {
    warnings.push(`身份证号码前两位（${province}）不是有效的省级行政区划代码，请核对`);
  }
  const age = ageAt(birthDate, today);
  if (age !== undefined && (age < MIN_CADRE_AGE || age > MAX_CADRE_AGE)) {
    warnings.push(`按身份证号码计算年龄为${age}岁，不在${MIN_CADRE_AGE}至${MAX_CADRE_AGE}岁之间，请核对`);
  }
  const sex = Number(value[16]) % 2 === 1 ? '1' : '2';
  return { ok: true, value, birthDate, sex, convertedFrom15, warnings };
}
