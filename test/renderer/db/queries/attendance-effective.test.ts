import { describe, expect, it } from 'vitest';
import { CalendarDataMissingError } from '@shared/domain/calendar';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import { attendanceCounty } from '../attendance-fixture';
import { newStore } from '../test-store';

describe('loadEffectiveMonths: stored month + approved leave + spot checks + calendar', () => {
  it('combines what the clerk stored with approved leave and a spot-check absence into the §4.3 figures', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const p = postings.down.id;
    await store.write(async (w) => {
      await w.create('attendanceMonths', { postingId: p, month: '2026-11', d02: 'present', d03: 'present', d04: 'officialOuting', d05: 'present', d06: 'present', d13: 'present' });
      // 4 days of 事假 (9–12 Nov): P1 needs the 组织部 (tier 3); all three tiers approved
      const leave = await w.create('leaveRequests', { postingId: p, type: 'personal', startDate: '2026-11-09', startHalf: 'full', endDate: '2026-11-12', endHalf: 'full', days: 4, reason: '家中有事', destination: '达州市', requiredTier: 3, status: 'pending' });
      for (const tier of [1, 2, 3]) await w.create('leaveApprovals', { leaveRequestId: leave.id, tier, approverRole: '—', approverName: `审批人${tier}`, decision: 'approved', date: '2026-11-06' });
      // a pending 1-day request on the 16th does not count as leave
      await w.create('leaveRequests', { postingId: p, type: 'sick', startDate: '2026-11-16', startHalf: 'full', endDate: '2026-11-16', endHalf: 'full', days: 1, reason: '看病', destination: '县医院', requiredTier: 1, status: 'pending' });
      // an unexcused absence found on the 13th overrides the stored 在岗
      await w.create('spotChecks', { postingId: p, date: '2026-11-13', time: '10:20', kind: 'unannounced', inspector: '李检查', inspectorUnit: '县委组织部', result: 'absentUnexcused' });
    });

    const months = await loadEffectiveMonths(store.db, [p, postings.village.id, 'no-such-posting'], '2026-11');
    expect([...months.keys()].sort()).toEqual([p, postings.village.id].sort());
    const m = months.get(p)!;
    const status = (day: number) => m.month.days[day - 1]!.status;
    expect([status(2), status(4), status(7), status(9), status(12), status(13), status(16)]).toEqual(['present', 'officialOuting', 'rest', 'leave', 'leave', 'absent', 'unknown']);
    expect(m.month.days[8]!.leave).toMatchObject({ type: 'personal', fraction: 1 });
    expect(m.summary).toMatchObject({
      requiredDays: 21,
      presentDays: 5,
      officialOutingDays: 1,
      leaveDays: { personal: 4, sick: 0, other: 0, total: 4 },
      absentDays: 1,
      unrecordedDays: 11,
      spotChecks: 1,
      spotCheckAbsences: 1,
      attendanceRate: 23.8,
      minimumDays: null,
      meetsMinimum: null,
    });
    expect(m.stored?.d02).toBe('present');

    // the village member started on the 16th: 11 working days required, a prorated minimum of ⌈20 × 15 ÷ 30⌉ = 10
    const v = months.get(postings.village.id)!;
    expect(v.month.days[14]!.inPeriod).toBe(false);
    expect(v.summary).toMatchObject({ requiredDays: 11, presentDays: 0, minimumDays: 10, meetsMinimum: false });
  });

  it('reads leave by date range for many postings with the same result', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await store.write(async (w) => {
      const leave = await w.create('leaveRequests', { postingId: postings.elsewhere.id, type: 'sick', startDate: '2026-10-28', startHalf: 'full', endDate: '2026-11-03', endHalf: 'am', days: 4.5, reason: '住院', destination: '达州市中心医院', requiredTier: 3, status: 'pending' });
      for (const tier of [1, 2, 3]) await w.create('leaveApprovals', { leaveRequestId: leave.id, tier, approverRole: '—', approverName: `审批人${tier}`, decision: 'approved', date: '2026-10-27' });
    });
    const many = [postings.elsewhere.id, ...Array.from({ length: 400 }, (_, i) => `unknown-${i}`)];
    const byRange = (await loadEffectiveMonths(store.db, many, '2026-11')).get(postings.elsewhere.id)!;
    const byPosting = (await loadEffectiveMonths(store.db, [postings.elsewhere.id], '2026-11')).get(postings.elsewhere.id)!;
    expect(byRange.summary).toEqual(byPosting.summary);
    // 2 Nov full, 3 Nov morning: 1.5 days of 病假 in November (the rest fell in October)
    expect(byRange.summary.leaveDays).toEqual({ personal: 0, sick: 1.5, other: 0, total: 1.5 });
  });

  it('refuses a month whose year has no holiday arrangement, with the message that says what to do', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await expect(loadEffectiveMonths(store.db, [postings.down.id], '2031-03')).rejects.toBeInstanceOf(CalendarDataMissingError);
  });
});
