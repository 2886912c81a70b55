// A page of held rows: its stamps written once, the rows read back exactly as they were.
import { describe, expect, it } from 'vitest';
import { packHeldPage, unpackHeldPage } from '@shared/ipc/held-page';

const A = '2026-11-30T08:00:00.000Z-0000-0a0a0a0a0a0a0a0a';
const B = '2026-11-30T09:30:00.000Z-0002-1b1b1b1b1b1b1b1b';
const rows = [
  { id: 'm1', month: '2026-02', d02: 'present', d03: 'absent', _deleted: false, _clock: { _deleted: A, d02: A, d03: B }, _hlc: B },
  { id: 'm2', month: '2026-03', d02: 'present', _deleted: false, _clock: { _deleted: A, d02: A }, _hlc: A, _known: { x: A } },
];

describe('held page', () => {
  it('writes each distinct stamp once and reads the rows back as they were', () => {
    const text = packHeldPage(rows);
    expect(text.split(A).length - 1).toBe(3); // the list, and the two `_hlc` / `_known` values that are not `_clock`
    expect(text.split(B).length - 1).toBe(2);
    expect(text.length).toBeLessThan(JSON.stringify(rows).length);
    expect(unpackHeldPage(text)).toEqual(rows);
  });

  it('leaves a page plain when a row’s `_clock` is not all text, and reads it back as it was', () => {
    const odd = [...rows, { key: 'seen', value: { a: 1 } }, { id: 'x', _clock: { a: 3 } }];
    expect(unpackHeldPage(packHeldPage(odd))).toEqual(odd);
    expect(unpackHeldPage(packHeldPage([]))).toEqual([]);
  });

  it('refuses text that is not a page, or names a stamp it lacks', () => {
    expect(() => unpackHeldPage('[1,2]')).toThrow();
    expect(() => unpackHeldPage('{"rows":[1]}')).toThrow();
    expect(() => unpackHeldPage('{"stamps":[],"rows":[{"id":"a","_clock":{"x":0}}]}')).toThrow();
  });
});
