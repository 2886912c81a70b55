import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '@shared/sync/hlc';
import { recordKnowledge, recordKnows, sparseKnown } from '@shared/sync/knowledge';
import { mergeRecord } from '@shared/sync/merge';
import type { Stored } from '@shared/sync/record';
import { seenFromRecords } from '@shared/sync/seen-vector';
import { stampDelete, stampNew, stampPatch, stampTouch } from '@shared/sync/stamp';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';
const T0 = Date.UTC(2026, 10, 21, 5, 0, 0, 0);
const st = (site: string, n: number) => formatHlc({ millis: T0 + n, counter: 0, siteId: site });

type Rec = Stored<{ name?: string | null; phone?: string | null }>;
const base = (): Rec => stampNew({ name: '张三', phone: '1' }, st(A, 0), 'r1');
const CTX = { table: 'cadres' };

describe('per-record knowledge', () => {
  it('a replaced stamp of another site is kept in _known, so the record still knows that write', () => {
    const onB = stampPatch(base(), { phone: '2' }, st(B, 10)).next;
    const onA = stampPatch(stampPatch(onB, { phone: '3' }, st(A, 20)).next, { name: '李四' }, st(A, 21)).next;
    expect(Object.values(onA._clock)).not.toContain(st(B, 10));
    expect(onA._known).toEqual({ [B]: st(B, 10) });
    expect(recordKnows(onA, st(B, 10))).toBe(true);
    expect(recordKnows(onA, st(B, 11))).toBe(false);
    expect(recordKnowledge(onA)).toEqual({ [A]: st(A, 21), [B]: st(B, 10) });
  });

  it('own replaced stamps need no _known entry (the newer own stamp implies them)', () => {
    const r = stampPatch(stampPatch(base(), { phone: '2' }, st(A, 5)).next, { phone: '3' }, st(A, 6)).next;
    expect(r._known).toBeUndefined();
    expect(recordKnows(r, st(A, 5))).toBe(true);
  });

  it('a knowing overwrite that travels through a third PC raises no conflict where the overwritten write lives', () => {
    // B edits the phone; A imports it and overwrites the phone; C relays A's copy back to B.
    const onB = stampPatch(base(), { phone: 'B' }, st(B, 10)).next;
    const onA = stampPatch(mergeRecord(base(), onB, CTX).record, { phone: 'A' }, st(A, 20)).next;
    const onC = mergeRecord(undefined, onA, CTX).record;
    const { record, conflicts } = mergeRecord(onB, onC, CTX);
    expect(record.phone).toBe('A');
    expect(conflicts).toEqual([]);
  });

  it('a merge keeps the knowledge of both copies, and a change of knowledge alone is stored but counted as unchanged', () => {
    const onB = stampPatch(base(), { phone: 'B' }, st(B, 10)).next;
    const onA = stampPatch(mergeRecord(base(), onB, CTX).record, { phone: 'A' }, st(A, 20)).next;
    // C already has A's value through another copy that does not know B's write.
    const blind = { ...onA, _known: undefined } as Rec;
    delete blind._known;
    const result = mergeRecord(blind, onA, CTX);
    expect(result.changed).toBe(true);
    expect(result.knowledgeOnly).toBe(true);
    expect(result.record._known).toEqual({ [B]: st(B, 10) });
    expect(mergeRecord(result.record, onA, CTX).changed).toBe(false);
  });

  it('stampTouch stamps a field anew without changing its value and keeps what the record knew', () => {
    const onB = stampPatch(base(), { phone: 'B' }, st(B, 10)).next;
    const merged = mergeRecord(stampPatch(base(), { phone: 'A' }, st(A, 20)).next, onB, CTX).record;
    const touched = stampTouch(merged, ['phone'], st(A, 30));
    expect(touched.phone).toBe('A');
    expect(touched._clock.phone).toBe(st(A, 30));
    expect(touched._hlc).toBe(st(A, 30));
    expect(recordKnows(touched, st(B, 10))).toBe(true);
    expect(() => stampTouch(touched, ['phone'], st(A, 30))).toThrow(RangeError);
    expect(() => stampTouch(touched, ['_hlc'], st(A, 31))).toThrow(/not a stamped field/);
    const kept = stampTouch(stampDelete(merged, st(A, 40)), ['_deleted'], st(A, 41));
    expect(kept).toMatchObject({ _deleted: true });
    expect(kept._clock._deleted).toBe(st(A, 41));
  });

  it('sparseKnown keeps only what the clock does not already say', () => {
    const clock = { name: st(A, 5), phone: st(B, 3) };
    expect(sparseKnown(clock, { [A]: st(A, 4), [B]: st(B, 3) })).toBeUndefined();
    expect(sparseKnown(clock, { [A]: st(A, 9), [C]: st(C, 1) })).toEqual({ [A]: st(A, 9), [C]: st(C, 1) });
  });

  it('seenFromRecords includes what records know beyond their clocks', () => {
    const onB = stampPatch(base(), { phone: 'B' }, st(B, 10)).next;
    const onA = stampPatch(mergeRecord(base(), onB, CTX).record, { phone: 'A' }, st(A, 20)).next;
    expect(seenFromRecords([onA])).toEqual({ [A]: st(A, 20), [B]: st(B, 10) });
  });

  it('seenFromRecords is, site by site, the latest stamp any record knows (clock or _known)', () => {
    const stamp = fc.tuple(fc.constantFrom(A, B, C), fc.integer({ min: 0, max: 50 })).map(([site, n]) => st(site, n));
    const record = fc.record({
      _clock: fc.dictionary(fc.constantFrom('name', 'phone', 'unit', 'note'), stamp),
      _known: fc.option(fc.dictionary(fc.constantFrom(A, B, C), fc.integer({ min: 0, max: 50 })), { nil: undefined }),
    }).map(({ _clock, _known }) => ({ _clock, ...(_known ? { _known: Object.fromEntries(Object.entries(_known).map(([site, n]) => [site, st(site, n)])) } : {}) }));
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        const expected: Record<string, string> = {};
        for (const r of records)
          for (const s of [...Object.values(r._clock), ...Object.values(r._known ?? {})]) {
            const site = s.slice(-16);
            if (!expected[site] || s > expected[site]) expected[site] = s;
          }
        expect(seenFromRecords(records)).toEqual(expected);
      }),
    );
  });
});
