import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { outgoingPicker, pickableAsRead, planOutgoing, type LocalRecord } from '@shared/sync/exchange/outgoing';
import { formatHlc } from '@shared/sync/hlc';
import type { PackageScope } from '@shared/sync/scope';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const T0 = Date.UTC(2026, 10, 1);
const stamp = (site: string, n: number) => formatHlc({ millis: T0 + n, counter: 0, siteId: site });

/** A record of any table with what the picking looks at: sample mark, change counter, whose writes. */
const record = fc.record({ site: fc.constantFrom(A, B), n: fc.integer({ min: 0, max: 40 }), seq: fc.integer({ min: 0, max: 40 }), sample: fc.boolean(), deleted: fc.boolean() }).map(
  ({ site, n, seq, sample, deleted }, i = 0): LocalRecord => ({
    id: `r-${site}-${n}-${seq}-${i}`,
    name: '记录',
    _deleted: deleted,
    _clock: { name: stamp(site, n) },
    _hlc: stamp(site, n),
    _seq: seq,
    ...(sample ? { _sample: 1 } : {}),
  }),
);

describe('a package of everything, picked table by table as the tables are read', () => {
  it('carries exactly what planOutgoing picks from all the tables at once, and counts the same sample records', () => {
    const tables = fc.dictionary(fc.constantFrom(...TABLE_NAMES), fc.array(record, { maxLength: 6 }));
    const target = fc.record({
      restricted: fc.boolean(),
      base: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      partnerClock: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      ownSite: fc.option(fc.constant(A), { nil: undefined }),
    });
    fc.assert(
      fc.property(tables, target, (byTable, t) => {
        const scope = { kind: 'all' as const, restricted: t.restricted };
        const base = t.base === null ? null : { packageId: 'p', created: '2026-11-01T00:00:00Z', seq: t.base, scope: { kind: 'all' as const, restricted: false }, snapshot: null };
        const opts = { scope, base, ...(t.partnerClock !== undefined ? { partner: { siteId: B, clock: stamp(B, t.partnerClock) } } : {}), ...(t.ownSite ? { ownSite: t.ownSite } : {}) };
        const plan = planOutgoing({ ...opts, tables: byTable as Partial<Record<TableName, LocalRecord[]>> });
        const picker = outgoingPicker(opts);
        const streamed: Partial<Record<TableName, LocalRecord[]>> = {};
        for (const name of TABLE_NAMES) {
          const kept = picker.pick(name, (byTable as Partial<Record<TableName, LocalRecord[]>>)[name] ?? []);
          if (name in plan.tables) streamed[name] = kept;
          else expect(kept).toEqual([]);
        }
        expect(streamed).toEqual(plan.tables);
        expect(picker.sampleSkipped).toBe(plan.sampleSkipped);
        expect(plan.snapshot).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a package of everything continuing a package written for a township', () => {
  // 组织部 PC B imported a package A had written for 城关镇 and confirmed it; A's next package to B
  // continues that one. B holds 城关镇's records only: the rest must travel though unchanged since.
  const units = [
    { id: 'cg', name: '城关镇', parentId: null },
    { id: 'jz', name: '讲治镇', parentId: null },
  ];
  const rec = (id: string, fields: Record<string, unknown>, seq: number): LocalRecord => ({ id, ...fields, _deleted: false, _clock: { id: stamp(A, 1) }, _hlc: stamp(A, 1), _seq: seq });
  const tables = {
    units: units.map((u) => rec(u.id, u, 1)),
    cadres: [rec('c-cg', { name: '甲' }, 2), rec('c-jz', { name: '乙' }, 2)],
    postings: [rec('p-cg', { cadreId: 'c-cg', receivingUnitId: 'cg' }, 2), rec('p-jz', { cadreId: 'c-jz', receivingUnitId: 'jz' }, 2)],
    attendanceMonths: [rec('a-cg', { postingId: 'p-cg' }, 2), rec('a-jz', { postingId: 'p-jz' }, 2)],
  } satisfies Partial<Record<TableName, LocalRecord[]>>;
  const township = { kind: 'receiving' as const, unitId: 'cg' };
  const forTownship = planOutgoing({ scope: township, base: null, tables });
  const base = { packageId: 'to-cg', created: '2026-11-01T00:00:00Z', seq: 2, scope: township, snapshot: forTownship.snapshot };
  const target = { scope: { kind: 'all' as const, restricted: true }, base, partner: { siteId: B } };

  it('carries what lay outside the township, and nothing the township package carried unchanged', () => {
    const ids = (t: keyof typeof tables) => (planOutgoing({ ...target, tables }).tables[t] ?? []).map((r) => r.id);
    expect(ids('postings')).toEqual(['p-jz']);
    expect(ids('cadres')).toEqual(['c-jz']);
    expect(ids('attendanceMonths')).toEqual(['a-jz']);
    expect(ids('units')).toEqual(['jz']);
  });

  it('is not picked table by table (which records entered depends on their parents)', () => {
    expect(pickableAsRead(target)).toBe(false);
    expect(() => outgoingPicker(target)).toThrow(/planOutgoing/);
    expect(pickableAsRead({ ...target, base: { ...base, scope: { kind: 'all', restricted: false }, snapshot: null } })).toBe(true);
  });
});

describe('an incremental package and what its receiver holds', () => {
  // A county: two townships (one with a village), two 派出单位. A package B was written (in full)
  // for some scope when this PC's change counter stood at BASE_SEQ, and the receiver imported it;
  // since then postings were added, moved and edited. Whatever the scope now, every record a full
  // package would carry is in the incremental one, or unchanged since B and carried by B.
  const BASE_SEQ = 10;
  const towns = ['cg', 'cg-v', 'jz'];
  const bureaus = ['fgj', 'czj'];
  const unitRows: LocalRecord[] = [
    { id: 'county', parentId: null },
    { id: 'cg', parentId: 'county' },
    { id: 'cg-v', parentId: 'cg' },
    { id: 'jz', parentId: 'county' },
    { id: 'fgj', parentId: 'county' },
    { id: 'czj', parentId: 'county' },
  ].map((u) => ({ ...u, _deleted: false, _clock: {}, _hlc: stamp(A, 0), _seq: 1 }));
  const scopes = fc.constantFrom<PackageScope>(
    { kind: 'all', restricted: true },
    { kind: 'all', restricted: false },
    { kind: 'receiving', unitId: 'cg' },
    { kind: 'receiving', unitId: 'jz' },
    { kind: 'receiving', unitId: 'county' },
    { kind: 'dispatching', unitId: 'fgj' },
  );
  const posting = fc.record({ town: fc.nat(towns.length - 1), bureau: fc.nat(bureaus.length - 1), seq: fc.integer({ min: 1, max: BASE_SEQ }) });
  const change = fc.oneof(
    fc.record({ t: fc.constant('move' as const), pick: fc.nat(), town: fc.nat(towns.length - 1) }),
    fc.record({ t: fc.constant('edit' as const), pick: fc.nat(), table: fc.constantFrom<TableName>('postings', 'cadres', 'attendanceMonths', 'leaveApprovals', 'talkRecords', 'reservePool') }),
    fc.record({ t: fc.constant('add' as const), town: fc.nat(towns.length - 1), bureau: fc.nat(bureaus.length - 1) }),
  );

  /** The records of `n` postings, each with its cadre, a month, a leave request and approval, a talk and a reserve-pool entry. */
  function county(postings: { town: number; bureau: number; seq: number }[]): Record<TableName, LocalRecord[]> {
    const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as LocalRecord[]])) as Record<TableName, LocalRecord[]>;
    tables.units = unitRows.map((u) => ({ ...u }));
    postings.forEach((p, i) => addPosting(tables, i, p));
    return tables;
  }
  function addPosting(tables: Record<TableName, LocalRecord[]>, i: number, p: { town: number; bureau: number; seq: number }) {
    const row = (id: string, fields: Record<string, unknown>): LocalRecord => ({ id, ...fields, _deleted: false, _clock: {}, _hlc: stamp(A, p.seq), _seq: p.seq });
    tables.cadres.push(row(`c${i}`, {}));
    tables.postings.push(row(`p${i}`, { cadreId: `c${i}`, receivingUnitId: towns[p.town], dispatchingUnitId: bureaus[p.bureau] }));
    tables.attendanceMonths.push(row(`a${i}`, { postingId: `p${i}` }));
    tables.leaveRequests.push(row(`l${i}`, { postingId: `p${i}` }));
    tables.leaveApprovals.push(row(`la${i}`, { leaveRequestId: `l${i}` }));
    tables.talkRecords.push(row(`t${i}`, { cadreId: `c${i}` }));
    tables.reservePool.push(row(`rp${i}`, { cadreId: `c${i}` }));
  }
  const keys = (tables: Partial<Record<TableName, LocalRecord[]>>) => new Set(Object.entries(tables).flatMap(([t, rs]) => rs!.map((r) => `${t}/${r.id}`)));

  it('carries every record of the full package that B did not carry as it is now', () => {
    fc.assert(
      fc.property(fc.array(posting, { minLength: 1, maxLength: 6 }), scopes, scopes, fc.array(change, { maxLength: 6 }), (postings, baseScope, scope, changes) => {
        const tables = county(postings);
        const b = planOutgoing({ scope: baseScope, base: null, tables });
        const inB = keys(b.tables);
        let seq = BASE_SEQ;
        for (const c of changes) {
          if (c.t === 'add') addPosting(tables, tables.postings.length, { town: c.town, bureau: c.bureau, seq: ++seq });
          else {
            const rows = c.t === 'move' ? tables.postings : tables[c.table];
            const i = c.pick % rows.length;
            rows[i] = { ...rows[i]!, ...(c.t === 'move' ? { receivingUnitId: towns[c.town] } : {}), _seq: ++seq };
          }
        }
        const base = { packageId: 'b', created: '2026-11-01T00:00:00Z', seq: BASE_SEQ, scope: baseScope, snapshot: b.snapshot };
        const incremental = keys(planOutgoing({ scope, base, tables }).tables);
        const full = planOutgoing({ scope, base: null, tables }).tables;
        const missing = Object.entries(full).flatMap(([t, rs]) => rs!.filter((r) => !incremental.has(`${t}/${r.id}`) && !((r._seq ?? 0) <= BASE_SEQ && inB.has(`${t}/${r.id}`))).map((r) => `${t}/${r.id}`));
        expect(missing).toEqual([]);
        const target = { scope, base };
        if (pickableAsRead(target)) {
          const picker = outgoingPicker(target);
          expect(keys(Object.fromEntries(TABLE_NAMES.map((t) => [t, picker.pick(t, tables[t])])))).toEqual(incremental);
        }
      }),
      { numRuns: 500 },
    );
  });
});
