import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBSIDY_RULE_PRESETS } from '@shared/domain/presets';
import { type AttendanceMonthRecord, type AttendancePeriod, effectiveAttendanceMonth } from '@shared/domain/rules/attendance';
import {
  type SubsidyRuleLike,
  adjustmentFor,
  checkPaymentEdit,
  computeSubsidy,
  netPaidFen,
  paymentSheetTotal,
  subsidyRuleApplies,
} from '@shared/domain/rules/subsidy';

const MONTH = '2026-03';
const OPEN: AttendancePeriod = { startDate: '2025-06-01', endDate: null };
const WORKDAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20', '23', '24', '25', '26', '27', '30', '31'];

/**
 * March 2026: √ on every working day but the 19th (×), work on Saturday the 7th, and a half day of
 * leave on the morning of the 13th. Counted days (在岗 + 公出): 1st–15th 10.5, 16th–31st 11, month 21.5.
 */
function marchDays(period = OPEN) {
  const stored: AttendanceMonthRecord = { postingId: 'p1', month: MONTH };
  for (const d of WORKDAYS) stored[`d${d}`] = 'present';
  stored.d07 = 'present';
  stored.d19 = 'absent';
  return effectiveAttendanceMonth({
    month: MONTH,
    period,
    stored,
    leaveDays: [{ date: '2026-03-13', fraction: 0.5, leaveRequestId: 'L1', type: 'personal' }],
  }).days;
}

const rule = (over: Partial<SubsidyRuleLike>): SubsidyRuleLike => ({
  id: 'r',
  name: '测试标准',
  basis: 'perPresentDay',
  amount: 30,
  countStatuses: ['present', 'officialOuting'],
  prorateByWorkdays: false,
  maxTripsPerMonth: null,
  tripFare: null,
  appliesTo: [],
  outOfCountyOnly: false,
  validFrom: '2017-01-01',
  validTo: null,
  ...over,
});
/** The old rate until the 15th, the new one from the 16th. */
const oldRate = (over: Partial<SubsidyRuleLike>) => rule({ id: 'old', validTo: '2026-03-15', ...over });
const newRate = (over: Partial<SubsidyRuleLike>) => rule({ id: 'new', validFrom: '2026-03-16', ...over });
const pay = (r: SubsidyRuleLike, extra: Partial<Parameters<typeof computeSubsidy>[0]> = {}) =>
  computeSubsidy({ rule: r, month: MONTH, period: OPEN, days: marchDays(), ...extra });

