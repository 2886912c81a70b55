import { describe, expect, it } from 'vitest';
import { recordInspection, saveLogEntry, saveRecordBookSettings } from '../../../../renderer/src/db/operations';
import { collectRecordBookAlerts } from '../../../../renderer/src/db/queries/record-book-alerts';
import { recordsWorld, TODAY } from '../records-world';

describe('record-book alerts on 概览', () => {
  it('finds gaps, missing analyses and overdue rectifications through the indexes, with the county’s thresholds', async () => {
    const { store, p1, p2, p3 } = await recordsWorld();
    await saveLogEntry(store, { postingId: p1.id, kind: 'daily', date: '2026-05-05', content: '参加镇党委会议，研究春耕生产工作' }, TODAY);
    await saveLogEntry(store, { postingId: p1.id, kind: 'daily', date: '2026-05-06', content: '到石岭村走访脱贫户5户，了解务工情况' }, TODAY);
    await saveLogEntry(store, { postingId: p1.id, kind: 'monthlyAnalysis', periodStart: '2026-04-01', content: '四月工作分析：走访32户，项目推进顺利。' }, TODAY);
    for (const p of [p2, p3]) for (const d of ['2026-05-18', '2026-05-19']) await saveLogEntry(store, { postingId: p.id, kind: 'daily', date: d, content: '到村组开展走访，了解群众诉求并登记' }, TODAY);
    await recordInspection(store, { postingId: p1.id }, { date: '2026-05-07', inspector: '王组织', inspectorUnit: '县委组织部', scope: ['recordBook'], periodFrom: '2026-05-01', periodTo: '2026-05-06', comment: '内容过简', rectificationRequired: true, rectifyBy: '2026-05-15' }, TODAY);

    const alerts = await collectRecordBookAlerts(store.db, TODAY);
    const of = (postingId: string) => alerts.filter((a) => a.postingId === postingId).map((a) => a.kind).sort();
    expect(of(p1.id)).toEqual(['dailyEntryGap', 'monthlyAnalysisMissing', 'rectificationOverdue']);
    const gap = alerts.find((a) => a.kind === 'dailyEntryGap')!;
    // 05-07 … 05-19: ten working days without an entry (Saturday 05-09 is a 调休 working day)
    expect(gap).toMatchObject({ days: 10, link: { section: 'records', tab: 'entries', params: { posting: p1.id } } });
    expect(gap.message).toBe('张三已连续10个工作日未填写工作纪实（最近一次：2026年5月6日）');
    expect(alerts.find((a) => a.kind === 'rectificationOverdue')).toMatchObject({ days: -5, dueDate: '2026-05-15', link: { tab: 'inspections' } });
    expect(of(p2.id)).toEqual(['monthlyAnalysisMissing']);

    await saveRecordBookSettings(store, { maxDaysWithoutEntry: 10, monthlyAnalysisDueDay: 25, inspectionIntervalMonths: 2 });
    const relaxed = await collectRecordBookAlerts(store.db, TODAY);
    const kinds = (postingId: string) => relaxed.filter((a) => a.postingId === postingId).map((a) => a.kind).sort();
    // No gap over ten working days; April's analysis is not due before the 25th; 李四 was never inspected in two months.
    expect(kinds(p1.id)).toEqual(['monthlyAnalysisMissing', 'rectificationOverdue']);
    expect(kinds(p2.id)).toEqual(['inspectionOverdue', 'monthlyAnalysisMissing']);
  });
});
