import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, isJsonData } from '@shared/sync/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('sorts by UTF-16 code units, not code points or locale', () => {
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FFFF in code-unit order.
    const value = { '\uffff': 1, '😀': 2, 中: 3, B: 4, a: 5, é: 6 };
    expect(canonicalJson(value)).toBe('{"B":4,"a":5,"é":6,"中":3,"😀":2,"\uffff":1}');
  });

  it('omits undefined object values and writes undefined and holes in arrays as null', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson({ a: undefined, b: [undefined, 1, , 2] })).toBe('{"b":[null,1,null,2]}');
  });

  it('writes numbers as JSON does, -0 as 0', () => {
    const numbers = [0, 0.1, 1e21, -5e-7, 2 ** 70, Number.MAX_SAFE_INTEGER, -1.5];
    expect(canonicalJson(numbers)).toBe(JSON.stringify(numbers));
    expect(canonicalJson([-0, { z: -0 }])).toBe('[0,{"z":0}]');
    expect(canonicalJson(-0)).toBe('0');
  });

  it('escapes strings exactly like JSON.stringify', () => {
    // any UTF-16 code unit, lone surrogates and control characters included
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 40 }), (s) => {
        expect(canonicalJson(s)).toBe(JSON.stringify(s));
        expect(canonicalJson({ [s]: s })).toBe(`{${JSON.stringify(s)}:${JSON.stringify(s)}}`);
      }),
    );
    expect(canonicalJson('挂职\n"干部"\u0001\ud800')).toBe('"挂职\\n\\"干部\\"\\u0001\\ud800"');
  });

  it('accepts null-prototype objects and shared (non-cyclic) references', () => {
    const o = Object.create(null) as Record<string, unknown>;
    o.b = 2;
    o.a = 1;
    expect(canonicalJson(o)).toBe('{"a":1,"b":2}');
    const shared = { x: 1 };
    expect(canonicalJson({ p: shared, q: [shared] })).toBe('{"p":{"x":1},"q":[{"x":1}]}');
  });

  it('does not depend on key insertion order and parses back to the same data', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, (v) => {
        const text = canonicalJson(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        const reversed = JSON.parse(JSON.stringify(v), (_k, x: unknown) =>
          x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x,
        ) as unknown;
        expect(canonicalJson(reversed)).toBe(text);
      }),
    );
  });

  it('refuses what JSON cannot carry, naming the path', () => {
    class Point {
      x = 1;
    }
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const cases: Array<[unknown, RegExp]> = [
      [NaN, /NaN at \$/],
      [{ a: [1, Infinity] }, /Infinity at \$\["a"\]\[1\]/],
      [{ n: 10n }, /bigint at \$\["n"\]/],
      [{ f: () => 1 }, /function/],
      [{ s: Symbol('x') }, /symbol/],
      [[Symbol('x')], /symbol/],
      [{ d: new Date(0) }, /Date .*ISO string.* at \$\["d"\]/],
      [new Map(), /Map/],
      [new Set(), /Set/],
      [new Point(), /non-plain object \(Point\)/],
      [new Uint8Array(2), /non-plain object/],
      [Object(1), /non-plain object/],
      [cyclic, /cyclic reference at \$\["self"\]/],
      [undefined, /undefined at \$/],
    ];
    for (const [value, message] of cases) expect(() => canonicalJson(value), String(message)).toThrow(message);
  });
});

describe('isJsonData', () => {
  /** Whether canonicalJson writes `value` (the answer isJsonData must give). */
  const encodes = (value: unknown) => {
    try {
      canonicalJson(value);
      return true;
    } catch {
      return false;
    }
  };

  it('answers exactly when canonicalJson would write the value', () => {
    const odd = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, 10n, () => 1, Symbol('s'), new Date(0), new Map(), new Set(), new Uint8Array(2), new (class Punch {})(), Object.create(null), undefined, -0);
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.jsonValue({ maxDepth: 1 }), odd),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 3 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(fc.property(value, (v) => {
        expect(isJsonData(v)).toBe(encodes(v));
      }), { numRuns: 2000 });
  });

  it('refuses a cycle and accepts a shared reference', () => {
    const shared = { a: 1 };
    const cyclic: Record<string, unknown> = { b: [shared, shared] };
    expect(isJsonData(cyclic)).toBe(true);
    (cyclic.b as unknown[]).push(cyclic);
    expect(isJsonData(cyclic)).toBe(false);
    expect(encodes(cyclic)).toBe(false);
  });
});
