import { describe, expect, it } from 'vitest';
import { ETHNICITY, isMinorityEthnicity } from '@shared/domain/codes/ethnicity';
import { codeOf, isValidCode, labelOf, selectableItems } from '@shared/domain/codes/lookup';

const groups = ETHNICITY.items.filter((i) => Number(i.code) <= 56);

describe('ETHNICITY (GB 3304-1991)', () => {
  it('lists the 56 ethnic groups with codes 01..56 in order', () => {
    expect(groups).toHaveLength(56);
    expect(groups.map((i) => i.code)).toEqual(Array.from({ length: 56 }, (_, k) => String(k + 1).padStart(2, '0')));
    expect(groups.every((i) => i.label.endsWith('族'))).toBe(true);
  });

  it('has the standard labels at fixed codes', () => {
    expect(labelOf(ETHNICITY, '01')).toBe('汉族');
    expect(labelOf(ETHNICITY, '15')).toBe('土家族');
    expect(labelOf(ETHNICITY, '30')).toBe('土族');
    expect(labelOf(ETHNICITY, '36')).toBe('毛南族');
    expect(labelOf(ETHNICITY, '46')).toBe('德昂族');
    expect(labelOf(ETHNICITY, '56')).toBe('基诺族');
  });

  it('offers 97 and 98 in forms as well', () => {
    const codes = selectableItems(ETHNICITY).map((i) => i.code);
    expect(codes).toContain('97');
    expect(codes).toContain('98');
    expect(codes).toHaveLength(58);
  });

  it('maps short names, old names and spaced labels to the code', () => {
    expect(codeOf(ETHNICITY, '汉')).toBe('01');
    expect(codeOf(ETHNICITY, ' 汉族 ')).toBe('01');
    expect(codeOf(ETHNICITY, '崩龙族')).toBe('46');
    expect(codeOf(ETHNICITY, '毛难族')).toBe('36');
    expect(codeOf(ETHNICITY, '土家')).toBe('15');
    expect(codeOf(ETHNICITY, '土')).toBe('30');
    expect(codeOf(ETHNICITY, '维吾尔')).toBe('05');
    expect(codeOf(ETHNICITY, 1)).toBe('01');
    expect(codeOf(ETHNICITY, '8')).toBe('08');
  });

  it('maps the two-letter romanised codes', () => {
    expect(codeOf(ETHNICITY, 'HA')).toBe('01');
    expect(codeOf(ETHNICITY, 'ug')).toBe('05');
    expect(codeOf(ETHNICITY, 'SU')).toBe('25');
    expect(codeOf(ETHNICITY, 'JN')).toBe('56');
  });

  it('gives every spelling to exactly one group', () => {
    const seen = new Map<string, string>();
    for (const item of ETHNICITY.items) {
      for (const text of [item.label, ...(item.aliases ?? [])]) {
        expect(seen.get(text), text).toBeUndefined();
        seen.set(text, item.code);
      }
    }
  });

  it('does not know invented groups', () => {
    expect(codeOf(ETHNICITY, '火星族')).toBeUndefined();
    expect(isValidCode(ETHNICITY, '57')).toBe(false);
  });
});

describe('isMinorityEthnicity', () => {
  it('counts every group but 汉族 as a minority', () => {
    expect(isMinorityEthnicity('01')).toBe(false);
    expect(isMinorityEthnicity('03')).toBe(true);
    expect(isMinorityEthnicity('56')).toBe(true);
  });

  it('does not count unidentified, foreign-origin, empty or unknown codes', () => {
    expect(isMinorityEthnicity('97')).toBe(false);
    expect(isMinorityEthnicity('98')).toBe(false);
    expect(isMinorityEthnicity('')).toBe(false);
    expect(isMinorityEthnicity(undefined)).toBe(false);
    expect(isMinorityEthnicity('99')).toBe(false);
  });
});
