import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/sync/canonical-json';
import { HlcClock, formatHlc } from '@shared/sync/hlc';
import { mergeRecord, mergeSeen, seenFromRecords, type ConflictEntry } from '@shared/sync/merge';
import type { Hlc, SeenVector, Stored } from '@shared/sync/record';
import { stampDelete, stampNew, stampPatch, stampRestore } from '@shared/sync/stamp';
import { isEmptyValue, sameFieldValue } from '@shared/sync/field-value';
import { World, opsArbitrary, recordsLoss, type Write } from './sync-simulator';

/*
 * Property tests of the merge (ARCHITECTURE §3 and §6). Run counts are chosen to keep this file
 * within a few seconds on a 2-core machine; when changing the merge rules, run it longer with
 * SYNC_PROPERTY_SCALE=20 (20 times the runs).
 */

const SCALE = Math.max(1, Number(process.env.SYNC_PROPERTY_SCALE) || 1);
const WORLD_RUNS = 300 * SCALE;
const WORLD_OPS = 120;
const RECORD_RUNS = 300 * SCALE;
const TIMEOUT = 30_000 * SCALE;

type Rec = Stored<Record<string, unknown>>;
const canon = (r: unknown) => canonicalJson(r);
const ids = (cs: readonly ConflictEntry[]) => cs.map((c) => c.id).sort();

describe('P1: three PCs converge', () => {
  it('random creates, edits, deletes, restores and shuffled, repeated and stale imports end in identical tables and knowledge', () => {
    fc.assert(
      fc.property(opsArbitrary(WORLD_OPS), (ops) => {
        const world = new World().run(ops).finalExchange();
        const [first, ...others] = world.sites;
        const table = world.snapshot(first!);
        for (const site of others) {
          expect(world.snapshot(site)).toBe(table);
          expect(canon(site.seen)).toBe(canon(first!.seen));
        }
        // Independent oracle: every field ends with its highest-stamped write, on every PC.
        const records = new Map([...first!.table.values()].map((r) => [r.id, r]));
        for (const writes of world.writesByField().values()) {
          const last = writes.reduce((a, b) => (b.stamp > a.stamp ? b : a));
          const record = records.get(last.recordId);
          expect(record, `record ${last.recordId} missing after the final exchange`).toBeDefined();
          expect(record!._clock[last.field]).toBe(last.stamp);
          expect(sameFieldValue(record![last.field], last.value)).toBe(true);
        }
      }),
      { numRuns: WORLD_RUNS },
    );
  }, TIMEOUT);
});

/**
 * P3. A write is fine when it is the final value, when a later write of the same field was made by
 * someone who had observed it (a knowing overwrite, a later write of the same PC included), or when
 * some PC's conflict log names it as the lost write. A write whose value lives on in a later write
 * of the same value is fine when that later write is.
 */
function unreportedLosses(world: World): Write[] {
  const final = new Map([...world.sites[0]!.table.values()].map((r) => [r.id, r]));
  const conflicts = world.allConflicts();
  const groups = world.writesByField();
  const memo = new Map<number, boolean>();
  const fine = (w: Write): boolean => {
    const known = memo.get(w.idx);
    if (known !== undefined) return known;
    memo.set(w.idx, false);
    const group = groups.get(`${w.recordId}/${w.field}`)!;
    const ok =
      final.get(w.recordId)!._clock[w.field] === w.stamp ||
      group.some((o) => o.knew.has(w.idx)) ||
      conflicts.some((c) => recordsLoss(c, w)) ||
      group.some((o) => o.stamp > w.stamp && sameFieldValue(o.value, w.value) && fine(o));
    memo.set(w.idx, ok);
    return ok;
  };
  return world.writes.filter((w) => !fine(w));
}

/**
 * Edits hidden by a delete: on a record that ends deleted, the final value of every field must have
 * been seen by someone who deleted the record, or be reported as a deleteEdit. (Clears are skipped:
 * clearing a field the deleter also had empty loses nothing.)
 */
function unreportedDeletedEdits(world: World): Write[] {
  const conflicts = world.allConflicts().filter((c) => c.kind === 'deleteEdit');
  const groups = world.writesByField();
  const out: Write[] = [];
  for (const record of world.sites[0]!.table.values()) {
    if (!record._deleted) continue;
    const deletes = (groups.get(`${record.id}/_deleted`) ?? []).filter((w) => w.value === true);
    for (const [field, stamp] of Object.entries(record._clock)) {
      if (field === '_deleted') continue;
      const edit = groups.get(`${record.id}/${field}`)!.find((w) => w.stamp === stamp)!;
      if (isEmptyValue(edit.value)) continue;
      if (deletes.some((d) => d.knew.has(edit.idx))) continue;
      if (!conflicts.some((c) => recordsLoss(c, edit))) out.push(edit);
    }
  }
  return out;
}

