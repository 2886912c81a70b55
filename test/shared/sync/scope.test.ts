import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { scopeCarries, scopeMembers, type PackageScope, type ScopeTables } from '@shared/sync/scope';

/**
 * A small county: 城关镇 (with a village under it) and 讲治镇 receive postings; 发改局 and 财政局
 * dispatch them.
 */
function county(): ScopeTables {
  return {
    units: [
      { id: 'county', name: '开江县', parentId: null },
      { id: 'cg', name: '城关镇', parentId: 'county' },
      { id: 'cg-v', name: '城关镇东村', parentId: 'cg' },
      { id: 'jz', name: '讲治镇', parentId: 'county' },
      { id: 'fgj', name: '发改局', parentId: 'county' },
      { id: 'czj', name: '财政局', parentId: 'county' },
      { id: 'far', name: '省外单位', parentId: null },
    ],
    cadres: [
      { id: 'c1', name: '甲', homeUnitId: 'fgj' },
      { id: 'c2', name: '乙', homeUnitId: 'czj' },
      { id: 'c3', name: '丙', homeUnitId: 'far' },
    ],
    leaveRuleSets: [{ id: 'lr1' }, { id: 'lr2' }],
    subsidyRules: [{ id: 'sr1' }, { id: 'sr2' }, { id: 'sr3' }],
    batches: [
      { id: 'b1', organiserUnitId: 'county', leaveRuleSetId: 'lr1' },
      { id: 'b2', organiserUnitId: 'county' },
    ],
    postings: [
      { id: 'p1', cadreId: 'c1', batchId: 'b1', receivingUnitId: 'cg', dispatchingUnitId: 'fgj', _deleted: false },
      { id: 'p2', cadreId: 'c3', batchId: 'b2', receivingUnitId: 'cg-v', dispatchingUnitId: 'far', _deleted: true },
      { id: 'p3', cadreId: 'c2', receivingUnitId: 'jz', dispatchingUnitId: 'czj', subsidyRuleId: 'sr2', _deleted: false },
    ],
    attendanceMonths: [
      { id: 'a1', postingId: 'p1' },
      { id: 'a3', postingId: 'p3' },
    ],
    leaveRequests: [
      { id: 'l1', postingId: 'p1' },
      { id: 'l3', postingId: 'p3' },
    ],
    leaveApprovals: [
      { id: 'la1', leaveRequestId: 'l1' },
      { id: 'la3', leaveRequestId: 'l3' },
      { id: 'orphan', leaveRequestId: 'gone' },
    ],
    subsidyPayments: [{ id: 's1', postingId: 'p1', ruleId: 'sr3' }],
    talkRecords: [{ id: 't1', cadreId: 'c1', postingId: 'p1' }],
    reservePool: [
      { id: 'rp1', cadreId: 'c1' },
      { id: 'rp2', cadreId: 'c2' },
    ],
  };
}

/** The ids in scope, per table (tables with none left out). */
function members(scope: PackageScope, tables = county()): Record<string, string[]> {
  const m = scopeMembers(scope, tables);
  const out: Record<string, string[]> = {};
  for (const t of TABLE_NAMES) {
    const ids = (tables[t] ?? []).filter((r) => m.has(t, r)).map((r) => r.id);
    if (ids.length) out[t] = ids.sort();
  }
  return out;
}

