import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES, frozenFields, KEYED_TABLES, keyedId, keyedIdOf, TABLE_NAMES } from '@shared/domain/tables';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('keyed ids', () => {
  it('are the same for the same table and key on every PC, and differ otherwise', () => {
    const id = keyedId('attendanceMonths', 'p1', '2026-11');
    expect(id).toBe(keyedId('attendanceMonths', 'p1', '2026-11'));
    expect(id).toMatch(/^k-[0-9a-f]{32}$/);
    expect(new Set([id, keyedId('attendanceMonths', 'p1', '2026-12'), keyedId('weeklyScores', 'p1', '2026-11'), keyedId('attendanceMonths', 'p1-2026', '11')]).size).toBe(4);
  });

  it('cannot collide with a random UUID', () => {
    expect(keyedId('weeklyScores', 'p1', '2026-11-02')).not.toMatch(UUID);
    expect(crypto.randomUUID()).not.toMatch(/^k-/);
  });

  it('apply to the records their table keys: an adjustment line and a routine assessment are not keyed', () => {
    const payment = { postingId: 'p1', month: '2026-10', ruleId: 'r1', adjustsPaymentId: null } as never;
    expect(keyedIdOf('subsidyPayments', payment)).toBe(keyedId('subsidyPayments', 'p1', '2026-10', 'r1'));
    expect(keyedIdOf('subsidyPayments', { ...(payment as object), adjustsPaymentId: 'x' } as never)).toBeUndefined();
    expect(keyedIdOf('assessments', { postingId: 'p1', kind: 'endOfTerm' } as never)).toBe(keyedId('assessments', 'p1'));
    expect(keyedIdOf('assessments', { postingId: 'p1', kind: 'annual' } as never)).toBeUndefined();
    expect(keyedIdOf('postings', { cadreId: 'c1' } as never)).toBeUndefined();
    expect(keyedIdOf('logEntries', { postingId: 'p1', kind: 'daily', date: '2026-05-06', periodStart: null } as never)).toBe(keyedId('logEntries', 'p1', 'daily', '2026-05-06', ''));
    expect(keyedIdOf('logEntries', { postingId: 'p1', kind: 'monthlyAnalysis', date: null, periodStart: '2026-05-01' } as never)).toBe(keyedId('logEntries', 'p1', 'monthlyAnalysis', '', '2026-05-01'));
    expect(keyedIdOf('logEntries', { postingId: 'p1', kind: 'study', date: '2026-05-06', periodStart: null } as never)).toBeUndefined();
    expect(frozenFields('subsidyPayments')).toEqual(['postingId', 'month', 'ruleId', 'adjustsPaymentId']);
  });

  it('name only fields that exist in their table’s schema', () => {
    for (const [table, spec] of Object.entries(KEYED_TABLES)) {
      expect(TABLE_NAMES).toContain(table);
      const shape = (ENTITY_TABLES[table as keyof typeof ENTITY_TABLES].schema as unknown as { shape: object }).shape;
      for (const f of frozenFields(table as keyof typeof ENTITY_TABLES)) expect(Object.keys(shape), `${table}.${f}`).toContain(f);
      expect(spec!.fields.length).toBeGreaterThan(0);
    }
  });
});
