import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import { decodeClock, encodeCell, encodeClock, isPlainText, MARK, safeJson } from '@shared/sync/package/cells';

const T0 = Date.UTC(2026, 10, 21);
const SITES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb'];
const stamp = fc.tuple(fc.constantFrom(...SITES), fc.integer({ min: 0, max: 5 })).map(([site, n]) => formatHlc({ millis: T0 + n, counter: 0, siteId: site }));
const field = fc.constantFrom('name', 'phone', 'd01', 'd02', 'd10', 'unitId', '_x41_', 'Zeta');

describe('clock cells', () => {
  it('write stamps in order, each with its fields in order, and read back as the same clock', () => {
    fc.assert(
      fc.property(fc.dictionary(field, stamp), fc.boolean(), (clock, oneStamp) => {
        if (oneStamp) for (const f in clock) clock[f] = formatHlc({ millis: T0, counter: 0, siteId: SITES[0]! });
        const cell = encodeClock(clock);
        expect(decodeClock(cell, '第2行')).toEqual(clock);
        const parsed = JSON.parse(cell) as Record<string, string[]>;
        const stamps = Object.keys(parsed);
        expect(stamps).toEqual([...stamps].sort());
        for (const s of stamps) expect(parsed[s]).toEqual([...parsed[s]!].sort());
        expect(cell).not.toMatch(/_x/);
        // written straight or through JSON.stringify, the same text
        expect(cell).toBe(safeJson(parsed));
      }),
    );
  });

  it('a record written in one go has one entry whatever the order its fields were set in', () => {
    const s = formatHlc({ millis: T0, counter: 0, siteId: SITES[0]! });
    expect(encodeClock({ phone: s, name: s, d01: s })).toBe(`{"${s}":["d01","name","phone"]}`);
  });
});

describe('text cells', () => {
  it('plain text stays as it is; text an .xlsx would change is written as marked JSON', () => {
    expect(isPlainText('城关镇 第一书记\t(驻村)\n')).toBe(true);
    expect(isPlainText('𠮷字')).toBe(true);
    for (const unsafe of ['a\rb', 'x_x0041_y', '\ud800', 'a\u0001', '\uffff', '']) {
      expect(isPlainText(unsafe)).toBe(false);
      if (unsafe) expect(encodeCell(unsafe, 'text')).toMatch(new RegExp(`^${MARK}`));
    }
    expect(isPlainText('a_xb')).toBe(true);
  });
});
