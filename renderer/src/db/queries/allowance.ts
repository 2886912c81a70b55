// What the 补助 screens and the 生活补助发放表 read: the postings of a month (on post on some day of
// it, in a township or the county), and the month's payments with their adjustment lines.
import { townOf } from '@shared/reports/roster';
import type { ReadDb, Row } from '../database';
import { gridPostingIds } from './attendance-grid';
import { bulkGetLive, live, liveWhere } from './live';

/** The live units by id. */
export async function unitsById(db: ReadDb): Promise<Map<string, Row<'units'>>> {
  return new Map((await live(db.units).toArray()).map((u) => [u.id, u]));
}

/** The township (乡镇) id of a posting's receiving unit; the unit's own id when it has none. */
export function townIdOf(units: ReadonlyMap<string, Row<'units'>>, posting: Pick<Row<'postings'>, 'receivingUnitId'>): string {
  const unit = units.get(posting.receivingUnitId);
  return unit ? townOf(units, unit).id : posting.receivingUnitId;
}

/** Whether the cadre of a posting works outside the county (县外挂职): an outbound posting or a receiving unit outside. */
export function isOutOfCounty(units: ReadonlyMap<string, Row<'units'>>, posting: Pick<Row<'postings'>, 'direction' | 'receivingUnitId'>): boolean {
  return posting.direction === 'outbound' || units.get(posting.receivingUnitId)?.isInCounty === false;
}

/**
 * The live postings on post on some day of `month`, in the township `townId` when given (the
 * county otherwise): the rows of the 考勤表 and the 月度考勤汇总表 (gridPostingIds), so allowances,
 * the attendance reports and the 概览 chart always count the same people.
 */
export async function postingsOfMonth(db: ReadDb, month: string, opts: { townId?: string | null } = {}): Promise<Row<'postings'>[]> {
  const ids = await gridPostingIds(db, { month, unitIds: opts.townId ? [opts.townId] : [], batchIds: [], types: [] });
  return bulkGetLive(db.postings, ids);
}

/** The townships (and other receiving units without one) that postings go to, for the scope picker. */
export async function receivingTowns(db: ReadDb): Promise<Row<'units'>[]> {
  const units = await unitsById(db);
  const ids = new Set((await live(db.postings).toArray()).map((p) => townIdOf(units, p)));
  return [...ids].flatMap((id) => units.get(id) ?? []).sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** One payment line of the 补助发放 list, with what it prints. */
export interface AllowanceRow {
  payment: Row<'subsidyPayments'>;
  /** Its adjustment lines (补发 / 扣回 after it was paid), oldest first. */
  adjustments: Row<'subsidyPayments'>[];
  posting: Row<'postings'>;
  cadreName: string;
  dispatchingUnit: string;
  receivingUnit: string;
  townId: string;
  rule: Row<'subsidyRules'> | undefined;
}

/** A month's 补助发放 in a scope. */
export interface AllowanceMonth {
  month: string;
  rows: AllowanceRow[];
  /** Postings on post in the month and scope that have no payment yet (not computed, or no rule applies). */
  uncomputed: number;
}

/**
 * The payments of `month` (adjustment lines attached to the payment they correct), in the
 * township `townId` and of the payer `payer` when given, ordered by township, then name.
 */
export async function loadAllowanceMonth(db: ReadDb, month: string, opts: { townId?: string | null; payer?: string | null } = {}): Promise<AllowanceMonth> {
  const units = await unitsById(db);
  const [payments, postingsInMonth, rules] = await Promise.all([liveWhere(db.subsidyPayments, 'month', month).toArray(), postingsOfMonth(db, month, { townId: opts.townId ?? null }), live(db.subsidyRules).toArray()]);
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const originals = payments.filter((p) => !p.adjustsPaymentId && (!opts.payer || p.payer === opts.payer));
  const adjustmentsOf = new Map<string, Row<'subsidyPayments'>[]>();
  for (const a of payments.filter((p) => p.adjustsPaymentId).sort((x, y) => ((x._clock.adjustsPaymentId ?? '') < (y._clock.adjustsPaymentId ?? '') ? -1 : 1))) {
    adjustmentsOf.set(a.adjustsPaymentId!, [...(adjustmentsOf.get(a.adjustsPaymentId!) ?? []), a]);
  }
  const postings = new Map((await bulkGetLive(db.postings, [...new Set(originals.map((p) => p.postingId))])).map((p) => [p.id, p]));
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set([...postings.values()].map((p) => p.cadreId))])).map((c) => [c.id, c]));
  const rows: AllowanceRow[] = [];
  for (const payment of originals) {
    const posting = postings.get(payment.postingId);
    if (!posting) continue;
    const townId = townIdOf(units, posting);
    if (opts.townId && townId !== opts.townId) continue;
    rows.push({
      payment,
      adjustments: adjustmentsOf.get(payment.id) ?? [],
      posting,
      cadreName: cadres.get(posting.cadreId)?.name ?? '',
      dispatchingUnit: units.get(posting.dispatchingUnitId)?.name ?? '',
      receivingUnit: units.get(posting.receivingUnitId)?.name ?? '',
      townId,
      rule: ruleOf.get(payment.ruleId),
    });
  }
  const order = (id: string) => units.get(id)?.sortOrder ?? 0;
  const name = (id: string) => units.get(id)?.name ?? '';
  rows.sort(
    (a, b) =>
      order(a.townId) - order(b.townId) ||
      name(a.townId).localeCompare(name(b.townId), 'zh-CN') ||
      a.cadreName.localeCompare(b.cadreName, 'zh-CN') ||
      a.posting.id.localeCompare(b.posting.id) ||
      (a.rule?.name ?? '').localeCompare(b.rule?.name ?? '', 'zh-CN'),
  );
  const paid = new Set(rows.map((r) => r.posting.id));
  return { month, rows, uncomputed: opts.payer ? 0 : postingsInMonth.filter((p) => !paid.has(p.id)).length };
}

/** The live 补助标准, newest validity first within a name. */
export async function listSubsidyRules(db: ReadDb): Promise<Row<'subsidyRules'>[]> {
  return (await live(db.subsidyRules).toArray()).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || (a.validFrom < b.validFrom ? 1 : -1));
}

/** Per rule: how many payments (of any status) were computed under it, and how many of them are paid. */
export async function ruleUsage(db: ReadDb): Promise<Map<string, { total: number; paid: number }>> {
  const out = new Map<string, { total: number; paid: number }>();
  await live(db.subsidyPayments).each((p) => {
    const u = out.get(p.ruleId) ?? { total: 0, paid: 0 };
    u.total++;
    if (p.status === 'paid') u.paid++;
    out.set(p.ruleId, u);
  });
  return out;
}
