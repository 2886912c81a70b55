import { describe, expect, it } from 'vitest';
import { cancelLeave, createLeave, previewLeave, recordLeaveApproval, reportBack, updateLeave, type LeaveInput } from '../../../../renderer/src/db/operations';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import { attendanceCounty, TODAY } from '../attendance-fixture';
import { newStore } from '../test-store';

const leave = (postingId: string, over: Partial<LeaveInput> = {}): LeaveInput => ({
  postingId,
  type: 'personal',
  startDate: '2026-11-23',
  startHalf: 'full',
  endDate: '2026-11-26',
  endHalf: 'full',
  reason: '父亲住院陪护',
  destination: '达州市中心医院',
  deputy: '陈明',
  ...over,
});

describe('请销假: request, tiers, 销假', () => {
  it('a 4-day leave needs the 组织部 (P1, tier 3), is approved tier by tier and then shows in the grid', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const p = postings.down.id;
    const preview = await previewLeave(store, leave(p), TODAY);
    expect(preview).toMatchObject({ days: 4, requiredTier: 3, errors: [], warnings: [] });
    expect(preview.ruleSet?.tiers[2]?.approverRole).toBe('县委组织部');

    const { request } = await createLeave(store, leave(p), TODAY);
    expect(request).toMatchObject({ days: 4, requiredTier: 3, status: 'pending' });
    const before = (await loadEffectiveMonths(store.db, [p], '2026-11')).get(p)!;
    expect(before.summary.leaveDays.total).toBe(0);

    // the 组织部 cannot decide before the township
    const first = await recordLeaveApproval(store, request.id, { approverName: '陈队长', decision: 'approved', date: '2026-11-19' }, TODAY);
    expect(first.approval).toMatchObject({ tier: 1, approverRole: '工作（分）队长' });
    expect(first.state).toMatchObject({ status: 'pending', nextTier: 2, nextApproverRole: '乡镇党委书记' });
    await expect(recordLeaveApproval(store, request.id, { approverName: '王书记', decision: 'approved', date: '2026-11-18' }, TODAY)).rejects.toThrow(
      '审批日期不能早于上一级的审批日期（2026年11月19日）',
    );
    await recordLeaveApproval(store, request.id, { approverName: '王书记', decision: 'approved', date: '2026-11-19' }, TODAY);
    const last = await recordLeaveApproval(store, request.id, { approverName: '赵部长', decision: 'approved', date: '2026-11-20', comment: '同意，注意安全' }, TODAY);
    expect(last.state).toMatchObject({ status: 'approved', approvedThrough: 3 });
    expect((await store.db.leaveRequests.get(request.id))?.status).toBe('approved');
    await expect(recordLeaveApproval(store, request.id, { approverName: '某人', decision: 'approved', date: '2026-11-20' }, TODAY)).rejects.toThrow(/已审批完毕/);

    const after = (await loadEffectiveMonths(store.db, [p], '2026-11')).get(p)!;
    expect(after.month.days.slice(22, 26).map((d) => d.status)).toEqual(['leave', 'leave', 'leave', 'leave']);
    expect(after.summary.leaveDays).toEqual({ personal: 4, sick: 0, other: 0, total: 4 });
  });

  it('a rejection ends the request; its days stay unrecorded', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const { request } = await createLeave(store, leave(postings.down.id, { endDate: '2026-11-24' }), TODAY);
    expect(request.requiredTier).toBe(2);
    const { state } = await recordLeaveApproval(store, request.id, { approverName: '陈队长', decision: 'rejected', date: '2026-11-20', comment: '近期有迎检任务' }, TODAY);
    expect(state).toMatchObject({ status: 'rejected', rejectedAtTier: 1 });
    expect((await store.db.leaveRequests.get(request.id))?.status).toBe('rejected');
    const m = (await loadEffectiveMonths(store.db, [postings.down.id], '2026-11')).get(postings.down.id)!;
    expect(m.summary.leaveDays.total).toBe(0);
  });

  it('half days count as halves; weekends are not counted under P1', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    // Fri 20 pm → Tue 24 am: ½ + Mon 1 + ½ = 2 days (Sat and Sun not counted)
    const p = await previewLeave(store, leave(postings.down.id, { startDate: '2026-11-20', startHalf: 'pm', endDate: '2026-11-24', endHalf: 'am' }), TODAY);
    expect(p).toMatchObject({ days: 2, requiredTier: 2 });
    expect(p.warnings.map((w) => w.message)).toEqual(['开始日期早于今天：按规定应事先请假；确因急事口头请假的，返岗后补办手续']);
  });

  it('refuses overlapping and out-of-period requests with the reason, saving nothing', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await createLeave(store, leave(postings.down.id), TODAY);
    await expect(createLeave(store, leave(postings.down.id, { startDate: '2026-11-26', endDate: '2026-11-27' }), TODAY)).rejects.toThrow('与已有请假（2026年11月23日至2026年11月26日）时间重叠');
    await expect(createLeave(store, leave(postings.village.id, { startDate: '2026-11-12', endDate: '2026-11-13' }), TODAY)).rejects.toThrow(/请假日期超出挂职期间/);
    await expect(createLeave(store, leave(postings.down.id, { startDate: '2026-11-28', endDate: '2026-11-29' }), TODAY)).rejects.toThrow('所选日期均为休息日或节假日，不计请假天数，无需请假');
    expect(await store.db.leaveRequests.count()).toBe(1);
  });

  it('a request can be corrected until a tier decided, and cancelled', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const { request } = await createLeave(store, leave(postings.down.id), TODAY);
    const { request: shorter } = await updateLeave(store, request.id, leave(postings.down.id, { endDate: '2026-11-23' }), TODAY);
    expect(shorter).toMatchObject({ days: 1, requiredTier: 1 });
    await recordLeaveApproval(store, request.id, { approverName: '陈队长', decision: 'approved', date: '2026-11-20' }, TODAY);
    await expect(updateLeave(store, request.id, leave(postings.down.id), TODAY)).rejects.toThrow('该请假已有审批意见，不能再修改；如需更改，请撤销后重新登记。');
    await cancelLeave(store, request.id);
    const m = (await loadEffectiveMonths(store.db, [postings.down.id], '2026-11')).get(postings.down.id)!;
    expect(m.summary.leaveDays.total).toBe(0);
  });

  it('销假 after the deadline is recorded and says how long the cadre overstayed', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const { request } = await createLeave(store, leave(postings.down.id, { startDate: '2026-11-09', endDate: '2026-11-10' }), '2026-11-05');
    await expect(reportBack(store, request.id, '2026-11-11', TODAY)).rejects.toThrow('请假尚未审批通过，不能销假');
    await recordLeaveApproval(store, request.id, { approverName: '陈队长', decision: 'approved', date: '2026-11-06' }, TODAY);
    await recordLeaveApproval(store, request.id, { approverName: '王书记', decision: 'approved', date: '2026-11-06' }, TODAY);
    // due back by Wed 11 Nov; back on Mon 16 Nov: Thu, Fri and Mon = 3 working days over
    const { request: back, warnings } = await reportBack(store, request.id, '2026-11-16', TODAY);
    expect(back).toMatchObject({ reportedBackDate: '2026-11-16', status: 'reportedBack' });
    expect(warnings.map((w) => w.message)).toEqual(['应于2026年11月11日前销假，实际2026年11月16日销假，超假3个工作日']);
  });
});
