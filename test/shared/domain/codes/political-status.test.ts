import { describe, expect, it } from 'vitest';
import { codeOf, labelOf, shortLabelOf } from '@shared/domain/codes/lookup';
import { isCpc, isNonCpc, POLITICAL_STATUS } from '@shared/domain/codes/political-status';

describe('POLITICAL_STATUS (GB/T 4762-1984)', () => {
  it('has codes 01..13 with full and short labels', () => {
    expect(POLITICAL_STATUS.items.map((i) => i.code)).toEqual(
      Array.from({ length: 13 }, (_, k) => String(k + 1).padStart(2, '0')),
    );
    expect(labelOf(POLITICAL_STATUS, '01')).toBe('中国共产党党员');
    expect(shortLabelOf(POLITICAL_STATUS, '01')).toBe('中共党员');
    expect(shortLabelOf(POLITICAL_STATUS, '08')).toBe('农工党党员');
    expect(shortLabelOf(POLITICAL_STATUS, '12')).toBe('无党派人士');
  });

  it('maps what clerks type to the code', () => {
    expect(codeOf(POLITICAL_STATUS, '中共党员')).toBe('01');
    expect(codeOf(POLITICAL_STATUS, '党员')).toBe('01');
    expect(codeOf(POLITICAL_STATUS, '共产党员')).toBe('01');
    expect(codeOf(POLITICAL_STATUS, '中国共产党党员')).toBe('01');
    expect(codeOf(POLITICAL_STATUS, '预备党员')).toBe('02');
    expect(codeOf(POLITICAL_STATUS, '团员')).toBe('03');
    expect(codeOf(POLITICAL_STATUS, '共青团员')).toBe('03');
    expect(codeOf(POLITICAL_STATUS, '民盟')).toBe('05');
    expect(codeOf(POLITICAL_STATUS, '九三学社')).toBe('10');
    expect(codeOf(POLITICAL_STATUS, '无党派')).toBe('12');
    expect(codeOf(POLITICAL_STATUS, '群众')).toBe('13');
    expect(codeOf(POLITICAL_STATUS, '党外人士')).toBeUndefined();
  });

  it('maps the party itself to its member (LRMX writes 入党时间 as “201506；中国民主同盟”)', () => {
    expect(codeOf(POLITICAL_STATUS, '中国共产党')).toBe('01');
    expect(codeOf(POLITICAL_STATUS, '中共')).toBe('01');
    expect(codeOf(POLITICAL_STATUS, '中国国民党革命委员会')).toBe('04');
    expect(codeOf(POLITICAL_STATUS, '中国民主同盟')).toBe('05');
    expect(codeOf(POLITICAL_STATUS, '中国民主建国会')).toBe('06');
    expect(codeOf(POLITICAL_STATUS, '中国民主促进会')).toBe('07');
    expect(codeOf(POLITICAL_STATUS, '中国农工民主党')).toBe('08');
    expect(codeOf(POLITICAL_STATUS, '中国致公党')).toBe('09');
    expect(codeOf(POLITICAL_STATUS, '台湾民主自治同盟')).toBe('11');
  });
});

describe('isCpc / isNonCpc', () => {
  it('counts full and probationary members as CPC', () => {
    expect(isCpc('01')).toBe(true);
    expect(isCpc('02')).toBe(true);
    expect(isCpc('03')).toBe(false);
  });

  it('counts league members, democratic parties and 群众 as 党外, but not a missing status', () => {
    expect(isNonCpc('03')).toBe(true);
    expect(isNonCpc('05')).toBe(true);
    expect(isNonCpc('13')).toBe(true);
    expect(isNonCpc('01')).toBe(false);
    expect(isNonCpc('')).toBe(false);
    expect(isNonCpc(undefined)).toBe(false);
  });
});
