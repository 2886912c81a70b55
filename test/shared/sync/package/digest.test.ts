import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/sync/canonical-json';
import { cellsJson } from '@shared/sync/package/digest';

describe('cellsJson', () => {
  it('writes any row of cells exactly as canonicalJson does (the package checksum depends on it)', () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(-0), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (row) => {
        expect(cellsJson(row)).toBe(canonicalJson(row));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a missing cell as null and refuses a number JSON cannot carry', () => {
    expect(cellsJson(['a', undefined, 1])).toBe('["a",null,1]');
    expect(() => cellsJson(['a', Number.NaN])).toThrow();
    expect(() => cellsJson([Number.POSITIVE_INFINITY])).toThrow();
  });
});
