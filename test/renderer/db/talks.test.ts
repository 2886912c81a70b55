import { describe, expect, it } from 'vitest';
import { AppError, ValidationError } from '../../../renderer/src/db/errors';
import { removeTalk, saveTalk, updateSettings } from '../../../renderer/src/db/operations';
import { getTalk, listTalks, loadTalkProposals } from '../../../renderer/src/db/queries/talks';
import { assessmentWorld, scoreMonth } from './assessment-world';

const TODAY = '2026-11-30';

async function failure(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(Error);
  return e as Error;
}

/** 赵六 at the bottom of 讲治镇 in September and October. */
async function blackListedTwice() {
  const world = await assessmentWorld(TODAY);
  for (const month of ['2026-09', '2026-10']) await scoreMonth(world, world.units.jiangzhi, month, { li: 1, wang: 1, zhang: 2, zhao: 8 });
  return world;
}

describe('谈话提醒 on a 组织部 PC', () => {
  it('proposes a talk for two black lists in a row; a planned talk answering it ends the proposal', async () => {
    const { store, postings, cadres } = await blackListedTwice();
    const [proposal, ...more] = await loadTalkProposals(store.db, TODAY);
    expect(more).toEqual([]);
    expect(proposal).toMatchObject({
      postingId: postings.zhao,
      cadreId: cadres.zhao,
      name: '赵六',
      post: '讲治镇 党委委员、副镇长',
      trigger: 'weeklyBottom',
      triggerKey: 'weeklyBottom:2026-10',
      reason: '赵六连续两个月（2026年9月、10月）列入周考评黑榜',
      suggestedDate: '2026-12-03',
    });
    await saveTalk(
      store,
      { cadreId: cadres.zhao, postingId: postings.zhao, kind: 'reminder', trigger: 'weeklyBottom', triggerKey: proposal!.triggerKey, reason: proposal!.reason, scheduledDate: proposal!.suggestedDate, talker: '王部长', recorder: '刘干事', status: 'planned' },
      TODAY,
    );
    expect(await loadTalkProposals(store.db, TODAY)).toEqual([]);
    const [row] = await listTalks(store.db);
    expect(row).toMatchObject({ name: '赵六', talk: { status: 'planned', triggerKey: 'weeklyBottom:2026-10', reason: '赵六连续两个月（2026年9月、10月）列入周考评黑榜' } });
  });

  it('proposes talks for an unexcused absence found by a spot check and for an overstayed leave', async () => {
    const { store, postings } = await assessmentWorld(TODAY);
    await store.write(async (w) => {
      await w.create('spotChecks', { postingId: postings.li!, date: '2026-11-12', kind: 'unannounced', inspector: '陈明', inspectorUnit: '县委组织部', result: 'absentUnexcused' });
      await w.create('spotChecks', { postingId: postings.wang!, date: '2026-11-13', kind: 'unannounced', inspector: '陈明', inspectorUnit: '县委组织部', result: 'onDuty' });
      const leave = await w.create('leaveRequests', {
        postingId: postings.zhang!,
        type: 'personal',
        startDate: '2026-11-20',
        startHalf: 'full',
        endDate: '2026-11-20',
        endHalf: 'full',
        days: 1,
        reason: '家中有事',
        destination: '达州',
        requiredTier: 1,
        status: 'approved',
      });
      await w.create('leaveApprovals', { leaveRequestId: leave.id, tier: 1, approverRole: '工作（分）队长', approverName: '陈队长', decision: 'approved', date: '2026-11-19' });
    });
    const proposals = await loadTalkProposals(store.db, TODAY);
    expect(proposals.map((p) => [p.name, p.trigger, p.reason])).toEqual([
      ['李四', 'spotCheckAbsence', '李四在2026年11月12日的明查暗访中无故不在岗'],
      ['张三', 'leaveOverstay', '张三请假期满未按时销假（应于2026年11月23日前销假）'],
    ]);
  });

  it('records a talk when it is held, and closes it after the follow-up; each step says what is missing', async () => {
    const { store, postings, cadres } = await assessmentWorld(TODAY);
    const planned = await saveTalk(store, { cadreId: cadres.li, postingId: postings.li, kind: 'reminder', trigger: 'complaint', scheduledDate: '2026-11-25', talker: '王部长', recorder: '刘干事', status: 'planned' }, TODAY);
    const e = await failure(saveTalk(store, { status: 'held', heldDate: '2026-11-26' }, TODAY, planned.id));
    expect((e as ValidationError).issues.map((i) => i.message)).toEqual(['请填写谈话内容', '请填写本人表态']);
    await saveTalk(store, { status: 'held', heldDate: '2026-11-26', content: '指出群众反映的工作作风问题', response: '诚恳接受，立即整改', followUpDate: '2026-12-10' }, TODAY, planned.id);
    const closing = await failure(saveTalk(store, { status: 'closed' }, TODAY, planned.id));
    expect((closing as ValidationError).issues.map((i) => i.message)).toEqual(['办结前请填写跟踪回访情况']);
    await saveTalk(store, { status: 'closed', followUpResult: '回访所在村，群众反映已明显改进' }, TODAY, planned.id);
    expect((await getTalk(store.db, planned.id))?.talk).toMatchObject({ status: 'closed', heldDate: '2026-11-26', followUpResult: '回访所在村，群众反映已明显改进' });
    const wrong = await failure(saveTalk(store, { cadreId: cadres.li, postingId: postings.zhou, kind: 'reminder', trigger: 'other', scheduledDate: '2026-12-01', talker: '王部长', recorder: '刘干事', status: 'planned' }, TODAY));
    expect(wrong.message).toBe('所选挂职不是该干部的挂职记录');
    await removeTalk(store, planned.id);
    expect(await listTalks(store.db)).toEqual([]);
  });
});

describe('谈话提醒 on a township’s PC', () => {
  it('shows, proposes and writes nothing, and says why', async () => {
    const { store, postings, cadres } = await blackListedTwice();
    await saveTalk(store, { cadreId: cadres.zhao, postingId: postings.zhao, kind: 'reminder', trigger: 'weeklyBottom', scheduledDate: '2026-12-03', talker: '王部长', recorder: '刘干事', status: 'planned' }, TODAY);
    await updateSettings(store, { role: 'receiving' });
    for (const attempt of [
      listTalks(store.db),
      loadTalkProposals(store.db, TODAY),
      saveTalk(store, { cadreId: cadres.li, kind: 'reminder', trigger: 'other', scheduledDate: '2026-12-01', talker: '某某', recorder: '某某', status: 'planned' }, TODAY),
    ]) {
      const e = await failure(attempt);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).userMessage).toContain('只在县委组织部的电脑上显示和导出');
    }
    expect(await store.db.talkRecords.count()).toBe(1);
  });
});
