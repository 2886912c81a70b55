import { describe, expect, it } from 'vitest';
import { SUBSIDY_RULE_PRESETS } from '@shared/domain/presets';
import {
  adjustedPaymentFields,
  checkPaymentAdjust,
  checkPaymentStatusChange,
  checkSubsidyRule,
  claimedTrips,
  computedPaymentFields,
  rateText,
  rulesForPostingMonth,
} from '@shared/domain/rules/allowance';
import { computeSubsidy } from '@shared/domain/rules/subsidy';

const [outbound, monthly] = SUBSIDY_RULE_PRESETS;
const OPEN = { startDate: '2025-06-01', endDate: null };

describe('which rules pay a posting in a month', () => {
  it('by posting type, 县外 and validity within the posting period', () => {
    const raised = { ...monthly!, id: 'new', validFrom: '2026-03-16', amount: 600 };
    const old = { ...monthly!, validTo: '2026-03-15' };
    expect(rulesForPostingMonth([outbound!, old, raised], { type: 'secondmentDown', outOfCounty: false }, '2026-03', OPEN).map((r) => r.id)).toEqual([old.id, 'new']);
    expect(rulesForPostingMonth([outbound!, old, raised], { type: 'secondmentDown', outOfCounty: false }, '2026-04', OPEN).map((r) => r.id)).toEqual(['new']);
    expect(rulesForPostingMonth([outbound!, monthly!], { type: 'outbound', outOfCounty: true }, '2026-03', OPEN).map((r) => r.id)).toEqual([outbound!.id]);
    expect(rulesForPostingMonth([outbound!], { type: 'mutualDispatch', outOfCounty: false }, '2026-03', OPEN)).toEqual([]);
    // the posting ended before the new rate began
    expect(rulesForPostingMonth([old, raised], { type: 'secondmentDown', outOfCounty: false }, '2026-03', { startDate: '2025-06-01', endDate: '2026-03-10' }).map((r) => r.id)).toEqual([old.id]);
  });
});

describe('round trips the clerk entered', () => {
  it('dates them on the first day on post and shares the fare out in whole fen', () => {
    expect(claimedTrips('2026-03', { startDate: '2026-03-09', endDate: null }, { trips: 3, fare: 100 })).toEqual([
      { date: '2026-03-09', fare: 33.34 },
      { date: '2026-03-09', fare: 33.33 },
      { date: '2026-03-09', fare: 33.33 },
    ]);
    expect(claimedTrips('2026-03', OPEN, { trips: 1, fare: null })).toEqual([{ date: '2026-03-01', fare: null }]);
    expect(claimedTrips('2026-03', OPEN, { trips: null, fare: 80 })).toEqual([]);
  });
});

describe('a computed payment and the clerk’s changes', () => {
  const c = computeSubsidy({ rule: outbound!, month: '2026-03', period: OPEN, days: [], trips: [{ date: '2026-03-01', fare: 178.3 }] });

  it('stores the parts and keeps the clerk’s 其他 across a recomputation', () => {
    expect(computedPaymentFields(c, outbound!)).toMatchObject({ days: 0, trips: 1, unitAmount: 30, baseAmount: 0, tripAmount: 178.3, otherAmount: null, amount: 178.3, status: 'draft', payer: 'dispatching' });
    expect(computedPaymentFields(c, outbound!, { otherAmount: -8.3 })).toMatchObject({ otherAmount: -8.3, amount: 170 });
  });

  it('needs a reason when the amount differs from the computation, and refuses a paid or negative one', () => {
    const p = { status: 'draft', baseAmount: 500, tripAmount: 0 };
    expect(checkPaymentAdjust(p, { amount: 450, reason: '' }, 50000)).toEqual([{ field: 'reason', message: '金额与计算结果不同，请填写调整原因' }]);
    expect(checkPaymentAdjust(p, { amount: 500, reason: '' }, 50000)).toEqual([]);
    expect(checkPaymentAdjust(p, { amount: -1, reason: 'x' }, 50000)[0]!.message).toBe('应发金额不能为负数');
    expect(checkPaymentAdjust({ ...p, status: 'paid' }, { amount: 450, reason: 'x' }, 50000)[0]!.message).toBe('该月补助已发放，记录已锁定，不能修改；如需更正，请添加调整记录');
    expect(adjustedPaymentFields(p, 450, ' 误工2天 ')).toEqual({ amount: 450, otherAmount: -50, adjustReason: '误工2天', status: 'draft' });
    expect(adjustedPaymentFields(p, 500, 'x')).toEqual({ amount: 500, otherAmount: null, adjustReason: null, status: 'draft' });
  });

  it('moves 待审核 → 已审核 → 已发放 (with a date not after today) and never out of 已发放', () => {
    const today = '2026-04-10';
    expect(checkPaymentStatusChange({ status: 'draft' }, 'approved', { today })).toBeNull();
    expect(checkPaymentStatusChange({ status: 'draft' }, 'paid', { today, paidOn: today })).toBe('请先审核通过，再标记为已发放');
    expect(checkPaymentStatusChange({ status: 'approved' }, 'paid', { today })).toBe('请填写发放日期');
    expect(checkPaymentStatusChange({ status: 'approved' }, 'paid', { today, paidOn: '2026-04-11' })).toBe('发放日期不能晚于今天');
    expect(checkPaymentStatusChange({ status: 'approved' }, 'paid', { today, paidOn: today })).toBeNull();
    expect(checkPaymentStatusChange({ status: 'approved' }, 'draft', { today })).toBeNull();
    expect(checkPaymentStatusChange({ status: 'paid' }, 'draft', { today })).toMatch(/已锁定/);
  });
});

describe('补助标准 checks and the printed rate', () => {
  it('dates in order, an amount above zero, days counted by some status', () => {
    expect(checkSubsidyRule({ ...outbound!, validTo: '2016-12-31' })).toEqual([{ field: 'validTo', message: '截止日期不能早于起始日期' }]);
    expect(checkSubsidyRule({ ...outbound!, amount: 0, countStatuses: [] }).map((i) => i.field)).toEqual(['amount', 'countStatuses']);
    expect(checkSubsidyRule(monthly!)).toEqual([]);
  });

  it('prints 元/天, 元/月, 元/次 …', () => {
    expect([rateText('perPresentDay', 30), rateText('perMonth', 500), rateText('perTrip', 120.5), rateText('lumpSum', 2000)]).toEqual(['30.00元/天', '500.00元/月', '120.50元/次', '2,000.00元（一次性）']);
  });
});
