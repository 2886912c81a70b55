import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import { ValidationError } from '../../../../renderer/src/db/errors';
import { amendLogEntry, recordInspection, removeLogEntry, saveLogEntry } from '../../../../renderer/src/db/operations';
import { recordsWorld, TODAY } from '../records-world';

async function refused(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.message);
}

const day = (postingId: string, date: string, content: string, more: Record<string, unknown> = {}) => ({ postingId, kind: 'daily', date, content, ...more });

describe('纪实 entries', () => {
  it('keeps one 日纪实 per posting and day: saving again writes onto it, saving it empty deletes it', async () => {
    const { store, p1 } = await recordsWorld();
    const first = await saveLogEntry(store, day(p1.id, '2026-05-06', '到石岭村走访脱贫户5户，了解产业发展情况', { location: '石岭村' }), TODAY);
    expect(first!.id).toBe(keyedId('logEntries', p1.id, 'daily', '2026-05-06', ''));
    expect(first!.enteredBy).toBe('开江县委组织部-干部科');
    const again = await saveLogEntry(store, day(p1.id, '2026-05-06', '到石岭村走访脱贫户6户，了解产业发展和务工情况', { location: '石岭村', outcome: '已完成' }), TODAY);
    expect(again!.id).toBe(first!.id);
    expect(await store.db.logEntries.count()).toBe(1);
    expect((await store.db.logEntries.get(first!.id))!.content).toContain('6户');

    expect(await saveLogEntry(store, day(p1.id, '2026-05-06', '  '), TODAY)).toBeNull();
    expect((await store.db.logEntries.get(first!.id))!._deleted).toBe(true);
    // Typing the day again brings the record back under the same id.
    const back = await saveLogEntry(store, day(p1.id, '2026-05-06', '参加镇党委会议，研究春耕生产工作'), TODAY);
    expect(back!.id).toBe(first!.id);
    expect(back!._deleted).toBe(false);
  });

  it('files a monthly analysis under its month whatever day is given', async () => {
    const { store, p1 } = await recordsWorld();
    const a = await saveLogEntry(store, { postingId: p1.id, kind: 'monthlyAnalysis', periodStart: '2026-04-17', content: '本月完成走访32户，项目推进顺利，存在问题是入户记录不够细。' }, TODAY);
    expect(a).toMatchObject({ periodStart: '2026-04-01', periodEnd: '2026-04-30', date: null });
    const b = await saveLogEntry(store, { postingId: p1.id, kind: 'monthlyAnalysis', periodStart: '2026-04-01', content: '本月完成走访32户。' }, TODAY);
    expect(b!.id).toBe(a!.id);
  });

  it('refuses days after today, before the posting began, and a 民情日记 outside a village posting, writing nothing', async () => {
    const { store, p1, p2 } = await recordsWorld();
    expect(await refused(saveLogEntry(store, day(p1.id, '2026-05-21', '计划走访'), TODAY))).toEqual(['不能填写今天（2026年5月20日）以后的纪实']);
    expect((await refused(saveLogEntry(store, day(p1.id, '2026-02-27', '报到前'), TODAY)))[0]).toContain('早于到岗日期（2026年3月2日）');
    expect(await refused(saveLogEntry(store, { postingId: p1.id, kind: 'communityDiary', date: '2026-05-06', content: '走访农户' }, TODAY))).toEqual(['民情日记只适用于驻村工作队员和驻村第一书记']);
    expect(await store.db.logEntries.count()).toBe(0);
    await saveLogEntry(store, { postingId: p2.id, kind: 'communityDiary', date: '2026-05-06', title: '走访五保户', content: '走访五保户刘大爷，解决冬季取暖问题' }, TODAY);
    expect(await store.db.logEntries.count()).toBe(1);
  });

  it('keeps several study entries on one day and moves one to another day when its date is corrected', async () => {
    const { store, p1 } = await recordsWorld();
    const a = await saveLogEntry(store, { postingId: p1.id, kind: 'study', date: '2026-05-06', title: '乡村振兴专题培训', content: '参加县委党校乡村振兴专题培训' }, TODAY);
    await saveLogEntry(store, { postingId: p1.id, kind: 'study', date: '2026-05-06', title: '理论学习', content: '参加镇党委理论学习中心组学习' }, TODAY);
    const moved = await saveLogEntry(store, { id: a!.id, postingId: p1.id, kind: 'study', date: '2026-05-07', title: '乡村振兴专题培训', content: '参加县委党校乡村振兴专题培训' }, TODAY);
    const live = (await store.db.logEntries.toArray()).filter((e) => !e._deleted);
    expect(live.map((e) => e.date).sort()).toEqual(['2026-05-06', '2026-05-07']);
    expect(moved!.id).not.toBe(a!.id);
  });

  it('locks inspected entries: no edit, no delete; an amendment keeps the original beside it', async () => {
    const { store, p1 } = await recordsWorld();
    const e = await saveLogEntry(store, day(p1.id, '2026-05-06', '到石岭村走访脱贫户5户', { location: '石岭村' }), TODAY);
    await recordInspection(store, { postingId: p1.id }, { date: '2026-05-15', inspector: '王组织', inspectorUnit: '县委组织部干部科', scope: ['recordBook'], periodFrom: '2026-05-01', periodTo: '2026-05-14', comment: '记录及时' }, TODAY);
    expect((await store.db.logEntries.get(e!.id))!.locked).toBe(true);

    expect((await refused(saveLogEntry(store, day(p1.id, '2026-05-06', '改写'), TODAY)))[0]).toContain('已经组织部检查并锁定');
    expect((await refused(removeLogEntry(store, e!.id)))[0]).toContain('已经组织部检查并锁定');

    const amendment = await amendLogEntry(store, e!.id, { amendedOn: TODAY, content: '到石岭村走访脱贫户8户', location: '石岭村', reason: '原记录户数有误' }, TODAY);
    expect(amendment).toMatchObject({ logEntryId: e!.id, postingId: p1.id, content: '到石岭村走访脱贫户8户' });
    expect((await store.db.logEntries.get(e!.id))!.content).toBe('到石岭村走访脱贫户5户');
    expect((await refused(amendLogEntry(store, e!.id, { amendedOn: TODAY, content: '到石岭村走访脱贫户8户', location: '石岭村', reason: '再改' }, TODAY)))[0]).toBe('更正内容与现有内容相同，请修改后再保存');

    // A day the inspection did not cover is still edited directly and cannot be amended.
    const open = await saveLogEntry(store, day(p1.id, '2026-05-18', '参加镇村干部大会'), TODAY);
    expect((await refused(amendLogEntry(store, open!.id, { amendedOn: TODAY, content: 'x', reason: 'y' }, TODAY)))[0]).toContain('可以直接修改');
  });
});
