import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { outgoingPicker, pickableAsRead, planOutgoing, type LocalRecord } from '@shared/sync/exchange/outgoing';
import { formatHlc } from '@shared/sync/hlc';

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
