import { describe, expect, it } from 'vitest';
import { EDUCATION, educationBand, printedEducationLabel } from '@shared/domain/codes/education';
import { codeOf, isValidCode, labelOf, selectableItems } from '@shared/domain/codes/lookup';

describe('EDUCATION (GB/T 4658-2006)', () => {
  it('marks every code ending in 0 as a statistics heading', () => {
    for (const item of EDUCATION.items) {
      if (item.legacy) continue;
      expect(!!item.heading, item.code).toBe(item.code.endsWith('0'));
    }
  });

  it('offers neither headings nor the non-standard codes in forms', () => {
    const codes = selectableItems(EDUCATION).map((i) => i.code);
    expect(codes.some((c) => c.endsWith('0'))).toBe(false);
    for (const legacy of ['50', '91', '92', '93', '99']) expect(codes).not.toContain(legacy);
    expect(codes).toContain('11');
    expect(codes).toContain('28');
    expect(codes).toContain('83');
  });

  it('accepts the non-standard codes on import', () => {
    expect(isValidCode(EDUCATION, '91')).toBe(false);
    expect(isValidCode(EDUCATION, '91', { allowLegacy: true })).toBe(true);
    expect(labelOf(EDUCATION, '91')).toBe('中等师范毕业');
  });

  it('has the standard labels', () => {
    expect(labelOf(EDUCATION, '21')).toBe('大学本科毕业');
    expect(labelOf(EDUCATION, '28')).toBe('大学普通班毕业');
    expect(labelOf(EDUCATION, '73')).toBe('初中肄业');
  });

  it('maps the short wording printed on cadre documents', () => {
    expect(codeOf(EDUCATION, '大学')).toBe('21');
    expect(codeOf(EDUCATION, '本科')).toBe('21');
    expect(codeOf(EDUCATION, '大学本科')).toBe('21');
    expect(codeOf(EDUCATION, '博士研究生')).toBe('11');
    expect(codeOf(EDUCATION, '研究生')).toBe('14');
    expect(codeOf(EDUCATION, '硕士')).toBe('14');
    expect(codeOf(EDUCATION, '大专')).toBe('31');
    expect(codeOf(EDUCATION, '中专')).toBe('41');
    expect(codeOf(EDUCATION, '高中')).toBe('61');
    expect(codeOf(EDUCATION, '初中')).toBe('71');
    expect(codeOf(EDUCATION, '小学')).toBe('81');
    expect(codeOf(EDUCATION, '大学本科毕业')).toBe('21');
    expect(codeOf(EDUCATION, '幼儿园')).toBeUndefined();
  });

  it('maps 其他 to the code a person may hold, not to the heading', () => {
    expect(codeOf(EDUCATION, '其他')).toBe('99');
  });
});

describe('educationBand', () => {
  it.each([
    ['11', '研究生'],
    ['19', '研究生'],
    ['21', '大学本科'],
    ['28', '大学本科'],
    ['31', '大学专科'],
    ['41', '中专及以下'],
    ['61', '中专及以下'],
    ['81', '中专及以下'],
    ['', ''],
    ['x', ''],
  ])('%s → %s', (code, band) => {
    expect(educationBand(code)).toBe(band);
  });
});

describe('printedEducationLabel', () => {
  it.each([
    ['11', '研究生'],
    ['14', '研究生'],
    ['21', '大学'],
    ['31', '大专'],
    ['41', '中专'],
    ['61', '高中'],
    ['71', '初中'],
    ['81', '小学'],
    ['23', '大学肄业'],
    ['32', '大专结业'],
    ['99', '其他'],
    ['', ''],
  ])('%s prints as %s', (code, printed) => {
    expect(printedEducationLabel(code)).toBe(printed);
  });
});
