import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import type { Stored } from '@shared/sync/record';
import { recordHlc, stampDelete, stampNew, stampPatch, stampRestore } from '@shared/sync/stamp';

const SITE = '0123456789abcdef';
const T0 = Date.UTC(2026, 10, 21, 5, 0, 0, 0);
const st = (n: number) => formatHlc({ millis: T0 + n, counter: 0, siteId: SITE });

interface Cadre {
  name: string;
  phone?: string | null;
  tags?: { a: number; b: number } | null;
  remarks?: string | null;
  _search?: string;
}

function cadre(): Stored<Cadre> {
  return stampNew<Cadre>({ name: '张三', phone: '13800000000', tags: { a: 1, b: 2 }, remarks: null, _search: 'zs' }, st(0), 'r1');
}

describe('stampNew', () => {
  it('stamps every present field and _deleted with the one stamp', () => {
    const r = cadre();
    expect(r).toEqual({
      id: 'r1',
      name: '张三',
      phone: '13800000000',
      tags: { a: 1, b: 2 },
      remarks: null,
      _search: 'zs',
      _deleted: false,
      _clock: { name: st(0), phone: st(0), tags: st(0), remarks: st(0), _deleted: st(0) },
      _hlc: st(0),
    });
  });

  it('skips undefined fields, does not stamp local fields and ignores meta keys in the input', () => {
    const input = { name: '李四', phone: undefined, _search: 'ls', id: 'ignored', _deleted: true, _clock: { x: 'y' }, _hlc: 'z' };
    const r = stampNew(input as unknown as Cadre, st(1), 'r2');
    expect('phone' in r).toBe(false);
    expect(r.id).toBe('r2');
    expect(r._deleted).toBe(false);
    expect(r._clock).toEqual({ name: st(1), _deleted: st(1) });
    expect(r._hlc).toBe(st(1));
    expect(r._search).toBe('ls');
  });

  it('creates a random UUID when no id is given', () => {
    const a = stampNew<Cadre>({ name: '甲' }, st(1));
    const b = stampNew<Cadre>({ name: '乙' }, st(2));
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
  });

  it('refuses a malformed stamp', () => {
    expect(() => stampNew<Cadre>({ name: '甲' }, 'yesterday')).toThrow(/Not an HLC stamp/);
  });

  it('refuses values that are not JSON data, naming the field; local fields may hold anything', () => {
    expect(() => stampNew({ name: '甲', born: new Date(0) }, st(1))).toThrow(/Field "born" .*Date/);
    expect(() => stampNew({ name: '甲', score: NaN }, st(1))).toThrow(/Field "score"/);
    expect(stampNew({ name: '甲', _cache: new Map() }, st(1))._cache).toBeInstanceOf(Map);
  });
});

