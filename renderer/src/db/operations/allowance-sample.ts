// The sample step of 补助: two months of allowances computed through the same operations a clerk uses.
import { sampleAllowancePlan } from '@shared/sample/allowance';
import { liveWhere } from '../queries/live';
import { changeAllowanceStatus, computeAllowances, setAllowanceTrips } from './allowance';
import type { SampleStepContext } from './sample-steps';

/** Computes the month before last (a few home trips entered, approved, paid) and last month (待审核). */
export async function loadSampleAllowances({ store, today, seed }: SampleStepContext): Promise<number> {
  const plan = sampleAllowancePlan(today, seed);
  await computeAllowances(store, { month: plan.paidMonth });
  const rules = new Map((await store.db.subsidyRules.toArray()).map((r) => [r.id, r]));
  const paid = await liveWhere(store.db.subsidyPayments, 'month', plan.paidMonth).toArray();
  let index = 0;
  for (const p of paid) {
    if (rules.get(p.ruleId)?.maxTripsPerMonth === null) continue;
    const trip = plan.trip(index++);
    if (trip) await setAllowanceTrips(store, p.id, trip);
  }
  const ids = (await liveWhere(store.db.subsidyPayments, 'month', plan.paidMonth).toArray()).map((p) => p.id);
  await changeAllowanceStatus(store, ids, 'approved', { today });
  await changeAllowanceStatus(store, ids, 'paid', { today, paidOn: plan.paidOn });
  const drafts = await computeAllowances(store, { month: plan.draftMonth });
  return ids.length + drafts.created;
}
