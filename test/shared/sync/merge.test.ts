import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/sync/canonical-json';
import { formatHlc } from '@shared/sync/hlc';
import { mergeRecord, mergeSeen, mergeTable, seenFromRecords, type ConflictEntry, type MergeContext } from '@shared/sync/merge';
import type { Stored } from '@shared/sync/record';
import { hasSeen } from '@shared/sync/seen-vector';
import { stampDelete, stampNew, stampPatch, stampRestore } from '@shared/sync/stamp';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';
const T0 = Date.UTC(2026, 10, 21, 5, 0, 0, 0);
/** Stamp of site `site` at T0 + n ms. */
const st = (site: string, n: number) => formatHlc({ millis: T0 + n, counter: 0, siteId: site });

interface Cadre {
  name: string;
  phone?: string | null;
  remarks?: string | null;
  _search?: string;
}

const TABLE = 'cadres';
const CTX: MergeContext = { table: TABLE };

/** Record r1 created on A at T0 and known everywhere. */
const base = () => stampNew<Cadre>({ name: '张三', phone: '13800000000', remarks: null }, st(A, 0), 'r1');
const patch = (r: Stored<Cadre>, p: Partial<Cadre>, stamp: string) => stampPatch(r, p, stamp).next;

describe('mergeRecord: values', () => {
  it('takes an unknown record as it is, without local fields', () => {
    const incoming = { ...base(), _search: 'stale' };
    const { record, changed, conflicts } = mergeRecord(undefined, incoming, CTX);
    expect(changed).toBe(true);
    expect(conflicts).toEqual([]);
    const { _search, ...synced } = incoming;
    void _search;
    expect(record).toEqual(synced);
  });

  it('per field, the higher stamp wins, so edits of different fields on two PCs combine', () => {
    const onA = patch(base(), { name: '张三丰' }, st(A, 10));
    const onB = patch(base(), { phone: '13900000000' }, st(B, 20));
    const { record, changed, conflicts } = mergeRecord(onB, onA, CTX);
    expect(changed).toBe(true);
    expect(conflicts).toEqual([]);
    expect(record).toMatchObject({ name: '张三丰', phone: '13900000000', _hlc: st(B, 20) });
    expect(record._clock).toEqual({ name: st(A, 10), phone: st(B, 20), remarks: st(A, 0), _deleted: st(A, 0) });
  });

  it('an equal stamp is the same write: re-merging changes nothing and returns the local object', () => {
    const onA = patch(base(), { name: '张三丰' }, st(A, 10));
    const local = { ...onA, _search: 'zsf' };
    const result = mergeRecord(local, onA, CTX);
    expect(result.changed).toBe(false);
    expect(result.record).toBe(local);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps local fields from the local record', () => {
    const local = { ...base(), _search: 'zs' };
    const incoming = { ...patch(base(), { name: '李四' }, st(B, 5)), _search: 'from-package' };
    const { record } = mergeRecord(local, incoming, CTX);
    expect(record.name).toBe('李四');
    expect(record._search).toBe('zs');
  });

  it('a clear is a write: a newer clear beats an older value', () => {
    const onA = patch(base(), { phone: undefined }, st(A, 10));
    const { record } = mergeRecord(base(), onA, CTX);
    expect(record.phone).toBeNull();
    expect(record._clock.phone).toBe(st(A, 10));
  });

  it('refuses records with different ids', () => {
    const other = stampNew<Cadre>({ name: '王五' }, st(A, 1), 'r2');
    expect(() => mergeRecord(base(), other, CTX)).toThrow(/ids differ/);
  });
});

