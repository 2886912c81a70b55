import { describe, expect, it } from 'vitest';
import * as codes from '@shared/domain/codes';

const { CODE_LISTS } = codes;

describe('CODE_LISTS', () => {
  it('exposes every list under the field name that stores its code', () => {
    expect(Object.keys(CODE_LISTS)).toEqual([
      'sex',
      'ethnicity',
      'politicalStatus',
      'education',
      'positionLevel',
      'rank',
      'gradeCivilServant',
      'gradeInstitution',
      'health',
      'degree',
    ]);
    for (const [key, list] of Object.entries(CODE_LISTS)) expect(list.id).toBe(key);
  });

  it.each(Object.entries(CODE_LISTS))('%s: codes are unique and every item has a label', (_key, list) => {
    const codesOfList = list.items.map((i) => i.code);
    expect(new Set(codesOfList).size).toBe(codesOfList.length);
    for (const item of list.items) expect(item.label.length).toBeGreaterThan(0);
    expect(list.name).not.toBe('');
    expect(list.standard).not.toBe('');
  });

  it.each(Object.entries(CODE_LISTS))('%s: every code, label and alias maps back through codeOf', (_key, list) => {
    for (const item of list.items) {
      expect(codes.codeOf(list, item.code)).toBe(item.code);
      for (const alias of item.aliases ?? []) {
        const found = codes.codeOf(list, alias);
        expect(found, `${alias}`).toBe(item.code);
      }
    }
  });

  it('re-exports the helpers of every list', () => {
    expect(codes.isCpc('01')).toBe(true);
    expect(codes.isMinorityEthnicity('02')).toBe(true);
    expect(codes.educationBand('21')).toBe('大学本科');
    expect(codes.labelOf(codes.SEX, '1')).toBe('男');
  });
});
