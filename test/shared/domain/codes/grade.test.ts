import { describe, expect, it } from 'vitest';
import { GRADE_CIVIL_SERVANT, GRADE_INSTITUTION } from '@shared/domain/codes/grade';
import { codeOf, labelOf } from '@shared/domain/codes/lookup';

describe('assessment grades', () => {
  it('uses 称职 wording for civil servants', () => {
    expect(GRADE_CIVIL_SERVANT.items.map((i) => `${i.code}${i.label}`)).toEqual([
      '1优秀',
      '2称职',
      '3基本称职',
      '4不称职',
      '9不定等次',
    ]);
  });

  it('uses 合格 wording for institution staff', () => {
    expect(GRADE_INSTITUTION.items.map((i) => `${i.code}${i.label}`)).toEqual([
      '1优秀',
      '2合格',
      '3基本合格',
      '4不合格',
      '9不定等次',
    ]);
  });

  it('maps labels back to codes in the right list', () => {
    expect(codeOf(GRADE_CIVIL_SERVANT, '称职')).toBe('2');
    expect(codeOf(GRADE_CIVIL_SERVANT, '合格')).toBeUndefined();
    expect(codeOf(GRADE_INSTITUTION, '基本合格')).toBe('3');
    expect(labelOf(GRADE_INSTITUTION, '4')).toBe('不合格');
  });
});
