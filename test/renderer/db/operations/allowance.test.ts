import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import {
  addAllowanceAdjustment,
  adjustAllowance,
  changeAllowanceStatus,
  computeAllowances,
  removeSubsidyRule,
  saveSubsidyRule,
  setAllowanceTrips,
  setAttendanceCells,
} from '../../../../renderer/src/db/operations';
import { loadAllowanceMonth } from '../../../../renderer/src/db/queries/allowance';
import { allowanceCounty as county } from '../allowance-fixture';
import { TODAY } from '../attendance-fixture';
import { newStore } from '../test-store';

const MONTH = '2026-11';
const OUTBOUND = 'preset-subsidy-county-outbound';
const MONTHLY = 'preset-subsidy-township-monthly';

/** November 2026 working days (21, no holiday). */
const WORKDAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30];
const cells = (postingId: string, days: readonly number[], status: 'present' | 'absent' | 'officialOuting') =>
  days.map((d) => ({ postingId, date: `2026-11-${String(d).padStart(2, '0')}`, status }));

const payId = (postingId: string, ruleId: string) => keyedId('subsidyPayments', postingId, MONTH, ruleId);

describe('补助发放: compute, adjust, approve, pay, lock, adjust by a line', () => {
  it('computes a draft per posting from the effective attendance and explains each amount', async () => {
    const store = await newStore();
    const c = await county(store);
    // 陈静: present on 18 working days, absent on 2, 公出 on 1 → 19 counted days × 30 yuan.
    await setAttendanceCells(store, [...cells(c.outbound.id, WORKDAYS.slice(0, 18), 'present'), ...cells(c.outbound.id, [27, 30], 'absent'), ...cells(c.outbound.id, [26], 'officialOuting')]);
    const outcome = await computeAllowances(store, { month: MONTH });
    expect(outcome).toMatchObject({ created: 4, updated: 0, kept: 0, withoutRule: 0 });

    const chen = await store.db.subsidyPayments.get(payId(c.outbound.id, OUTBOUND));
    expect(chen).toMatchObject({ days: 19, baseAmount: 570, tripAmount: 0, amount: 570, status: 'draft', payer: 'dispatching' });
    expect(chen!.explanation).toContain('30.00元/天 × 19天 = 570.00元');
    // 王芳 arrived on 16 November: 500 yuan × 15 of 30 days.
    const wang = await store.db.subsidyPayments.get(payId(c.postings.village.id, MONTHLY));
    expect(wang).toMatchObject({ amount: 250, days: 15 });
    expect(wang!.explanation).toBe('计算期间2026年11月16日至2026年11月30日；500.00元/月 × 15天 ÷ 30天 = 250.00元');
    expect((await store.db.subsidyPayments.get(payId(c.postings.down.id, MONTHLY)))!.amount).toBe(500);

    // A round trip with its actual fare (the preset pays one a month), then a day more present: recomputed.
    await setAllowanceTrips(store, chen!.id, { trips: 2, fare: 356 });
    expect(await store.db.subsidyPayments.get(chen!.id)).toMatchObject({ trips: 1, tripAmount: 178, amount: 748, claimedTrips: 2 });
    await setAttendanceCells(store, cells(c.outbound.id, [27], 'present'));
    const again = await computeAllowances(store, { month: MONTH });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    expect(await store.db.subsidyPayments.get(chen!.id)).toMatchObject({ days: 20, baseAmount: 600, tripAmount: 178, amount: 778 });
  });

  it('keeps an adjustment with its reason, pays, locks, and corrects a paid month only by an adjustment line', async () => {
    const store = await newStore();
    const c = await county(store);
    await computeAllowances(store, { month: MONTH });
    const id = payId(c.postings.down.id, MONTHLY);

    await expect(adjustAllowance(store, id, { amount: 450, reason: ' ' })).rejects.toThrow('金额与计算结果不同，请填写调整原因');
    await adjustAllowance(store, id, { amount: 450, reason: '11月9日至10日未在岗，按天扣减' });
    expect(await store.db.subsidyPayments.get(id)).toMatchObject({ amount: 450, baseAmount: 500, otherAmount: -50, adjustReason: '11月9日至10日未在岗，按天扣减' });
    await computeAllowances(store, { month: MONTH });
    expect((await store.db.subsidyPayments.get(id))!.amount).toBe(450);

    await expect(changeAllowanceStatus(store, [id], 'paid', { paidOn: TODAY, today: TODAY })).rejects.toThrow('请先审核通过，再标记为已发放');
    await changeAllowanceStatus(store, [id], 'approved', { today: TODAY });
    await expect(changeAllowanceStatus(store, [id], 'paid', { paidOn: '2026-11-25', today: TODAY })).rejects.toThrow('发放日期不能晚于今天');
    await changeAllowanceStatus(store, [id], 'paid', { paidOn: '2026-11-20', today: TODAY });
    const paid = await store.db.subsidyPayments.get(id);
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-11-20', amount: 450 });

    // Locked: editing, trips and status changes are refused and change nothing.
    await expect(adjustAllowance(store, id, { amount: 500, reason: '更正' })).rejects.toThrow('该月补助已发放，记录已锁定，不能修改；如需更正，请添加调整记录');
    await expect(setAllowanceTrips(store, id, { trips: 1, fare: 100 })).rejects.toThrow('已锁定');
    await expect(changeAllowanceStatus(store, [id], 'draft', { today: TODAY })).rejects.toThrow('已锁定');
    expect(await store.db.subsidyPayments.get(id)).toEqual(paid);

    // A second computation never changes a paid payment, even after the rule changed.
    await saveSubsidyRule(store, { ...(await store.db.subsidyRules.get(MONTHLY))!, amount: 600 } as never, MONTHLY);
    expect(await computeAllowances(store, { month: MONTH })).toMatchObject({ kept: 1 });
    expect(await store.db.subsidyPayments.get(id)).toEqual(paid);

    // 新增调整: 补发 the 50 yuan deducted by mistake; the paid record stays as it was.
    await expect(addAllowanceAdjustment(store, id, { amount: 500, reason: '' })).rejects.toThrow('请填写调整原因');
    const line = await addAllowanceAdjustment(store, id, { amount: 500, reason: '9日至10日系公出，误扣' });
    expect(line).toMatchObject({ adjustsPaymentId: id, amount: 50, status: 'draft', note: '补发50.00元（原发450.00元，应发500.00元）：9日至10日系公出，误扣' });
    expect(await store.db.subsidyPayments.get(id)).toEqual(paid);
    const month = await loadAllowanceMonth(store.db, MONTH);
    const row = month.rows.find((r) => r.payment.id === id)!;
    expect(row.adjustments.map((a) => a.amount)).toEqual([50]);
    expect(month.rows.map((r) => r.cadreName).sort()).toEqual(['刘洋', '张伟', '王芳', '陈静'].sort());
    const town = await loadAllowanceMonth(store.db, MONTH, { townId: c.township.id });
    expect(town.rows.map((r) => r.cadreName).sort()).toEqual(['张伟', '王芳'].sort());
  });

  it('refuses to delete a rule payments were computed under, and pays nothing where no rule applies', async () => {
    const store = await newStore();
    const c = await county(store);
    await computeAllowances(store, { month: MONTH });
    await expect(removeSubsidyRule(store, MONTHLY)).rejects.toThrow(/已有3条补助记录按该标准计算，不能删除/);
    await expect(saveSubsidyRule(store, { ...(await store.db.subsidyRules.get(OUTBOUND))!, validTo: '2016-01-01' } as never, OUTBOUND)).rejects.toThrow('截止日期不能早于起始日期');
    // The outbound rule ends on 15 November: 陈静's draft covers the first half only.
    await setAttendanceCells(store, cells(c.outbound.id, WORKDAYS, 'present'));
    await saveSubsidyRule(store, { ...(await store.db.subsidyRules.get(OUTBOUND))!, validTo: '2026-11-15' } as never, OUTBOUND);
    await computeAllowances(store, { month: MONTH });
    expect(await store.db.subsidyPayments.get(payId(c.outbound.id, OUTBOUND))).toMatchObject({ days: 10, amount: 300 });
  });
});
