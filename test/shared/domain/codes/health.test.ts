import { describe, expect, it } from 'vitest';
import { HEALTH } from '@shared/domain/codes/health';
import { codeOf, labelOf, selectableItems } from '@shared/domain/codes/lookup';

describe('HEALTH pick list', () => {
  it('offers 健康, 良好, 一般, 较差 stored as their own text', () => {
    expect(selectableItems(HEALTH).map((i) => i.code)).toEqual(['健康', '良好', '一般', '较差']);
    expect(labelOf(HEALTH, '良好')).toBe('良好');
  });

  it('maps imported wording', () => {
    expect(codeOf(HEALTH, ' 健康 ')).toBe('健康');
    expect(codeOf(HEALTH, '身体健康')).toBe('健康');
    expect(codeOf(HEALTH, '优秀')).toBeUndefined();
  });
});
