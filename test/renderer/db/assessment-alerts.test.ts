import { describe, expect, it } from 'vitest';
import { saveTalk, saveWeekSheet, updateSettings } from '../../../renderer/src/db/operations';
import { collectAssessmentAlerts } from '../../../renderer/src/db/queries/assessment-alerts';
import { loadWeekSheet } from '../../../renderer/src/db/queries/weekly-scores';
import { assessmentWorld, scoreMonth } from './assessment-world';

const TODAY = '2026-11-30';

describe('the 考核 alerts of 概览', () => {
  it('weeks ended without a score, per township; proposed and overdue talks on a 组织部 PC only', async () => {
    const world = await assessmentWorld(TODAY);
    const { store, units, postings, cadres } = world;
    for (const month of ['2026-09', '2026-10']) await scoreMonth(world, units.jiangzhi, month, { li: 1, wang: 1, zhang: 2, zhao: 8 });
    for (const week of ['2026-11-02', '2026-11-09', '2026-11-16']) {
      const { rows } = await loadWeekSheet(store.db, units.jiangzhi, week);
      await saveWeekSheet(store, units.jiangzhi, week, rows.map((r) => ({ postingId: r.postingId, items: r.items })), null);
    }
    await saveTalk(store, { cadreId: cadres.li, postingId: postings.li, kind: 'heartToHeart', trigger: 'other', scheduledDate: '2026-11-20', talker: '王部长', recorder: '刘干事', status: 'planned' }, TODAY);

    const alerts = await collectAssessmentAlerts(store.db, TODAY);
    const missing = alerts.filter((a) => a.kind === 'weeklyScoreMissing').map((a) => a.message);
    expect(missing).toEqual(['普安镇有8周未录齐周考评（自2026.10.05—10.11起，共缺16人次）', '讲治镇2026年11月23日起的一周（2026.11.23—11.29）有5人未录入周考评']);
    expect(alerts.filter((a) => a.kind === 'talkProposed').map((a) => a.message)).toEqual(['赵六连续两个月（2026年9月、10月）列入周考评黑榜，建议2026年12月3日前进行提醒谈话']);
    expect(alerts.filter((a) => a.kind === 'talkOverdue').map((a) => a.message)).toEqual(['对李四的谈话原定2026年11月20日进行，尚未记录谈话情况']);

    await updateSettings(store, { role: 'receiving' });
    const township = await collectAssessmentAlerts(store.db, TODAY);
    expect(township.every((a) => a.kind === 'weeklyScoreMissing')).toBe(true);
    expect(township).toHaveLength(missing.length);
  });
});