describe('stampPatch', () => {
  it('stamps only the fields whose value changes', () => {
    const prev = cadre();
    const { next, changed } = stampPatch(prev, { name: '张三', phone: '13900000000', tags: { b: 2, a: 1 } }, st(5));
    expect(changed).toEqual(['phone']);
    expect(next.phone).toBe('13900000000');
    expect(next._clock).toEqual({ ...prev._clock, phone: st(5) });
    expect(next._hlc).toBe(st(5));
    expect(prev.phone).toBe('13800000000');
    expect(prev._clock.phone).toBe(st(0));
  });

  it('returns the same object when nothing changes', () => {
    const prev = cadre();
    const result = stampPatch(prev, { name: '张三', tags: { b: 2, a: 1 }, remarks: undefined, _search: 'zs' }, st(5));
    expect(result.changed).toEqual([]);
    expect(result.next).toBe(prev);
    expect(stampPatch(prev, {}, st(5)).next).toBe(prev);
  });

  it('clears a field with undefined or null: the key stays with null and the clear is stamped', () => {
    const prev = cadre();
    const a = stampPatch(prev, { phone: undefined }, st(5));
    expect(a.changed).toEqual(['phone']);
    expect(a.next.phone).toBeNull();
    expect(a.next._clock.phone).toBe(st(5));
    const b = stampPatch(prev, { phone: null }, st(5));
    expect(b.next).toEqual(a.next);
    // clearing an empty field is no write
    expect(stampPatch(a.next, { phone: undefined }, st(6)).next).toBe(a.next);
    expect(stampPatch(prev, { remarks: null }, st(6)).next).toBe(prev);
  });

  it('writes a field never written before', () => {
    const prev = stampNew<Cadre>({ name: '甲' }, st(1), 'r9');
    const { next, changed } = stampPatch(prev, { remarks: '新' }, st(2));
    expect(changed).toEqual(['remarks']);
    expect(next._clock.remarks).toBe(st(2));
  });

  it('copies local fields without stamping them', () => {
    const prev = cadre();
    const { next, changed } = stampPatch(prev, { _search: 'zhangsan' }, st(5));
    expect(changed).toEqual([]);
    expect(next).not.toBe(prev);
    expect(next._search).toBe('zhangsan');
    expect(next._clock).toBe(prev._clock);
    expect(next._hlc).toBe(prev._hlc);
    const removed = stampPatch(next, { _search: undefined }, st(6)).next;
    expect('_search' in removed).toBe(false);
  });

  it('never lets a patch change id, _clock or _hlc', () => {
    const prev = cadre();
    const sneaky = { name: '王五', id: 'r1', _clock: { name: st(99) }, _hlc: st(99) } as unknown as Partial<Cadre>;
    const { next, changed } = stampPatch(prev, sneaky, st(5));
    expect(changed).toEqual(['name']);
    expect(next.id).toBe('r1');
    expect(next._clock.name).toBe(st(5));
    expect(next._hlc).toBe(st(5));
    expect(() => stampPatch(prev, { id: 'other' } as unknown as Partial<Cadre>, st(5))).toThrow(/cannot change the id/);
  });

  it('refuses values that are not JSON data', () => {
    expect(() => stampPatch(cadre(), { phone: new Date(0) as unknown as string }, st(5))).toThrow(/Field "phone"/);
  });

  it('refuses a stamp that is not newer than the record', () => {
    const prev = stampPatch(cadre(), { name: '王五' }, st(10)).next;
    expect(() => stampPatch(prev, { name: '赵六' }, st(10))).toThrow(/not newer/);
    expect(() => stampPatch(prev, { name: '赵六' }, st(3))).toThrow(/not newer/);
    // a patch that changes nothing does not care
    expect(stampPatch(prev, { name: '王五' }, st(3)).next).toBe(prev);
  });

  it('stamps _deleted like a field and checks its type', () => {
    const prev = cadre();
    const { next, changed } = stampPatch(prev, { _deleted: true } as unknown as Partial<Cadre>, st(5));
    expect(changed).toEqual(['_deleted']);
    expect(next._deleted).toBe(true);
    expect(() => stampPatch(prev, { _deleted: 'yes' } as unknown as Partial<Cadre>, st(5))).toThrow(TypeError);
  });
});

describe('stampDelete / stampRestore', () => {
  it('delete writes a stamped tombstone keeping the data; restore brings it back', () => {
    const prev = cadre();
    const dead = stampDelete(prev, st(5));
    expect(dead._deleted).toBe(true);
    expect(dead._clock._deleted).toBe(st(5));
    expect(dead._hlc).toBe(st(5));
    expect(dead.name).toBe('张三');
    expect(dead._clock.name).toBe(st(0));
    const alive = stampRestore(dead, st(6));
    expect(alive._deleted).toBe(false);
    expect(alive._clock._deleted).toBe(st(6));
    expect(alive._hlc).toBe(st(6));
  });

  it('are no-ops (same object) when the record is already in that state', () => {
    const prev = cadre();
    expect(stampRestore(prev, st(5))).toBe(prev);
    const dead = stampDelete(prev, st(5));
    expect(stampDelete(dead, st(6))).toBe(dead);
  });
});

describe('recordHlc', () => {
  it('is the highest stamp in the clock', () => {
    expect(recordHlc({ _clock: { a: st(3), b: st(7), _deleted: st(1) } })).toBe(st(7));
    expect(recordHlc({ _clock: {} })).toBe('');
    const r = stampPatch(cadre(), { phone: '1' }, st(4)).next;
    expect(recordHlc(r)).toBe(r._hlc);
  });
});
