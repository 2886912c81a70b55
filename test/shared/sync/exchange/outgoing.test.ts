import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { outgoingPicker, planOutgoing, type LocalRecord } from '@shared/sync/exchange/outgoing';
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
