import { describe, expect, it } from 'vitest';
import { codeOf, labelOf } from '@shared/domain/codes/lookup';
import { SEX } from '@shared/domain/codes/sex';

describe('SEX (GB/T 2261.1-2003)', () => {
  it('has the four standard codes', () => {
    expect(SEX.items.map((i) => [i.code, i.label])).toEqual([
      ['0', '未知的性别'],
      ['1', '男'],
      ['2', '女'],
      ['9', '未说明的性别'],
    ]);
  });

  it('maps what imports contain to 1 and 2', () => {
    expect(codeOf(SEX, '男性')).toBe('1');
    expect(codeOf(SEX, 'm')).toBe('1');
    expect(codeOf(SEX, '女')).toBe('2');
    expect(codeOf(SEX, 'F')).toBe('2');
    expect(codeOf(SEX, 2)).toBe('2');
    expect(labelOf(SEX, '2')).toBe('女');
  });
});