describe('every basis with a rate change in the middle of the month', () => {
  it('perPresentDay: 30 yuan × 10.5 days, then 40 yuan × 11 days', () => {
    const a = pay(oldRate({ amount: 30 }));
    const b = pay(newRate({ amount: 40 }));
    expect([a.from, a.to, a.days, a.amountFen]).toEqual(['2026-03-01', '2026-03-15', 10.5, 31500]);
    expect([b.from, b.to, b.days, b.amountFen]).toEqual(['2026-03-16', '2026-03-31', 11, 44000]);
    expect(a.explanation).toBe('计算期间2026年3月1日至2026年3月15日；30.00元/天 × 10.5天 = 315.00元');
  });

  it('perCalendarDay: 15 and 16 calendar days', () => {
    expect(pay(oldRate({ basis: 'perCalendarDay', amount: 30 })).amountFen).toBe(45000);
    expect(pay(newRate({ basis: 'perCalendarDay', amount: 40 })).amountFen).toBe(64000);
  });

  it('perMonth in full: 500 yuan split 15/31 and 16/31, adding up to 500.00', () => {
    const a = pay(oldRate({ basis: 'perMonth', amount: 500 }));
    const b = pay(newRate({ basis: 'perMonth', amount: 500 }));
    expect([a.amountFen, b.amountFen]).toEqual([24194, 25806]);
    expect(pay(rule({ basis: 'perMonth', amount: 500 })).explanation).toBe('500.00元/月，全月 = 500.00元');
  });

  it('perMonth prorated by working days: 500 × 9.5 ÷ 22 and 500 × 11 ÷ 22', () => {
    const a = pay(oldRate({ basis: 'perMonth', amount: 500, prorateByWorkdays: true }));
    const b = pay(newRate({ basis: 'perMonth', amount: 500, prorateByWorkdays: true }));
    expect([a.days, a.amountFen, b.days, b.amountFen]).toEqual([9.5, 21591, 11, 25000]);
    expect(b.explanation).toBe('计算期间2026年3月16日至2026年3月31日；500.00元/月 × 出勤11天 ÷ 本月工作日22天 = 250.00元');
    expect(pay(rule({ basis: 'perMonth', amount: 500, prorateByWorkdays: true })).amountFen).toBe(46591);
  });

  it('perTrip and perKm: the monthly cap counts the whole month, not each part', () => {
    const trips = [{ date: '2026-03-21' }, { date: '2026-03-07' }];
    const a = pay(oldRate({ basis: 'perTrip', amount: 120, maxTripsPerMonth: 1 }), { trips });
    const b = pay(newRate({ basis: 'perTrip', amount: 120, maxTripsPerMonth: 1 }), { trips });
    expect([a.trips, a.tripFen, a.amountFen, b.trips, b.amountFen]).toEqual([1, 12000, 12000, 0, 0]);
    expect(b.explanation).toContain('本月往返2次，按每月最多1次计');
    const km = pay(oldRate({ basis: 'perKm', amount: 0.5, maxTripsPerMonth: 1 }), { trips, roundTripKm: 240 });
    expect([km.trips, km.amountFen]).toEqual([1, 12000]);
    expect(km.explanation).toContain('0.50元/公里 × 240公里 × 1次 = 120.00元');
    expect(pay(oldRate({ basis: 'perKm', amount: 0.5 }), { trips }).issues).toEqual(['请填写往返里程（公里）']);
  });

  it('lumpSum: once, in the part of the month the posting starts in', () => {
    const period = { startDate: '2026-03-10', endDate: null };
    const days = marchDays(period);
    const a = computeSubsidy({ rule: oldRate({ basis: 'lumpSum', amount: 2000 }), month: MONTH, period, days });
    const b = computeSubsidy({ rule: newRate({ basis: 'lumpSum', amount: 2000 }), month: MONTH, period, days });
    const april = computeSubsidy({ rule: rule({ basis: 'lumpSum', amount: 2000 }), month: '2026-04', period, days: [] });
    expect([a.from, a.amountFen, b.amountFen, april.amountFen]).toEqual(['2026-03-10', 200000, 0, 0]);
  });
});