/** P4: every entry names two real writes, and the kept one was made without knowing the lost one. */
function falseAlarms(world: World): ConflictEntry[] {
  const byStamp = new Map(world.writes.map((w) => [`${w.recordId}/${w.field}/${w.stamp}`, w]));
  return world.allConflicts().filter((c) => {
    const lost = byStamp.get(`${c.recordId}/${c.field}/${c.lostStamp}`);
    const kept = byStamp.get(`${c.recordId}/${c.kind === 'deleteEdit' ? '_deleted' : c.field}/${c.keptStamp}`);
    if (!lost || !kept) return true;
    if (kept.knew.has(lost.idx) || !sameFieldValue(c.lostValue, lost.value)) return true;
    if (c.kind === 'overwrite') return !(c.keptStamp > c.lostStamp) || !sameFieldValue(c.keptValue, kept.value);
    return kept.value !== true;
  });
}

describe('P3: no edit is lost without a conflict entry', () => {
  it('every write that is neither final nor knowingly overwritten is in some conflict log, and no entry is a false alarm', () => {
    let conflictRuns = 0;
    let deleteEditRuns = 0;
    fc.assert(
      fc.property(opsArbitrary(WORLD_OPS), (ops) => {
        const world = new World(false).run(ops).finalExchange();
        const lost = unreportedLosses(world);
        expect(lost, `writes lost silently: ${JSON.stringify(lost.map(({ knew, ...w }) => ({ ...w, knew: knew.size })))}`).toEqual([]);
        const hidden = unreportedDeletedEdits(world);
        expect(hidden.map((w) => w.idx), 'edits hidden by a delete without a deleteEdit entry').toEqual([]);
        expect(falseAlarms(world)).toEqual([]);
        const all = world.allConflicts();
        if (all.length > 0) conflictRuns++;
        if (all.some((c) => c.kind === 'deleteEdit')) deleteEditRuns++;
      }),
      { numRuns: WORLD_RUNS },
    );
    // The generator must actually produce the situations under test.
    expect(conflictRuns).toBeGreaterThan(WORLD_RUNS / 4);
    expect(deleteEditRuns).toBeGreaterThan(WORLD_RUNS / 10);
  }, TIMEOUT);
});

