import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../renderer/src/db/errors';
import { amendLogEntry, markRectified, recordInspection, removeInspection, saveLogEntry } from '../../../../renderer/src/db/operations';
import { recordsWorld, TODAY } from '../records-world';

async function refused(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.message);
}

const CHECK = { date: '2026-05-18', inspector: '王组织', inspectorUnit: '县委组织部干部科', scope: ['recordBook', 'attendance'], periodFrom: '2026-05-11', periodTo: '2026-05-15', comment: '纪实记录较完整，个别日期内容过简。' };

describe('inspections of the 纪实手册', () => {
  it('checks a whole township at once: one record per cadre on post there, each with the entries expected and found', async () => {
    const { store, town, p1, p2, p3 } = await recordsWorld();
    // 2026-05-11…15 are five working days; 张三 wrote three of them, 李四 one (and one on Saturday 05-16, outside the period).
    for (const d of ['2026-05-11', '2026-05-12', '2026-05-14']) await saveLogEntry(store, { postingId: p1.id, kind: 'daily', date: d, content: '到村组开展走访调研，了解群众诉求' }, TODAY);
    await saveLogEntry(store, { postingId: p2.id, kind: 'daily', date: '2026-05-13', content: '组织村两委召开会议，研究产业项目' }, TODAY);
    await saveLogEntry(store, { postingId: p2.id, kind: 'daily', date: '2026-05-16', content: '周末值班，处理群众来访' }, TODAY);

    const made = await recordInspection(store, { unitId: town.id }, { ...CHECK, rating: 'fair', rectificationRequired: true, rectifyBy: '2026-06-15' }, TODAY);
    const byPosting = new Map(made.map((i) => [i.postingId, i]));
    expect([...byPosting.keys()].sort()).toEqual([p1.id, p2.id].sort());
    expect(byPosting.get(p1.id)).toMatchObject({ unitId: town.id, entriesExpected: 5, entriesFound: 3, comment: CHECK.comment, rectifyBy: '2026-06-15' });
    expect(byPosting.get(p2.id)).toMatchObject({ entriesExpected: 5, entriesFound: 1 });
    expect(made.some((i) => i.postingId === p3.id)).toBe(false);

    const entries = (await store.db.logEntries.toArray()).filter((e) => !e._deleted);
    expect(entries.filter((e) => e.locked).map((e) => e.date).sort()).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14']);
  });

  it('refuses an inspection that contradicts itself, and a township with nobody on post, writing nothing', async () => {
    const { store, p1, bureau } = await recordsWorld();
    expect(await refused(recordInspection(store, { postingId: p1.id }, { ...CHECK, periodTo: '2026-05-19' }, TODAY))).toEqual(['检查的纪实期间应在检查日期（2026年5月18日）之前']);
    expect(await refused(recordInspection(store, { postingId: p1.id }, { ...CHECK, rectificationRequired: true }, TODAY))).toEqual(['要求整改时请填写整改期限']);
    expect(await refused(recordInspection(store, { postingId: p1.id }, { ...CHECK, date: '2026-05-21' }, TODAY))).toContain('检查日期不能晚于今天（2026年5月20日）');
    expect(await refused(recordInspection(store, { unitId: bureau.id }, CHECK, TODAY))).toEqual(['所选单位在检查期间没有在岗的挂职干部，请核对单位和检查期间']);
    expect(await refused(recordInspection(store, { postingId: p1.id }, { ...CHECK, comment: '' }, TODAY))).toEqual(['请填写检查意见']);
    expect(await store.db.inspections.count()).toBe(0);
  });

  it('records the rectification once done, not before the inspection nor in the future', async () => {
    const { store, p1 } = await recordsWorld();
    const [i] = await recordInspection(store, { postingId: p1.id }, { ...CHECK, rectificationRequired: true, rectifyBy: '2026-06-15' }, TODAY);
    expect(await refused(markRectified(store, i!.id, '2026-05-17', TODAY))).toEqual(['整改完成日期不能早于检查日期（2026年5月18日）']);
    expect(await refused(markRectified(store, i!.id, '2026-05-21', TODAY))).toEqual(['整改完成日期不能晚于今天（2026年5月20日）']);
    expect((await markRectified(store, i!.id, '2026-05-19', TODAY)).rectifiedOn).toBe('2026-05-19');
  });

  it('deleting an inspection opens the entries only it locked, unless they were amended', async () => {
    const { store, p1 } = await recordsWorld();
    const a = await saveLogEntry(store, { postingId: p1.id, kind: 'daily', date: '2026-05-11', content: '参加镇党委会议，研究防汛工作' }, TODAY);
    const b = await saveLogEntry(store, { postingId: p1.id, kind: 'daily', date: '2026-05-12', content: '到石岭村检查防汛物资储备情况' }, TODAY);
    const [first] = await recordInspection(store, { postingId: p1.id }, CHECK, TODAY);
    await amendLogEntry(store, b!.id, { amendedOn: TODAY, content: '到石岭村、金山村检查防汛物资储备情况', reason: '漏记金山村' }, TODAY);
    await removeInspection(store, first!.id);
    expect((await store.db.logEntries.get(a!.id))!.locked).toBe(false);
    expect((await store.db.logEntries.get(b!.id))!.locked).toBe(true);
  });
});