describe('mergeRecord: conflicts', () => {
  // B edited the phone, A edited it too without having seen B's edit.
  const scenario = () => {
    const onB = patch(base(), { phone: '1-B' }, st(B, 10));
    const onA = patch(base(), { phone: '1-A' }, st(A, 20));
    return { onA, onB };
  };

  it('(a) incoming wins over a local write the exporter had not seen → overwrite, lost = local', () => {
    const { onA, onB } = scenario();
    const { record, conflicts } = mergeRecord(onB, onA, CTX);
    expect(record.phone).toBe('1-A');
    expect(conflicts).toEqual<ConflictEntry[]>([
      {
        id: expect.any(String) as string,
        table: TABLE,
        recordId: 'r1',
        field: 'phone',
        kind: 'overwrite',
        keptValue: '1-A',
        keptStamp: st(A, 20),
        lostValue: '1-B',
        lostStamp: st(B, 10),
        keptSite: A,
        lostSite: B,
      },
    ]);
  });

  it('(a) no conflict when the exporter had seen the local write (a knowing overwrite)', () => {
    const { onB } = scenario();
    const onA = patch(onB, { phone: '1-A' }, st(A, 20)); // A imported B's edit, then changed it
    const { record, conflicts } = mergeRecord(onB, onA, CTX);
    expect(record.phone).toBe('1-A');
    expect(conflicts).toEqual([]);
  });

  it('(b) local wins over an incoming write new to us → overwrite, lost = incoming', () => {
    const onA = patch(base(), { phone: '1-A' }, st(A, 10));
    const onB = patch(base(), { phone: '1-B' }, st(B, 20));
    const { record, changed, conflicts } = mergeRecord(onB, onA, CTX);
    expect(record.phone).toBe('1-B');
    // Only the record's knowledge changes: it now knows the write it reported.
    expect(changed).toBe(true);
    expect(record._known).toEqual({ [A]: st(A, 10) });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'phone', kind: 'overwrite', keptValue: '1-B', keptStamp: st(B, 20), lostValue: '1-A', lostStamp: st(A, 10), keptSite: B, lostSite: A });
  });

  it('(b) no conflict when the incoming write was already known here', () => {
    const onA = patch(base(), { phone: '1-A' }, st(A, 10));
    const onB = patch(onA, { phone: '1-B' }, st(B, 20)); // B had A's edit when it wrote
    const { conflicts } = mergeRecord(onB, onA, CTX);
    expect(conflicts).toEqual([]);
  });

  it('concurrent writes of the same value are no conflict', () => {
    const onA = patch(base(), { phone: 'same' }, st(A, 10));
    const onB = patch(base(), { phone: 'same' }, st(B, 20));
    expect(mergeRecord(onB, onA, CTX).conflicts).toEqual([]);
  });

  it('a concurrent clear that loses is a conflict with lost value null', () => {
    const onA = patch(base(), { phone: null }, st(A, 10));
    const onB = patch(base(), { phone: '1-B' }, st(B, 20));
    const { conflicts } = mergeRecord(onA, onB, CTX);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ keptValue: '1-B', lostValue: null, lostStamp: st(A, 10) });
  });

  it('both directions report the same entry with the same id', () => {
    const { onA, onB } = scenario();
    const atB = mergeRecord(onB, onA, CTX);
    const atA = mergeRecord(onA, onB, CTX);
    expect(canonicalJson(atA.record)).toBe(canonicalJson(atB.record));
    expect(atA.conflicts).toEqual(atB.conflicts);
  });

  it('the id depends on table, record, field and both stamps', () => {
    const { onA, onB } = scenario();
    const id = mergeRecord(onB, onA, CTX).conflicts[0]!.id;
    const again = mergeRecord(onB, onA, CTX).conflicts[0]!.id;
    expect(again).toBe(id);
    expect(mergeRecord(onB, onA, { table: 'units' }).conflicts[0]!.id).not.toBe(id);
    const later = patch(base(), { phone: '1-A2' }, st(A, 21));
    expect(mergeRecord(onB, later, CTX).conflicts[0]!.id).not.toBe(id);
  });

  it('a third PC that relays the winner does not hide the conflict', () => {
    // C got A's edit, B imports from C: the exporter C had not seen B's edit either.
    const { onA, onB } = scenario();
    const onC = mergeRecord(base(), onA, CTX).record;
    const { conflicts } = mergeRecord(onB, onC, CTX);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ lostStamp: st(B, 10), keptStamp: st(A, 20) });
  });
});

