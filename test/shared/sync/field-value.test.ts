import { describe, expect, it } from 'vitest';
import { isEmptyValue, sameFieldValue } from '@shared/sync/field-value';

describe('field values', () => {
  it('null and undefined are both empty; nothing else is', () => {
    expect(isEmptyValue(null)).toBe(true);
    expect(isEmptyValue(undefined)).toBe(true);
    for (const v of ['', 0, false, [], {}]) expect(isEmptyValue(v)).toBe(false);
  });

  it('compares by canonical JSON, with null and undefined equal', () => {
    expect(sameFieldValue(null, undefined)).toBe(true);
    expect(sameFieldValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameFieldValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameFieldValue(0, -0)).toBe(true);
    expect(sameFieldValue('', null)).toBe(false);
    expect(sameFieldValue('1', 1)).toBe(false);
    expect(sameFieldValue([1, 2], [2, 1])).toBe(false);
    expect(sameFieldValue({ a: 1 }, null)).toBe(false);
  });
});
