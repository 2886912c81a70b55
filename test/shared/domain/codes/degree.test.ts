import { describe, expect, it } from 'vitest';
import { DEGREE } from '@shared/domain/codes/degree';
import { codeOf, selectableItems } from '@shared/domain/codes/lookup';

describe('DEGREE pick list', () => {
  it('offers 博士, 硕士, 学士, 无 stored as their own text', () => {
    expect(selectableItems(DEGREE).map((i) => i.code)).toEqual(['博士', '硕士', '学士', '无']);
  });

  it('maps 学位 wording from imports', () => {
    expect(codeOf(DEGREE, '硕士学位')).toBe('硕士');
    expect(codeOf(DEGREE, '无学位')).toBe('无');
    expect(codeOf(DEGREE, '研究生')).toBeUndefined();
  });
});