describe('mergeRecord: deletes', () => {
  it('delete beats a concurrent edit; the edit is kept in the tombstone and reported as deleteEdit', () => {
    const edited = patch(base(), { phone: '1-B', remarks: '备注' }, st(B, 10));
    const deleted = stampDelete(base(), st(A, 5));
    for (const [local, incoming] of [
      [edited, deleted],
      [deleted, edited],
    ] as const) {
      const { record, conflicts } = mergeRecord(local, incoming, CTX);
      expect(record._deleted).toBe(true);
      expect(record.phone).toBe('1-B');
      expect(record.remarks).toBe('备注');
      const byField = Object.fromEntries(conflicts.map((c) => [c.field, c]));
      expect(Object.keys(byField).sort()).toEqual(['phone', 'remarks']);
      expect(byField.phone).toMatchObject({ kind: 'deleteEdit', keptValue: '13800000000', keptStamp: st(A, 5), lostValue: '1-B', lostStamp: st(B, 10), keptSite: A, lostSite: B });
      expect(byField.remarks).toMatchObject({ kind: 'deleteEdit', keptValue: null, lostValue: '备注' });
      // Restore brings the record back with the edit.
      const restored = stampRestore(record, st(A, 30));
      expect(restored).toMatchObject({ _deleted: false, phone: '1-B' });
    }
  });

  it('no deleteEdit when the deleter had seen the edit', () => {
    const edited = patch(base(), { phone: '1-B' }, st(B, 10));
    const deleted = stampDelete(edited, st(A, 20));
    const { record, conflicts } = mergeRecord(edited, deleted, CTX);
    expect(record._deleted).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('an edit that also lost its field to the deleter is reported as overwrite, not deleteEdit', () => {
    const edited = patch(base(), { phone: '1-B' }, st(B, 10));
    const deleted = stampDelete(patch(base(), { phone: '1-A' }, st(A, 20)), st(A, 21));
    const { record, conflicts } = mergeRecord(edited, deleted, CTX);
    expect(record).toMatchObject({ _deleted: true, phone: '1-A' });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'overwrite', lostValue: '1-B', keptValue: '1-A' });
  });

  it('a later restore beats an older delete', () => {
    const deleted = stampDelete(base(), st(A, 5));
    const restored = stampRestore(deleted, st(B, 10)); // B had imported the delete
    const { record, conflicts } = mergeRecord(deleted, restored, CTX);
    expect(record._deleted).toBe(false);
    expect(conflicts).toEqual([]);
  });

  it('a restore and a concurrent delete conflict on _deleted', () => {
    const firstDelete = stampDelete(base(), st(A, 5));
    const restoredOnB = stampRestore(firstDelete, st(B, 10));
    // C deleted on its own, having seen neither A's delete nor B's restore.
    const deletedOnC = stampDelete(base(), st(C, 20));
    const { record, conflicts } = mergeRecord(restoredOnB, deletedOnC, CTX);
    expect(record._deleted).toBe(true);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: '_deleted', kind: 'overwrite', keptValue: true, lostValue: false, lostStamp: st(B, 10) });
  });

  it('two tombstones merge quietly', () => {
    const onA = stampDelete(base(), st(A, 5));
    const onB = stampDelete(patch(base(), { phone: '1-B' }, st(B, 3)), st(B, 4));
    const { record, conflicts } = mergeRecord(onA, onB, CTX);
    expect(record).toMatchObject({ _deleted: true, phone: '1-B' });
    expect(conflicts).toEqual([]);
  });
});

