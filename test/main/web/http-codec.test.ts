import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, decodeHttpFrames, decodeHttpJson, encodeHttpBody, encodeHttpJson, FramesFormatError } from '@shared/ipc/http-codec';

// The wire format of the web host (shared/ipc/http-codec.ts), tested here with the host that uses it.

describe('http codec', () => {
  it('base64 matches Node for every length and byte', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) % 256);
      const expected = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(expected);
      expect(base64ToBytes(expected)).toEqual(bytes);
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
  });

  it('refuses broken base64', () => {
    for (const bad of ['A', 'AB=', 'A=BC', '====', 'AB!C', 'ABC=DEFG', '中文中文']) expect(() => base64ToBytes(bad), bad).toThrow();
  });

  it('round-trips bytes anywhere in a value, Buffers included', () => {
    const value = { ok: true, value: { name: '名册.xlsx', data: new Uint8Array([0, 255, 7]), parts: [Buffer.from('挂职'), 1, null] } };
    const text = encodeHttpJson(value);
    expect(JSON.parse(text).value.data).toEqual({ $bytes: 'AP8H' });
    const back = decodeHttpJson(text) as any;
    expect(back.value.data).toBeInstanceOf(Uint8Array);
    expect([...back.value.data]).toEqual([0, 255, 7]);
    expect(new TextDecoder().decode(back.value.parts[0])).toBe('挂职');
    expect(back.value.parts.slice(1)).toEqual([1, null]);
  });

  it('finds bytes spelled with JSON escapes, and reads text without bytes the same', () => {
    const escaped = decodeHttpJson('{"a":{"\\u0024bytes":"AP8H"}}') as { a: Uint8Array };
    expect([...escaped.a]).toEqual([0, 255, 7]);
    const plain = { sheets: [{ name: '原始记录', rows: [['张伟', 1, true, null, '']] }] };
    expect(decodeHttpJson(encodeHttpJson(plain))).toEqual(plain);
  });

  it('writes a value without bytes as plain JSON, and bytes deep in records still as base64', () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ id: `r-${i}`, when: new Date(Date.UTC(2026, 0, i + 1)), tags: ['甲', i, null, { x: undefined }], _clock: { name: 's' } }));
    expect(encodeHttpJson([{ table: 'units', records }])).toBe(JSON.stringify([{ table: 'units', records }]));
    const withBytes = [{ records: [...records, { id: 'photo', parts: [{ data: new Uint8Array([1, 2]) }] }] }];
    expect((decodeHttpJson(encodeHttpJson(withBytes)) as any)[0].records[50].parts[0].data).toEqual(new Uint8Array([1, 2]));
  });

  it('leaves objects that merely contain $bytes alone', () => {
    expect(decodeHttpJson('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: 'AA==', other: 1 });
    expect(() => decodeHttpJson('{"$bytes":"!!!!"}')).toThrow();
  });

  it('frames: bytes anywhere in a value come back as they went, each in a buffer of its own; a value without bytes stays JSON', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.uint8Array({ maxLength: 40 }));
    const value = fc.letrec((tie) => ({ node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })) })).node;
    fc.assert(
      fc.property(value, (v) => {
        const body = encodeHttpBody(v);
        expect('json' in body ? JSON.parse(body.json) : decodeHttpFrames(Buffer.concat(body.frames))).toEqual(v);
      }),
      { numRuns: 300 },
    );
    const { frames } = encodeHttpBody({ a: new Uint8Array([1, 2, 3]), b: [Buffer.from('挂职')] }) as { frames: Uint8Array[] };
    const back = decodeHttpFrames(Buffer.concat(frames)) as { a: Uint8Array; b: Uint8Array[] };
    expect(back.a.byteLength).toBe(back.a.buffer.byteLength);
    expect(new TextDecoder().decode(back.b[0])).toBe('挂职');
  });

  it('frames: refuses a body cut short, with bytes left over, parts out of place or JSON that is not UTF-8', () => {
    const { frames } = encodeHttpBody([{ data: new Uint8Array([9, 8, 7]), more: new Uint8Array([6]) }]) as { frames: Uint8Array[] };
    const whole = Buffer.concat(frames);
    const json = (text: string, tail: number[]) => {
      const bytes = Buffer.from(text);
      const head = Buffer.alloc(4);
      head.writeUInt32LE(bytes.length);
      return Buffer.concat([head, bytes, Buffer.from(tail)]);
    };
    for (const bad of [
      whole.subarray(0, 2),
      whole.subarray(0, whole.length - 1),
      Buffer.concat([whole, Buffer.from([0])]),
      json('{"a":{"$bytes":[1,2]}}', [1, 2, 3]),
      json('{"a":{"$bytes":[0,4]}}', [1, 2, 3]),
      json('[{"$bytes":[0,1]},{"$bytes":[0,1]}]', [1, 2]),
      json('[1', []),
      Buffer.concat([Buffer.from([2, 0, 0, 0]), Buffer.from([0xff, 0xfe])]),
      Buffer.from([200, 0, 0, 0, 1]),
    ])
      expect(() => decodeHttpFrames(bad), bad.toString('hex')).toThrow(FramesFormatError);
    expect(decodeHttpFrames(json('{"$bytes":"AA==","x":1}', []))).toEqual({ $bytes: 'AA==', x: 1 });
  });
});
