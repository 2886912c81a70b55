import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, fenToYuan, formatYuan, yuanToFen } from '@shared/domain/money';

describe('money in fen', () => {
  it('turns typed yuan into fen, rounding half-up despite binary fractions', () => {
    expect(yuanToFen(30)).toBe(3000);
    expect(yuanToFen(12.34)).toBe(1234);
    expect(yuanToFen(1.005)).toBe(101);
    expect(yuanToFen(0.125)).toBe(13);
    expect(yuanToFen(0.124)).toBe(12);
    expect(yuanToFen(-0.005)).toBe(-1);
    expect(yuanToFen(-0)).toBe(0);
    expect(() => yuanToFen(Number.NaN)).toThrow(/无效/);
  });

  it('divides with half-up rounding', () => {
    expect(divideRoundHalfUp(50000 * 15, 31)).toBe(24194); // 241.935… yuan
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(-5, 2)).toBe(-3);
    expect(divideRoundHalfUp(4, 2)).toBe(2);
    expect(() => divideRoundHalfUp(1, 0)).toThrow();
  });

  it('prints the #,##0.00 format of the payment sheets', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(120000)).toBe('1,200.00');
    expect(formatYuan(100000001)).toBe('1,000,000.01');
    expect(formatYuan(-123456)).toBe('-1,234.56');
  });

  it('goes from fen to yuan and back unchanged', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => yuanToFen(fenToYuan(fen)) === fen));
  });
});
