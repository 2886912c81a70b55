import { describe, expect, it } from 'vitest';
import { codeOf, isValidCode, labelOf, selectableItems, shortLabelOf } from '@shared/domain/codes/lookup';
import type { CodeList } from '@shared/domain/codes/types';

const LIST: CodeList = {
  id: 'demo',
  name: '示例',
  standard: 'TEST',
  items: [
    { code: '10', label: '类别一', heading: true },
    { code: '01', label: '甲等', short: '甲', aliases: ['A级'] },
    { code: '02', label: '乙等' },
    { code: '11', label: '其他', heading: true },
    { code: '99', label: '其他', legacy: true },
  ],
};

describe('labelOf / shortLabelOf', () => {
  it('shows the standard label, the short label when there is one', () => {
    expect(labelOf(LIST, '01')).toBe('甲等');
    expect(shortLabelOf(LIST, '01')).toBe('甲');
    expect(shortLabelOf(LIST, '02')).toBe('乙等');
  });

  it('shows nothing for an empty code and the raw code when the list does not know it', () => {
    expect(labelOf(LIST, '')).toBe('');
    expect(labelOf(LIST, undefined)).toBe('');
    expect(labelOf(LIST, '77')).toBe('77');
    expect(shortLabelOf(LIST, '77')).toBe('77');
  });
});

describe('isValidCode', () => {
  it('accepts ordinary codes and refuses unknown or empty ones', () => {
    expect(isValidCode(LIST, '01')).toBe(true);
    expect(isValidCode(LIST, '77')).toBe(false);
    expect(isValidCode(LIST, '')).toBe(false);
  });

  it('accepts headings and legacy codes only when asked to', () => {
    expect(isValidCode(LIST, '10')).toBe(false);
    expect(isValidCode(LIST, '10', { allowHeading: true })).toBe(true);
    expect(isValidCode(LIST, '99')).toBe(false);
    expect(isValidCode(LIST, '99', { allowLegacy: true })).toBe(true);
  });
});

describe('selectableItems', () => {
  it('offers neither headings nor legacy codes', () => {
    expect(selectableItems(LIST).map((i) => i.code)).toEqual(['01', '02']);
  });
});

describe('codeOf', () => {
  it('finds codes by code, label, short label and alias', () => {
    expect(codeOf(LIST, '02')).toBe('02');
    expect(codeOf(LIST, '乙等')).toBe('02');
    expect(codeOf(LIST, '甲')).toBe('01');
    expect(codeOf(LIST, 'A级')).toBe('01');
  });

  it('ignores spaces, full-width characters and letter case', () => {
    expect(codeOf(LIST, ' 乙 等 ')).toBe('02');
    expect(codeOf(LIST, 'ａ级')).toBe('01');
    expect(codeOf(LIST, '０２')).toBe('02');
  });

  it('accepts numeric codes given as numbers or without the leading zero', () => {
    expect(codeOf(LIST, 2)).toBe('02');
    expect(codeOf(LIST, '2')).toBe('02');
    expect(codeOf(LIST, 2.5)).toBeUndefined();
  });

  it('prefers a code a person may hold when two items share a label', () => {
    expect(codeOf(LIST, '其他')).toBe('99');
  });

  it('returns undefined when nothing matches', () => {
    expect(codeOf(LIST, '丙等')).toBeUndefined();
    expect(codeOf(LIST, '')).toBeUndefined();
    expect(codeOf(LIST, null)).toBeUndefined();
    expect(codeOf(LIST, 3)).toBeUndefined();
  });
});
