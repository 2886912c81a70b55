import {
  adjustedPaymentFields,
  checkPaymentAdjust,
  checkPaymentStatusChange,
  checkSubsidyRule,
  claimedTrips,
  computedAmountFen,
  computedPaymentFields,
  rulesForPostingMonth,
} from '@shared/domain/rules/allowance';
import { adjustmentFor, checkPaymentEdit, computeSubsidy } from '@shared/domain/rules/subsidy';
import { fenToYuan, yuanToFen } from '@shared/domain/money';
import { keyedId, type InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { AppError, ValidationError } from '../errors';
import { postingsOfMonth, isOutOfCounty, unitsById } from '../queries/allowance';
import { loadEffectiveMonths } from '../queries/attendance-effective';
import { getLive, live, liveWhere } from '../queries/live';
import type { Writer } from '../writer';

/** Which payments 计算本月补助 touches: a month, and a township (the county when none) and a payer. */
export interface AllowanceScope {
  month: string;
  townId?: string | null;
  payer?: string | null;
  /** Only these postings (recomputing one line after its trips changed). */
  postingIds?: readonly string[];
}

/** What 计算本月补助 did. */
export interface ComputeOutcome {
  /** New drafts. */
  created: number;
  /** Drafts whose figures changed. */
  updated: number;
  /** Drafts computed again with the same result. */
  unchanged: number;
  /** Approved or paid payments left as they are. */
  kept: number;
  /** Drafts removed because no rule pays them any more. */
  removed: number;
  /** Postings on post in the month that no rule applies to. */
  withoutRule: number;
  /** What the clerk must supply (missing fares …), with the cadre's name. */
  issues: string[];
}

const SAME_FIELDS = ['days', 'trips', 'unitAmount', 'baseAmount', 'tripAmount', 'otherAmount', 'amount', 'explanation', 'payer'] as const;

/**
 * 计算本月补助: a draft payment per posting on post in the month and per rule that pays it, from
 * THE effective attendance (loadEffectiveMonths). Drafts are computed again (the clerk's 其他 and
 * trips kept); approved and paid payments are never touched; drafts no rule pays any more go.
 */
export async function computeAllowances(w: Writer, scope: AllowanceScope): Promise<ComputeOutcome> {
  const units = await unitsById(w.db);
  let postings = await postingsOfMonth(w.db, scope.month, { townId: scope.townId ?? null });
  if (scope.postingIds) {
    const only = new Set(scope.postingIds);
    postings = postings.filter((p) => only.has(p.id));
  }
  const rules = (await live(w.db.subsidyRules).toArray()).filter((r) => !scope.payer || r.payer === scope.payer);
  const ids = postings.map((p) => p.id);
  const [effective, existing, cadres] = await Promise.all([
    loadEffectiveMonths(w.db, ids, scope.month),
    ids.length ? liveWhere(w.db.subsidyPayments, 'postingId', ids).filter((p) => p.month === scope.month && !p.adjustsPaymentId).toArray() : Promise.resolve([]),
    w.db.cadres.bulkGet(postings.map((p) => p.cadreId)),
  ]);
  const prevById = new Map(existing.map((p) => [p.id, p]));
  const outcome: ComputeOutcome = { created: 0, updated: 0, unchanged: 0, kept: 0, removed: 0, withoutRule: 0, issues: [] };
  const inputs: { input: InputOf<'subsidyPayments'> }[] = [];
  const computedIds = new Set<string>();
  postings.forEach((posting, i) => {
    const month = effective.get(posting.id);
    if (!month) return;
    const paying = rulesForPostingMonth(rules, { type: posting.type, outOfCounty: isOutOfCounty(units, posting) }, scope.month, month.period);
    if (paying.length === 0) outcome.withoutRule++;
    for (const rule of paying) {
      const id = keyedId('subsidyPayments', posting.id, scope.month, rule.id);
      computedIds.add(id);
      const prev = prevById.get(id);
      if (prev && prev.status !== 'draft') {
        outcome.kept++;
        continue;
      }
      const c = computeSubsidy({
        rule,
        month: scope.month,
        period: month.period,
        days: month.month.days,
        trips: claimedTrips(scope.month, month.period, { trips: prev?.claimedTrips ?? null, fare: prev?.claimedFare ?? null }),
      });
      if (c.from === null) continue;
      const fields = computedPaymentFields(c, rule, prev);
      for (const issue of c.issues) outcome.issues.push(`${cadres[i]?.name ?? ''}：${issue}`);
      if (!prev) outcome.created++;
      else if (SAME_FIELDS.every((f) => (prev[f] ?? null) === (fields[f] ?? null)) && prev.paidOn === null) {
        // Nothing to write: a rewrite that changes nothing would be an await without an IndexedDB
        // request, and a long run of those lets the browser commit the transaction early.
        outcome.unchanged++;
        continue;
      } else outcome.updated++;
      inputs.push({ input: { postingId: posting.id, month: scope.month, ruleId: rule.id, ...fields } as InputOf<'subsidyPayments'> });
    }
  });
  await w.createMany('subsidyPayments', inputs);
  for (const prev of existing) {
    const inPayerScope = !scope.payer || rules.some((r) => r.id === prev.ruleId);
    if (prev.status === 'draft' && !computedIds.has(prev.id) && inPayerScope) {
      await w.remove('subsidyPayments', prev.id);
      outcome.removed++;
    }
  }
  return outcome;
}

async function payment(w: Writer, id: string): Promise<Row<'subsidyPayments'>> {
  const row = await getLive(w.db.subsidyPayments, id);
  if (!row) throw new AppError('该补助记录已被删除，请刷新后重试');
  return row;
}

/** 调整金额: the clerk sets the amount of an unpaid payment, with a reason when it differs from the computation. */
export async function adjustAllowance(w: Writer, id: string, input: { amount: number | null; reason: string }): Promise<Row<'subsidyPayments'>> {
  const p = await payment(w, id);
  const issues = checkPaymentAdjust(p, input, computedAmountFen(p));
  if (issues.length) throw new ValidationError(issues);
  return w.update('subsidyPayments', id, adjustedPaymentFields(p, input.amount!, input.reason));
}

/** 往返交通: the round trips of the month (and their actual fare), then the payment is computed again. */
export async function setAllowanceTrips(w: Writer, id: string, claim: { trips: number | null; fare: number | null }): Promise<Row<'subsidyPayments'>> {
  const p = await payment(w, id);
  const locked = checkPaymentEdit(p);
  if (locked) throw new AppError(locked);
  await w.update('subsidyPayments', id, { claimedTrips: claim.trips, claimedFare: claim.fare, status: 'draft' });
  await computeAllowances(w, { month: p.month, postingIds: [p.postingId] });
  return w.get('subsidyPayments', id);
}

/** Moves payments to `to` (审核通过, 取消审核, 已发放); all or none: refused with the first reason and its cadre. */
export async function changeAllowanceStatus(w: Writer, ids: readonly string[], to: 'draft' | 'approved' | 'paid', ctx: { paidOn?: string | null; today: string }): Promise<number> {
  const rows = await Promise.all(ids.map((id) => payment(w, id)));
  for (const p of rows) {
    const refused = checkPaymentStatusChange(p, to, ctx);
    if (refused) throw new AppError(refused);
  }
  for (const p of rows) await w.update('subsidyPayments', p.id, { status: to, paidOn: to === 'paid' ? ctx.paidOn! : null });
  return rows.length;
}

/**
 * 新增调整: the adjustment line that corrects a paid payment to `amount` yuan (补发 or 扣回 the
 * difference to what was paid so far), with a reason; it is reviewed and paid like any payment.
 */
export async function addAllowanceAdjustment(w: Writer, id: string, input: { amount: number | null; reason: string }): Promise<Row<'subsidyPayments'> | null> {
  const original = await payment(w, id);
  if (input.amount === null || !Number.isFinite(input.amount) || input.amount < 0) throw new ValidationError([{ field: 'amount', message: '请填写更正后的应发金额（元），不能为负数' }]);
  const adjustments = await liveWhere(w.db.subsidyPayments, 'postingId', original.postingId)
    .filter((p) => p.adjustsPaymentId === original.id)
    .toArray();
  const result = adjustmentFor(original, adjustments, yuanToFen(input.amount), input.reason);
  if (!result.ok) throw new ValidationError([{ field: result.error.includes('原因') ? 'reason' : 'amount', message: result.error }]);
  if (!result.line) throw new ValidationError([{ field: 'amount', message: '更正后的金额与已发金额相同，无需调整' }]);
  return w.create('subsidyPayments', {
    postingId: original.postingId,
    month: original.month,
    ruleId: original.ruleId,
    days: null,
    trips: null,
    unitAmount: original.unitAmount,
    amount: fenToYuan(result.line.amountFen),
    otherAmount: fenToYuan(result.line.amountFen),
    status: 'draft',
    paidOn: null,
    payer: original.payer,
    adjustsPaymentId: original.id,
    note: result.line.note.slice(0, 200),
    adjustReason: input.reason.trim(),
  } as InputOf<'subsidyPayments'>);
}

/** Deletes an adjustment line not yet paid (entered by mistake). */
export async function removeAllowanceAdjustment(w: Writer, id: string): Promise<void> {
  const p = await payment(w, id);
  if (!p.adjustsPaymentId) throw new AppError('只能删除调整记录；计算出的补助请重新计算');
  if (p.status === 'paid') throw new AppError('该调整已发放，不能删除；如需更正，请再添加一条调整记录');
  await w.remove('subsidyPayments', id);
}

/** Saves a 补助标准 (new when no id). Payments already computed keep their amounts: only drafts follow on the next computation. */
export async function saveSubsidyRule(w: Writer, input: InputOf<'subsidyRules'>, id?: string): Promise<Row<'subsidyRules'>> {
  const issues = checkSubsidyRule({ ...input, countStatuses: input.countStatuses ?? [], validTo: input.validTo ?? null });
  if (issues.length) throw new ValidationError(issues);
  return id ? w.update('subsidyRules', id, input) : w.create('subsidyRules', input);
}

/** Deletes a 补助标准 no payment was computed under (otherwise set its 截止日期). */
export async function removeSubsidyRule(w: Writer, id: string): Promise<void> {
  const used = await live(w.db.subsidyPayments)
    .filter((p) => p.ruleId === id)
    .count();
  if (used > 0) throw new AppError(`已有${used}条补助记录按该标准计算，不能删除；如标准调整，请填写截止日期并新增一条标准`);
  await w.remove('subsidyRules', id);
}
