import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHttpJson, encodeHttpJson } from '@shared/ipc/http-codec';
import { packSheet, packWorkbook, PackedSheetError, unpackSheet, unpackWorkbook } from '@shared/ipc/packed-sheets';
import { PackedWorkbookSchema, type ReadSheet } from '@shared/ipc/workbook-schemas';

const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constant(null));
const sheet = fc.record({
  name: fc.string({ maxLength: 10 }),
  hidden: fc.boolean(),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }),
  totalRows: fc.nat(),
  truncated: fc.boolean(),
});

const words = (...xs: number[]) => new Uint8Array(Uint32Array.from(xs).buffer);

describe('packed sheets (the rows of xlsx:read)', () => {
  it('give back exactly the rows they packed, also after the web host’s JSON and the response schema', () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 3 }), (sheets: ReadSheet[]) => {
        const packed = packWorkbook({ sheets });
        const wire = PackedWorkbookSchema.parse(decodeHttpJson(encodeHttpJson(packed)));
        // -0 does not survive JSON (and a clerk's cell never tells it from 0)
        expect(unpackWorkbook(wire)).toEqual(JSON.parse(JSON.stringify({ sheets })));
        expect(unpackWorkbook(packed)).toEqual({ sheets });
      }),
    );
  });

  it('store each distinct value once: 10,000 punches of 3 people in 4 values', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [['张三', '李四', '王五'][i % 3]!, '正常']);
    const packed = packSheet({ name: '原始记录', hidden: false, rows, totalRows: rows.length, truncated: false });
    expect(packed.values).toEqual(['张三', '正常', '李四', '王五']);
    expect(packed.cells.byteLength).toBe(4 * 20_000);
    expect(unpackSheet(packed).rows).toEqual(rows);
  });

  it('keep 1 and "1", false and null, and empty rows apart', () => {
    const rows = [[1, '1', false, null, ''], [], [null]];
    expect(unpackSheet(packSheet({ name: 'S', hidden: false, rows, totalRows: 3, truncated: false })).rows).toEqual(rows);
  });

  it('are refused when inconsistent: an index past the values, rows out of order, cells left over, a ragged length', () => {
    const base = { name: 'S', hidden: false, totalRows: 1, truncated: false, values: ['a'] };
    expect(() => unpackSheet({ ...base, cells: words(0, 1), rowEnds: words(2) })).toThrow(PackedSheetError);
    expect(() => unpackSheet({ ...base, cells: words(0, 0), rowEnds: words(2, 1) })).toThrow(PackedSheetError);
    expect(() => unpackSheet({ ...base, cells: words(0, 0), rowEnds: words(1) })).toThrow(PackedSheetError);
    expect(() => unpackSheet({ ...base, cells: words(0), rowEnds: words(3) })).toThrow(PackedSheetError);
    expect(() => unpackSheet({ ...base, cells: new Uint8Array(3), rowEnds: words() })).toThrow(PackedSheetError);
    expect(PackedWorkbookSchema.safeParse({ sheets: [{ ...base, cells: new Uint8Array(5), rowEnds: words() }] }).success).toBe(false);
  });

  it('read cells that do not sit on a 4-byte boundary (a view into a larger buffer)', () => {
    const bytes = new Uint8Array(9);
    bytes.set(words(1, 0), 1);
    expect(unpackSheet({ name: 'S', hidden: false, totalRows: 1, truncated: false, values: ['a', 'b'], cells: bytes.subarray(1), rowEnds: words(2) }).rows).toEqual([['b', 'a']]);
  });
});