describe('scope of a package', () => {
  it('a township gets its postings (tombstones too), their records, cadres, units with their parents, batches and rules — nothing of another township, no talk records', () => {
    expect(members({ kind: 'receiving', unitId: 'cg' })).toEqual({
      units: ['cg', 'cg-v', 'county', 'far', 'fgj'],
      cadres: ['c1', 'c3'],
      leaveRuleSets: ['lr1'],
      subsidyRules: ['sr3'],
      batches: ['b1', 'b2'],
      postings: ['p1', 'p2'],
      attendanceMonths: ['a1'],
      leaveRequests: ['l1'],
      leaveApprovals: ['la1'],
      subsidyPayments: ['s1'],
      reservePool: ['rp1'],
    });
  });

  it('a 派出单位 gets the postings it dispatched', () => {
    const m = members({ kind: 'dispatching', unitId: 'czj' });
    expect(m.postings).toEqual(['p3']);
    expect(m.cadres).toEqual(['c2']);
    expect(m.subsidyRules).toEqual(['sr2']);
    expect(m.units).toEqual(['county', 'czj', 'jz']);
  });

  it('全部 carries everything but talk records; between 组织部 PCs talk records too', () => {
    const all = members({ kind: 'all', restricted: false });
    expect(all.talkRecords).toBeUndefined();
    expect(all.leaveApprovals).toEqual(['la1', 'la3', 'orphan']);
    expect(members({ kind: 'all', restricted: true }).talkRecords).toEqual(['t1']);
    for (const scope of [{ kind: 'receiving', unitId: 'cg' }, { kind: 'dispatching', unitId: 'fgj' }, { kind: 'all', restricted: false }] as const) {
      expect(scopeCarries(scope, 'talkRecords')).toBe(false);
    }
  });

  it('a posting that moved into the township since the last package entered the scope, with its records', () => {
    const before = scopeMembers({ kind: 'receiving', unitId: 'cg' }, county());
    const earlier = { scope: before.scope, snapshot: before.snapshot() };
    const now = county();
    now.postings = now.postings!.map((p) => (p.id === 'p3' ? { ...p, receivingUnitId: 'cg' } : p));
    const m = scopeMembers({ kind: 'receiving', unitId: 'cg' }, now);
    const entered = (t: TableName) => (now[t] ?? []).filter((r) => m.has(t, r) && m.entered(t, r, earlier)).map((r) => r.id);
    expect(entered('postings')).toEqual(['p3']);
    expect(entered('cadres')).toEqual(['c2']);
    expect(entered('attendanceMonths')).toEqual(['a3']);
    expect(entered('leaveApprovals')).toEqual(['la3']);
    expect(entered('units')).toEqual(['czj']);
    expect(entered('leaveRequests')).toEqual(['l3']);
    expect(entered('reservePool')).toEqual(['rp2']);
    // Nothing enters a 全部 package, except talk records when they were not carried before.
    const all = scopeMembers({ kind: 'all', restricted: true }, now);
    expect(all.entered('postings', now.postings![0]!, { scope: { kind: 'all', restricted: false }, snapshot: null })).toBe(false);
    expect(all.entered('talkRecords', now.talkRecords![0]!, { scope: { kind: 'all', restricted: false }, snapshot: null })).toBe(true);
  });

  it('a package of everything after a township\'s package: what lay outside the township entered, with its records', () => {
    // A 组织部 PC imported a package another 组织部 PC had written for 城关镇 and confirmed it: the
    // next package of everything continues that one, and everything outside 城关镇 is new to it.
    const township = scopeMembers({ kind: 'receiving', unitId: 'cg' }, county());
    const earlier = { scope: township.scope, snapshot: township.snapshot() };
    const now = county();
    const all = scopeMembers({ kind: 'all', restricted: false }, now);
    const entered = (t: TableName) => (now[t] ?? []).filter((r) => all.has(t, r) && all.entered(t, r, earlier)).map((r) => r.id);
    expect(entered('postings')).toEqual(['p3']);
    expect(entered('cadres')).toEqual(['c2']);
    expect(entered('attendanceMonths')).toEqual(['a3']);
    expect(entered('leaveRequests')).toEqual(['l3']);
    expect(entered('leaveApprovals')).toEqual(['la3', 'orphan']);
    expect(entered('units')).toEqual(['jz', 'czj']);
    expect(entered('subsidyRules')).toEqual(['sr1', 'sr2']);
    expect(entered('reservePool')).toEqual(['rp2']);
  });

  it('every table says how it belongs to a scope, naming real tables and fields', () => {
    for (const t of TABLE_NAMES) {
      const spec = ENTITY_TABLES[t] as (typeof ENTITY_TABLES)[TableName] & { refs?: Record<string, string> };
      const fields = Object.keys((spec.schema as unknown as { shape: object }).shape);
      if (spec.scope.kind === 'child') {
        expect(TABLE_NAMES, `${t}: parent`).toContain(spec.scope.parent);
        expect(fields, `${t}: parent field`).toContain(spec.scope.field);
      }
      for (const [field, target] of Object.entries(spec.refs ?? {})) {
        expect(fields, `${t}.${field}`).toContain(field);
        expect(ENTITY_TABLES[target as TableName]?.scope.kind, `${t}.${field} → ${target}`).toBe('referenced');
      }
    }
  });
});
