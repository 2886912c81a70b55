import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import * as repo from '../repositories/allowance';
import type { Store } from '../store';

export type { AllowanceScope, ComputeOutcome } from '../repositories/allowance';

/** 计算本月补助: drafts per posting and rule from the effective attendance; approved and paid payments stay as they are. */
export function computeAllowances(store: Store, scope: repo.AllowanceScope): Promise<repo.ComputeOutcome> {
  return store.write((w) => repo.computeAllowances(w, scope));
}

/** 调整金额 of a payment not yet paid, with a reason (kept in 备注). */
export function adjustAllowance(store: Store, id: string, input: { amount: number | null; reason: string }): Promise<Row<'subsidyPayments'>> {
  return store.write((w) => repo.adjustAllowance(w, id, input));
}

/** 往返交通: the month's round trips and actual fare of a payment not yet paid, then computed again. */
export function setAllowanceTrips(store: Store, id: string, claim: { trips: number | null; fare: number | null }): Promise<Row<'subsidyPayments'>> {
  return store.write((w) => repo.setAllowanceTrips(w, id, claim));
}

/** 审核通过 (to 'approved'), 取消审核 (to 'draft') or 已发放 (to 'paid', with the date): all of `ids` or none. */
export function changeAllowanceStatus(store: Store, ids: readonly string[], to: 'draft' | 'approved' | 'paid', ctx: { paidOn?: string | null; today: string }): Promise<number> {
  return store.write((w) => repo.changeAllowanceStatus(w, ids, to, ctx));
}

/** 新增调整: an adjustment line correcting a paid payment to `amount` yuan, with a reason. */
export function addAllowanceAdjustment(store: Store, id: string, input: { amount: number | null; reason: string }): Promise<Row<'subsidyPayments'> | null> {
  return store.write((w) => repo.addAllowanceAdjustment(w, id, input));
}

/** Deletes an adjustment line not yet paid. */
export function removeAllowanceAdjustment(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeAllowanceAdjustment(w, id));
}

/** Saves a 补助标准 (new without an id); payments already reviewed or paid keep their amounts. */
export function saveSubsidyRule(store: Store, input: InputOf<'subsidyRules'>, id?: string): Promise<Row<'subsidyRules'>> {
  return store.write((w) => repo.saveSubsidyRule(w, input, id));
}

/** Deletes a 补助标准 no payment was computed under. */
export function removeSubsidyRule(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeSubsidyRule(w, id));
}