describe('mergeTable', () => {
  const r1 = base();
  const r2 = stampNew<Cadre>({ name: '李四' }, st(A, 1), 'r2');
  const r3 = stampNew<Cadre>({ name: '王五' }, st(A, 2), 'r3');

  it('returns only new or changed records and counts each incoming id once', () => {
    const local = new Map<string, Stored<Cadre>>([
      ['r1', r1],
      ['r2', r2],
      ['r3', r3],
    ]);
    const incoming = [
      r1, // unchanged
      patch(r2, { name: '李四四' }, st(B, 10)), // updated
      stampDelete(r3, st(B, 11)), // became deleted
      stampNew<Cadre>({ name: '赵六' }, st(B, 12), 'r4'), // created
      stampDelete(stampNew<Cadre>({ name: '钱七' }, st(B, 13), 'r5'), st(B, 14)), // unknown tombstone
    ];
    const { upserts, conflicts, stats } = mergeTable(TABLE, local, incoming);
    expect(upserts.map((r) => r.id).sort()).toEqual(['r2', 'r3', 'r4', 'r5']);
    expect(conflicts).toEqual([]);
    expect(stats).toEqual({ created: 1, updated: 1, deleted: 2, unchanged: 1 });
  });

  it('counts a restore as updated', () => {
    const dead = stampDelete(r1, st(A, 5));
    const { stats } = mergeTable(TABLE, new Map([['r1', dead]]), [stampRestore(dead, st(B, 6))]);
    expect(stats).toEqual({ created: 0, updated: 1, deleted: 0, unchanged: 0 });
  });

  it('re-importing the same package is a no-op with no new conflicts', () => {
    const localB = patch(r1, { phone: '1-B' }, st(B, 10));
    const pkg = [patch(r1, { phone: '1-A', name: '张三丰' }, st(A, 20)), r2];
    const first = mergeTable(TABLE, new Map([['r1', localB]]), pkg);
    expect(first.conflicts).toHaveLength(1);
    expect(first.stats).toEqual({ created: 1, updated: 1, deleted: 0, unchanged: 0 });

    const after = new Map(first.upserts.map((r) => [r.id, r] as const));
    const second = mergeTable(TABLE, after, pkg);
    expect(second.upserts).toEqual([]);
    expect(second.conflicts).toEqual([]);
    expect(second.stats).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 2 });
  });

  it('deduplicates conflicts and merges repeated rows of one id in order', () => {
    const localB = patch(r1, { phone: '1-B' }, st(B, 10));
    const v1 = patch(r1, { phone: '1-A' }, st(A, 20));
    const v2 = patch(v1, { name: '张' }, st(A, 21));
    const { upserts, conflicts, stats } = mergeTable(TABLE, new Map([['r1', localB]]), [v1, v2, v1]);
    expect(upserts).toHaveLength(1);
    expect(upserts[0]).toMatchObject({ name: '张', phone: '1-A' });
    expect(conflicts).toHaveLength(1);
    expect(stats).toEqual({ created: 0, updated: 1, deleted: 0, unchanged: 0 });
  });
});

describe('knowledge vectors', () => {
  it('mergeSeen is the pointwise maximum', () => {
    expect(mergeSeen({ [A]: st(A, 5), [B]: st(B, 1) }, { [B]: st(B, 3), [C]: st(C, 2) })).toEqual({ [A]: st(A, 5), [B]: st(B, 3), [C]: st(C, 2) });
    expect(mergeSeen({ [A]: st(A, 5) }, { [A]: st(A, 4) })).toEqual({ [A]: st(A, 5) });
  });

  it('seenFromRecords takes the highest stamp per site over all clocks', () => {
    const r = patch(patch(base(), { phone: '1' }, st(B, 7)), { name: 'x' }, st(B, 9));
    const s = stampNew<Cadre>({ name: 'y' }, st(A, 3), 'r2');
    expect(seenFromRecords([r, s])).toEqual({ [A]: st(A, 3), [B]: st(B, 9) });
    expect(seenFromRecords([])).toEqual({});
  });

  it('hasSeen covers every stamp of a site up to its entry', () => {
    const seen = { [A]: st(A, 5) };
    expect(hasSeen(seen, st(A, 5))).toBe(true);
    expect(hasSeen(seen, st(A, 4))).toBe(true);
    expect(hasSeen(seen, st(A, 6))).toBe(false);
    expect(hasSeen(seen, st(B, 1))).toBe(false);
  });
});