describe('the shipped rules and the posting period', () => {
  const outbound = SUBSIDY_RULE_PRESETS.find((r) => r.id === 'preset-subsidy-county-outbound')!;

  it('pays 30 yuan per present day plus one round trip at its actual fare', () => {
    const c = pay(outbound, { trips: [{ date: '2026-03-07', fare: 86.5 }, { date: '2026-03-21', fare: 90 }] });
    expect([c.days, c.baseFen, c.trips, c.tripFen, c.amountFen]).toEqual([21.5, 64500, 1, 8650, 73150]);
    expect(c.explanation).toBe('30.00元/天 × 21.5天 = 645.00元；往返交通费1次 = 86.50元；本月往返2次，按每月最多1次计');
    expect(pay(outbound, { trips: [{ date: '2026-03-07' }] }).issues).toEqual(['2026年3月7日的往返未填写实际交通费（第1次）']);
  });

  it('applies a rule only to its posting types and, if so marked, to postings outside the county', () => {
    expect(subsidyRuleApplies(outbound, { type: 'outbound', outOfCounty: true })).toBeNull();
    expect(subsidyRuleApplies(outbound, { type: 'secondmentDown', outOfCounty: false })).toBe('该补助标准不适用于“下派挂职”');
    expect(subsidyRuleApplies(outbound, { type: 'mutualDispatch', outOfCounty: false })).toBe('该补助标准仅适用于到县外挂职');
    expect(subsidyRuleApplies(rule({}), { type: 'other', outOfCounty: false })).toBeNull();
  });

  it('prorates a posting that ends in the month and pays nothing outside the rule’s validity', () => {
    const period = { startDate: '2025-06-01', endDate: '2026-03-20' };
    const ended = computeSubsidy({ rule: rule({ basis: 'perMonth', amount: 500 }), month: MONTH, period, days: marchDays(period) });
    expect([ended.to, ended.amountFen]).toEqual(['2026-03-20', 32258]);
    const expired = pay(rule({ validTo: '2026-02-28' }));
    expect([expired.amountFen, expired.from, expired.explanation]).toEqual([0, null, '本月不在挂职期间或补助标准有效期内']);
  });

  it('splits a month into parts that add up to the whole, for any attendance and any change day', () => {
    const statuses = ['present', 'officialOuting', 'leave', 'absent', 'rest', null] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { minLength: 31, maxLength: 31 }),
        fc.integer({ min: 2, max: 31 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 31 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (cells, changeDay, fen, tripDays, cap) => {
          const stored: AttendanceMonthRecord = { postingId: 'p', month: MONTH };
          cells.forEach((s, i) => (stored[`d${String(i + 1).padStart(2, '0')}`] = s));
          const days = effectiveAttendanceMonth({ month: MONTH, period: OPEN, stored }).days;
          const change = `2026-03-${String(changeDay).padStart(2, '0')}`;
          const before = `2026-03-${String(changeDay - 1).padStart(2, '0')}`;
          const trips = tripDays.map((d) => ({ date: `2026-03-${String(d).padStart(2, '0')}`, fare: 50 }));
          for (const over of [
            { basis: 'perPresentDay' },
            { basis: 'perCalendarDay' },
            { basis: 'perTrip', maxTripsPerMonth: cap },
            { basis: 'perPresentDay', maxTripsPerMonth: cap },
            { basis: 'perMonth' },
            { basis: 'perMonth', prorateByWorkdays: true },
          ] as Partial<SubsidyRuleLike>[]) {
            const amount = fen / 100;
            const run = (r: SubsidyRuleLike) => computeSubsidy({ rule: r, month: MONTH, period: OPEN, days, trips }).amountFen;
            const whole = run(rule({ ...over, amount }));
            const parts = run(rule({ ...over, amount, validTo: before })) + run(rule({ ...over, amount, validFrom: change }));
            if (over.basis === 'perMonth') expect(Math.abs(parts - whole)).toBeLessThanOrEqual(1);
            else expect(parts).toBe(whole);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('paid months and adjustment lines', () => {
  const paid = { id: 'pay-1', status: 'paid', amount: 540 };

  it('locks a paid month', () => {
    expect(checkPaymentEdit(paid)).toBe('该月补助已发放，记录已锁定，不能修改；如需更正，请添加调整记录');
    expect(checkPaymentEdit({ status: 'approved' })).toBeNull();
  });

  it('corrects a paid month by the difference to what was paid, never by an edit', () => {
    expect(adjustmentFor(paid, [], 57000, '补录3月7日周末在岗')).toEqual({
      ok: true,
      line: { adjustsPaymentId: 'pay-1', amountFen: 3000, note: '补发30.00元（原发540.00元，应发570.00元）：补录3月7日周末在岗' },
    });
    expect(netPaidFen(paid, [{ amount: 30 }])).toBe(57000);
    expect(adjustmentFor(paid, [{ amount: 30 }], 55500, '3月19日实为缺勤')).toEqual({
      ok: true,
      line: { adjustsPaymentId: 'pay-1', amountFen: -1500, note: '扣回15.00元（原发570.00元，应发555.00元）：3月19日实为缺勤' },
    });
    expect(adjustmentFor(paid, [{ amount: 30 }], 57000, '复核无误')).toEqual({ ok: true, line: null });
    expect(adjustmentFor(paid, [], 57000, ' ')).toEqual({ ok: false, error: '请填写调整原因' });
    expect(adjustmentFor({ ...paid, status: 'approved' }, [], 57000, '补录')).toEqual({ ok: false, error: '该月补助尚未发放，可直接修改金额，无需调整记录' });
  });

  it('totals a payment sheet in figures and capital numerals', () => {
    expect(paymentSheetTotal([73150, 50000, -1500])).toEqual({ totalFen: 121650, formatted: '1,216.50', capital: '壹仟贰佰壹拾陆元伍角整' });
    expect(paymentSheetTotal([])).toEqual({ totalFen: 0, formatted: '0.00', capital: '零元整' });
  });
});
