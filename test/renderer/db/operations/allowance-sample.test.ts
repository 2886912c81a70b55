import { describe, expect, it } from 'vitest';
import { todayIso } from '@shared/domain/dates';
import { sampleAllowancePlan } from '@shared/sample/allowance';
import { loadSample } from '../../../../renderer/src/db/operations';
import { newStore } from '../test-store';

describe('sample county: two months of allowances', () => {
  it('pays the month before last (with home trips) and leaves last month 待审核', async () => {
    const store = await newStore();
    await loadSample(store, 120);
    const plan = sampleAllowancePlan(todayIso(), 0);
    const payments = await store.db.subsidyPayments.toArray();
    const paid = payments.filter((p) => p.month === plan.paidMonth);
    const draft = payments.filter((p) => p.month === plan.draftMonth);
    expect(paid.length).toBeGreaterThan(20);
    expect(paid.every((p) => p.status === 'paid' && p.paidOn === plan.paidOn)).toBe(true);
    expect(paid.some((p) => (p.tripAmount ?? 0) > 0)).toBe(true);
    expect(draft.length).toBeGreaterThan(20);
    expect(draft.every((p) => p.status === 'draft')).toBe(true);
    expect(draft.some((p) => p.amount === 500)).toBe(true);
  });
});
