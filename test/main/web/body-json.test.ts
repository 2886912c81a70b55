// The web host's body decoder: the same values and the same strictness as the shared codec, with
// the base64 decoded from the buffer.
import { describe, expect, it } from 'vitest';
import { BodyFormatError, decodeBodyJson } from '../../../electron/web/body-json';
import { BodySlots } from '../../../electron/web/body-slots';
import { decodeHttpJson, encodeHttpJson } from '@shared/ipc/http-codec';

const body = (text: string) => Buffer.from(text, 'utf8');

describe('decodeBodyJson', () => {
  it('decodes what the web bridge sends exactly like the shared codec', () => {
    const values: unknown[] = [
      [],
      [{ data: new Uint8Array([1, 2, 3, 250]), name: '名单.xlsx', maxRows: 10 }],
      [{ rows: [{ cells: ['含 {"$bytes":" 的文字', 1, null] }], a: new Uint8Array(0), b: [new Uint8Array(5000).fill(7), new Uint8Array([9])] }],
    ];
    for (const value of values) {
      const text = encodeHttpJson(value);
      expect(decodeBodyJson(body(text))).toEqual(decodeHttpJson(text));
    }
    expect(decodeBodyJson(body(''))).toEqual([]);
    // Non-canonical spacing still means bytes.
    expect(decodeBodyJson(body('[{ "$bytes" : "AQI=" }]'))).toEqual([new Uint8Array([1, 2])]);
  });

  it('decodes a body without bytes (the records of a package) and one whose keys are spelled with escapes like the shared codec', () => {
    const records = [{ jobId: 'j', table: 'logEntries', records: [{ id: 'k1', content: '到石岭村走访\n"脱贫户"', _clock: { content: '2026-11-30T01:02:03.004Z-0000-a1b2c3d4e5f60718' }, tags: ['走访'], n: 1.5, ok: false, none: null }] }];
    const text = encodeHttpJson(records);
    expect(decodeBodyJson(body(text))).toEqual(decodeHttpJson(text));
    for (const escaped of ['[{"\\u0024bytes":"AQI="}]', '[{"a":"\\u0000"},{"\\u0024bytes":"AQI="}]']) {
      expect(decodeBodyJson(body(escaped)), escaped).toEqual(decodeHttpJson(escaped));
      expect(decodeBodyJson(body(escaped)), escaped).toContainEqual(new Uint8Array([1, 2]));
    }
  });

  it('gives every part a buffer of its own (it may be handed to a worker)', () => {
    const [first, second] = decodeBodyJson(body(encodeHttpJson([new Uint8Array([1]), new Uint8Array([2, 3])]))) as Uint8Array[];
    expect(first!.byteOffset).toBe(0);
    expect(first!.buffer.byteLength).toBe(1);
    expect(second!.buffer.byteLength).toBe(2);
  });

  it('refuses malformed base64 and JSON as the shared codec does', () => {
    for (const text of ['[{"$bytes":"AQI"}]', '[{"$bytes":"A?I="}]', '[{"$bytes":"AQI=', '[{"a":1', '{"$bytes":"AQI="']) {
      expect(() => decodeBodyJson(body(text)), text).toThrow(BodyFormatError);
    }
  });
});

describe('BodySlots', () => {
  it('hands slots out in turn and drops a waiter whose client went away', async () => {
    const slots = new BodySlots(1);
    const first = await slots.acquire(new AbortController().signal);
    const gone = new AbortController();
    const leaving = slots.acquire(gone.signal);
    const staying = slots.acquire(new AbortController().signal);
    expect(slots.waiting).toBe(2);
    gone.abort();
    await expect(leaving).rejects.toThrow('request closed');
    expect(slots.waiting).toBe(1);
    first();
    first(); // a second release changes nothing
    const second = await staying;
    expect(slots.held).toBe(1);
    second();
    expect(slots.held).toBe(0);
  });
});
