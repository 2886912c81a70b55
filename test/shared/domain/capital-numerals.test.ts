import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalAmount, capitalAmountOfYuan } from '@shared/domain/capital-numerals';

/** Reads 人民币大写 back into fen, independently of the writer (test oracle for the round trip). */
function parseCapital(text: string): number {
  const digits: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
  const small: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
  let sign = 1;
  let s = text;
  if (s.startsWith('负')) {
    sign = -1;
    s = s.slice(1);
  }
  expect(s.endsWith('整') !== s.endsWith('分')).toBe(true);
  s = s.replace(/整$/, '');
  let yuanText = '';
  let rest = s;
  const yuanAt = s.indexOf('元');
  if (yuanAt >= 0) {
    yuanText = s.slice(0, yuanAt);
    rest = s.slice(yuanAt + 1);
  }
  // Integer part: 亿 and 万 split the number into sections.
  let total = 0;
  let sectionValue = 0;
  let digit = 0;
  for (const ch of yuanText) {
    if (ch in digits) digit = digits[ch]!;
    else if (ch in small) {
      sectionValue += digit * small[ch]!;
      digit = 0;
    } else if (ch === '万') {
      total += (sectionValue + digit) * 10_000;
      sectionValue = 0;
      digit = 0;
    } else if (ch === '亿') {
      total = (total + sectionValue + digit) * 100_000_000;
      sectionValue = 0;
      digit = 0;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  total += sectionValue + digit;
  let fen = total * 100;
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/.exec(rest);
  const cent = /([壹贰叁肆伍陆柒捌玖])分/.exec(rest);
  if (jiao) fen += digits[jiao[1]!]! * 10;
  if (cent) fen += digits[cent[1]!]!;
  return sign * fen;
}

describe('人民币大写 (《支付结算办法》 conventions)', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [1010, '壹拾元壹角整'],
    [1000, '壹拾元整'],
    [10_000_000, '壹拾万元整'],
    [100_000_001, '壹佰万元零壹分'],
    [120_000, '壹仟贰佰元整'],
    [10_101, '壹佰零壹元零壹分'],
    [101_000, '壹仟零壹拾元整'],
    [10_000_000_000, '壹亿元整'],
    [140_950, '壹仟肆佰零玖元伍角整'],
    [600_714, '陆仟零柒元壹角肆分'],
    [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
    [32_504, '叁佰贰拾伍元零肆分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [10_700_053, '壹拾万柒仟元伍角叁分'],
    [10_000_100, '壹拾万零壹元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [1_001_000_000, '壹仟零壹万元整'],
    [11_000, '壹佰壹拾元整'],
  ])('%i fen → %s', (fen, text) => {
    expect(capitalAmount(fen)).toBe(text);
  });

  it('takes yuan as typed and rounds half-up to the fen', () => {
    expect(capitalAmountOfYuan(1200)).toBe('壹仟贰佰元整');
    expect(capitalAmountOfYuan(0.05)).toBe('伍分');
    expect(capitalAmountOfYuan(10.1)).toBe('壹拾元壹角整');
    expect(capitalAmountOfYuan(1_000_000.01)).toBe('壹佰万元零壹分');
    expect(capitalAmountOfYuan(1.005)).toBe('壹元零壹分');
  });

  it('marks a negative amount (an adjustment) with 负 and refuses what it cannot write', () => {
    expect(capitalAmount(-1250)).toBe('负壹拾贰元伍角整');
    expect(() => capitalAmount(1.5)).toThrow(/整数分/);
    expect(() => capitalAmount(1e15)).toThrow(/过大/);
  });

  it('round-trips every amount through the written form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        const text = capitalAmount(fen);
        expect(parseCapital(text)).toBe(fen);
        // Never two 零 in a row, never 零 before a unit or at the end (零元整 itself aside).
        if (fen !== 0) expect(text).not.toMatch(/零零|零[元角分万亿拾佰仟整]|零$/);
      }),
      { numRuns: 2000 },
    );
  });
});
