import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/sync/canonical-json';
import { RowDigest, type Sha256Factory } from '@shared/sync/package/digest';

/** A SHA-256 stream over node:crypto, as main's. */
const nativeSha256: Sha256Factory = () => {
  const hash = createHash('sha256');
  return { update: (bytes) => hash.update(bytes), hex: () => hash.digest('hex') };
};

type Row = (string | number | boolean | null | undefined)[];

/** The digest's definition: SHA-256 of each row's canonical JSON and a line break, row after row. */
function expected(rows: readonly Row[]): string {
  return createHash('sha256')
    .update(rows.map((row) => `${canonicalJson(row.map((c) => (c === undefined ? null : c)))}\n`).join(''), 'utf8')
    .digest('hex');
}

function digestOf(rows: readonly Row[], sha?: typeof nativeSha256): string {
  const digest = new RowDigest(sha);
  for (const row of rows) digest.add(row);
  return digest.hex();
}

describe('RowDigest', () => {
  it('hashes any rows of cells as the canonical JSON of each row and a line break (the package checksum depends on it)', () => {
    // few distinct texts (kept and reused), texts past the kept length, any code points, -0, booleans
    const text = fc.oneof(fc.constantFrom('在岗', '请假', 'a"b\\c', '\u0001', ''), fc.string(), fc.string({ unit: 'binary' }), fc.string({ minLength: 401, maxLength: 600 }));
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(-0), fc.constant(null), fc.constant(undefined), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), (rows) => {
        const want = expected(rows);
        expect(digestOf(rows)).toBe(want);
        expect(digestOf(rows, nativeSha256)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same digest across its blocks: 20,000 rows of repeated and unique texts', () => {
    const rows: Row[] = Array.from({ length: 20_000 }, (_, i) => [`id-${i}`, i % 3 === 0 ? '在岗' : '出差', i, i % 7 === 0 ? null : `第${i}天的纪实`.repeat(1 + (i % 50)), i % 2 === 0]);
    expect(digestOf(rows, nativeSha256)).toBe(expected(rows));
  });

  it('refuses a number JSON cannot carry', () => {
    expect(() => new RowDigest().add(['a', Number.NaN])).toThrow();
    expect(() => new RowDigest().add([Number.POSITIVE_INFINITY])).toThrow();
  });
});
