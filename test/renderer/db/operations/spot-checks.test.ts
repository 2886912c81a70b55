import { describe, expect, it } from 'vitest';
import { createSpotCheck, previewSpotCheck, removeSpotCheck } from '../../../../renderer/src/db/operations';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import { attendanceCounty, TODAY } from '../attendance-fixture';
import { newStore } from '../test-store';

const check = (postingId: string, date: string, result = 'absentUnexcused') => ({
  postingId,
  date,
  time: '10:30',
  kind: 'unannounced',
  inspector: '李督查',
  inspectorUnit: '县委组织部',
  result,
  note: null,
});

describe('抽查: unannounced checks and the grade cap', () => {
  it('each unexcused absence is × in the grid and tightens the cap: not 优秀, 基本称职, 不称职', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const p = postings.down.id;
    const first = await createSpotCheck(store, check(p, '2026-11-04'), TODAY);
    expect(first.warnings.map((w) => w.message)).toEqual(['年度内明查暗访发现无故不在岗1次，不得评为优秀（年度考核时将提示）']);
    const second = await createSpotCheck(store, check(p, '2026-11-12'), TODAY);
    expect(second.cap).toMatchObject({ cap: '3', capText: '最高评为基本称职' });
    const third = await previewSpotCheck(store, check(p, '2026-11-19'), TODAY);
    expect(third.cap).toMatchObject({ cap: '4', capText: '只能评为不称职' });

    const m = (await loadEffectiveMonths(store.db, [p], '2026-11')).get(p)!;
    expect([m.month.days[3]!.status, m.month.days[11]!.status]).toEqual(['absent', 'absent']);
    expect(m.summary).toMatchObject({ absentDays: 2, spotChecks: 2, spotCheckAbsences: 2 });

    await removeSpotCheck(store, first.spotCheck.id);
    const after = (await loadEffectiveMonths(store.db, [p], '2026-11')).get(p)!;
    expect(after.summary.spotCheckAbsences).toBe(1);
  });

  it('refuses a date after today or outside the posting period, and saves nothing', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await expect(createSpotCheck(store, check(postings.down.id, '2026-11-25'), TODAY)).rejects.toThrow('抽查日期不能晚于今天');
    await expect(createSpotCheck(store, check(postings.village.id, '2026-11-10'), TODAY)).rejects.toThrow(/抽查日期不在挂职期间/);
    expect(await store.db.spotChecks.count()).toBe(0);
  });

  it('warns when 已请假 is recorded without approved leave that day', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const { warnings, cap } = await createSpotCheck(store, check(postings.down.id, '2026-11-10', 'onLeaveApproved'), TODAY);
    expect(warnings.map((w) => w.message)).toEqual(['2026年11月10日没有已批准的请假记录，请核实后补办请假手续，或改为“无故不在岗”']);
    expect(cap).toBeNull();
  });
});

describe('抽查 on a day of approved leave', () => {
  it('the preview (a read-only transaction) finds the leave and warns; the day becomes ×', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const p = postings.down.id;
    await store.write(async (w) => {
      const leave = await w.create('leaveRequests', { postingId: p, type: 'sick', startDate: '2026-11-10', startHalf: 'full', endDate: '2026-11-10', endHalf: 'full', days: 1, reason: '看病', destination: '县医院', requiredTier: 1, status: 'pending' });
      await w.create('leaveApprovals', { leaveRequestId: leave.id, tier: 1, approverRole: '工作（分）队长', approverName: '陈队长', decision: 'approved', date: '2026-11-09' });
    });
    const preview = await previewSpotCheck(store, check(p, '2026-11-10'), TODAY);
    expect(preview.warnings.map((w) => w.message)).toEqual([
      '2026年11月10日有已批准的请假，登记为无故不在岗后当天按缺勤计，请核实',
      '年度内明查暗访发现无故不在岗1次，不得评为优秀（年度考核时将提示）',
    ]);
    expect((await previewSpotCheck(store, check(p, '2026-11-10', 'onLeaveApproved'), TODAY)).warnings).toEqual([]);
    await createSpotCheck(store, check(p, '2026-11-10'), TODAY);
    const m = (await loadEffectiveMonths(store.db, [p], '2026-11')).get(p)!;
    expect(m.month.days[9]).toMatchObject({ status: 'absent', source: 'spotCheck', leave: null });
  });
});
