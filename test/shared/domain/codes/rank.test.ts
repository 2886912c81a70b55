import { describe, expect, it } from 'vitest';
import { codeOf, labelOf } from '@shared/domain/codes/lookup';
import { RANK, rankGradeRange } from '@shared/domain/codes/rank';

describe('RANK (职级, 2019)', () => {
  it('has the 12 职级 R01..R12 from 一级巡视员 to 二级科员', () => {
    expect(RANK.items.map((i) => i.code)).toEqual(Array.from({ length: 12 }, (_, k) => `R${String(k + 1).padStart(2, '0')}`));
    expect(labelOf(RANK, 'R01')).toBe('一级巡视员');
    expect(labelOf(RANK, 'R07')).toBe('一级主任科员');
    expect(labelOf(RANK, 'R12')).toBe('二级科员');
  });

  it('keeps the 级别 range of each 职级, highest first', () => {
    expect(rankGradeRange('R01')).toEqual([8, 13]);
    expect(rankGradeRange('R10')).toEqual([17, 24]);
    expect(rankGradeRange('R12')).toEqual([19, 27]);
    expect(rankGradeRange('R99')).toBeUndefined();
    for (const item of RANK.items) expect(item.gradeRange[0]).toBeLessThan(item.gradeRange[1]);
  });

  it('maps labels and colloquial forms to the code', () => {
    expect(codeOf(RANK, '四级调研员')).toBe('R06');
    expect(codeOf(RANK, '二调')).toBe('R04');
    expect(codeOf(RANK, '三主任科员')).toBe('R09');
    expect(codeOf(RANK, 'r11')).toBe('R11');
    expect(codeOf(RANK, '主任科员')).toBeUndefined();
  });
});