describe('P2: record merge is commutative, associative and idempotent', () => {
  const ORIGIN = '0000000000000000';
  const BRANCH_SITES = ['1111111111111111', '2222222222222222', '3333333333333333'];
  const T0 = Date.UTC(2026, 5, 1);
  const FIELDS = ['name', 'phone', 'note'];
  const values = fc.constantFrom<unknown>('x', 'y', 'z', null, undefined, { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
  const step = fc.oneof(
    { weight: 4, arbitrary: fc.record({ t: fc.constant('edit' as const), patch: fc.dictionary(fc.constantFrom(...FIELDS), values, { maxKeys: 3 }), dt: fc.integer({ min: -3, max: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('toggle' as const), dt: fc.integer({ min: -3, max: 3 }) }) },
  );
  const branch = fc.record({ start: fc.integer({ min: 0, max: 4 }), steps: fc.array(step, { maxLength: 6 }), seesPrevious: fc.option(fc.nat(), { nil: undefined }) });

  interface Branch {
    record: Rec;
    seen: SeenVector;
  }

  /**
   * Builds branches from one ancestor. A branch may first take in a prefix of the previous branch's
   * history (so it overwrites some writes knowingly), as a PC that imported a package would.
   */
  function grow(specs: Array<{ start: number; steps: Array<{ t: 'edit' | 'toggle'; patch?: Record<string, unknown>; dt: number }>; seesPrevious: number | undefined }>) {
    const ancestor = stampNew({ name: 'n0', phone: 'p0', note: null }, formatHlc({ millis: T0, counter: 0, siteId: ORIGIN }), 'r1') as unknown as Rec;
    const out: Branch[] = [];
    let previousHistory: Branch[] = [];
    specs.forEach((spec, i) => {
      let t = T0 + spec.start;
      const clock = new HlcClock(BRANCH_SITES[i]!, { now: () => t });
      let record = ancestor;
      let seen: SeenVector = seenFromRecords([ancestor]);
      clock.recv(ancestor._hlc);
      if (spec.seesPrevious !== undefined && previousHistory.length > 0) {
        const known = previousHistory[spec.seesPrevious % previousHistory.length]!;
        record = mergeRecord(record, known.record, { table: 't' }).record;
        seen = mergeSeen(seen, known.seen);
        clock.recv(record._hlc);
      }
      const history: Branch[] = [{ record, seen }];
      for (const s of spec.steps) {
        t += s.dt;
        const stamp = clock.send();
        if (s.t === 'edit') record = stampPatch(record, s.patch!, stamp).next;
        else record = record._deleted ? stampRestore(record, stamp) : stampDelete(record, stamp);
        seen = mergeSeen(seen, { [BRANCH_SITES[i]!]: stamp });
        history.push({ record, seen });
      }
      out.push({ record, seen });
      previousHistory = history;
    });
    return out;
  }

  const merge = (local: Branch, incoming: Branch) => mergeRecord(local.record, incoming.record, { table: 't' });
  const join = (a: Branch, b: Branch): Branch => ({ record: merge(a, b).record, seen: mergeSeen(a.seen, b.seen) });

  it('A into B equals B into A, with the same conflicts; re-merging changes nothing', () => {
    fc.assert(
      fc.property(branch, branch, (sa, sb) => {
        const [a, b] = grow([sa, sb]) as [Branch, Branch];
        const ab = merge(a, b);
        const ba = merge(b, a);
        expect(canon(ab.record)).toBe(canon(ba.record));
        expect(ids(ab.conflicts)).toEqual(ids(ba.conflicts));
        expect(canon(ab.conflicts.slice().sort((x, y) => (x.id < y.id ? -1 : 1)))).toBe(canon(ba.conflicts.slice().sort((x, y) => (x.id < y.id ? -1 : 1))));

        // Idempotent: merging either input (or the result) again is a no-op without new conflicts.
        const m: Branch = { record: ab.record, seen: mergeSeen(a.seen, b.seen) };
        for (const input of [a, b, m]) {
          const again = merge(m, input);
          expect(again.changed).toBe(false);
          expect(again.record).toBe(m.record);
          expect(again.conflicts).toEqual([]);
        }
        // Even without updating the knowledge, the same package yields no new ids.
        const forgetful = merge({ record: ab.record, seen: a.seen }, b);
        expect(forgetful.changed).toBe(false);
        for (const id of ids(forgetful.conflicts)) expect(ids(ab.conflicts)).toContain(id);
        // An unknown record is taken as it is.
        expect(canon(mergeRecord(undefined, a.record, { table: 't' }).record)).toBe(canon(a.record));
      }),
      { numRuns: RECORD_RUNS },
    );
  }, TIMEOUT);

  it('grouping does not matter: (A·B)·C = A·(B·C) = (A·C)·B', () => {
    fc.assert(
      fc.property(branch, branch, branch, (sa, sb, sc) => {
        const [a, b, c] = grow([sa, sb, sc]) as [Branch, Branch, Branch];
        const left = join(join(a, b), c).record;
        const right = join(a, join(b, c)).record;
        const other = join(join(a, c), b).record;
        expect(canon(right)).toBe(canon(left));
        expect(canon(other)).toBe(canon(left));
      }),
      { numRuns: RECORD_RUNS },
    );
  }, TIMEOUT);

  it('even damaged data (one stamp, two values) merges the same in any order', () => {
    const stamps = [0, 1, 2].map((n) => formatHlc({ millis: T0 + (n >> 1), counter: 0, siteId: BRANCH_SITES[n]! }));
    const field = fc.record({ stamp: fc.option(fc.constantFrom<Hlc>(...stamps), { nil: undefined }), value: values });
    const raw = fc
      .record({ name: field, phone: field, _deleted: fc.record({ stamp: fc.option(fc.constantFrom<Hlc>(...stamps), { nil: undefined }), value: fc.boolean() }) })
      .map((fields) => {
        const r: Record<string, unknown> = { id: 'r1' };
        const clock: Record<string, Hlc> = {};
        for (const [k, f] of Object.entries(fields)) {
          if (f.value !== undefined) r[k] = f.value;
          if (f.stamp) clock[k] = f.stamp;
        }
        r._clock = clock;
        r._hlc = Object.values(clock).sort().pop() ?? '';
        return r as Rec;
      });
    const ctx = { table: 't' };
    const m = (x: Rec, y: Rec) => mergeRecord(x, y, ctx).record;
    fc.assert(
      fc.property(raw, raw, raw, (a, b, c) => {
        expect(canon(m(a, b))).toBe(canon(m(b, a)));
        expect(canon(m(m(a, b), c))).toBe(canon(m(a, m(b, c))));
        const ab = m(a, b);
        expect(mergeRecord(ab, a, ctx).changed).toBe(false);
        expect(mergeRecord(ab, b, ctx).changed).toBe(false);
      }),
      { numRuns: RECORD_RUNS },
    );
  }, TIMEOUT);
});
