import { describe, expect, it } from 'vitest';
import { ageAt } from '@shared/domain/age';

describe('ageAt (周岁)', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(ageAt('1980-06-15', '2025-06-14')).toBe(44);
    expect(ageAt('1980-06-15', '2025-06-15')).toBe(45);
  });

  it('compares month-precision births at month granularity', () => {
    expect(ageAt('1985-03', '2025-02-28')).toBe(39);
    expect(ageAt('1985-03', '2025-03-01')).toBe(40);
    expect(ageAt('1985-03', '2025-03-31')).toBe(40);
  });

  it('makes a leap-day baby a year older on 1 March in common years', () => {
    expect(ageAt('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageAt('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageAt('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('is 0 on the day of birth', () => {
    expect(ageAt('2024-05-06', '2024-05-06')).toBe(0);
  });

  it('has no age for a malformed or impossible date, and never throws (a typo in a form must not crash a rule)', () => {
    expect(ageAt('1985.03', '2025-01-01')).toBeUndefined();
    expect(ageAt('1985-03-01', '2025-1-1')).toBeUndefined();
    expect(ageAt('1980-01-01', '2099.13-28')).toBeUndefined();
    expect(ageAt('1980-01-01', '201.06-28')).toBeUndefined();
    expect(ageAt('1985-13', '2025-01-01')).toBeUndefined();
    expect(ageAt('2024-02-30', '2025-01-01')).toBeUndefined();
  });
});
