import { describe, expect, it } from 'vitest';
import { bandTexts, headerPaths, sheetTitle } from '@shared/reports/document/inspect';
import { WorkbookDocumentSchema, cellValueOf, isGroupRow, type BodyRow, type DataRow, type WorkbookDocument } from '@shared/reports/document/schema';
import { recordAssessment, saveReserveEntry, saveTalk, updateSettings } from '../../../renderer/src/db/operations';
import { REPORTS } from '../../../renderer/src/reports/index';
import { annualAssessmentReport } from '../../../renderer/src/reports/annual-assessment-report';
import { redBlackReport } from '../../../renderer/src/reports/red-black-report';
import type { ReportDefinition } from '../../../renderer/src/reports/report-definition';
import { reservePoolReport } from '../../../renderer/src/reports/reserve-pool-report';
import { talkReport } from '../../../renderer/src/reports/talk-report';
import { weeklyScoreReport } from '../../../renderer/src/reports/weekly-score-report';
import { assessmentWorld, scoreMonth } from '../db/assessment-world';

const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };
const TODAY = '2026-11-30';

async function build(report: ReportDefinition<any, any>, db: Parameters<ReportDefinition['load']>[0]['db'], options: Record<string, unknown>): Promise<WorkbookDocument> {
  const parsed = report.options.parse(options);
  const doc = report.build(await report.load({ db, site: SITE, today: TODAY }, parsed), parsed);
  expect(WorkbookDocumentSchema.safeParse(doc).error).toBeUndefined();
  return doc;
}
const dataRows = (rows: BodyRow[]) => rows.filter((r): r is DataRow => !isGroupRow(r));
const values = (r: DataRow) => r.cells.map(cellValueOf);

async function county() {
  const world = await assessmentWorld(TODAY);
  await scoreMonth(world, world.units.jiangzhi, '2026-10', { li: 1, wang: 2, zhao: 8 });
  await scoreMonth(world, world.units.puan, '2026-10', { zhou: 3 });
  return world;
}

describe('the 考核 reports', () => {
  it('周考评汇总表: a column per week under 周得分, rank order, 红榜/黑榜 in 备注', async () => {
    const { store, units } = await county();
    const doc = await build(weeklyScoreReport, store.db, { township: units.jiangzhi, month: '2026-10' });
    const head = doc.sheets[0]!.head;
    expect(sheetTitle(head)).toBe('开江县讲治镇2026年10月周考评汇总表');
    expect(headerPaths(head).slice(3, 9)).toEqual([['挂职单位及职务'], ['周得分', '10.05—10.11'], ['周得分', '10.12—10.18'], ['周得分', '10.19—10.25'], ['周得分', '10.26—11.01'], ['已评周数']]);
    expect(dataRows(doc.sheets[0]!.rows).map((r) => values(r).filter((_, i) => [1, 9, 12, 13].includes(i)))).toEqual([
      ['张三', 400, 1, '红榜'],
      ['李四', 396, 2, '红榜'],
      ['王五', 392, 3, '红榜'],
      ['赵六', 368, 4, '黑榜'],
    ]);
    expect(bandTexts(doc.sheets[0]!.footer)[0]).toBe('合计：共4人，已排名4人；红榜3人，黑榜1人。');
  });

  it('红黑榜 of the county: both lists ranked across townships', async () => {
    const { store } = await county();
    const doc = await build(redBlackReport, store.db, { township: '', month: '2026-10' });
    expect(sheetTitle(doc.sheets[0]!.head)).toBe('开江县2026年10月周考评红黑榜');
    const rows = doc.sheets[0]!.rows;
    expect(rows.filter(isGroupRow).map((g) => g.group)).toEqual(['红榜（3人）', '黑榜（3人）']);
    // the black list from the bottom up
    expect(dataRows(rows).slice(3).map((r) => values(r).slice(1, 4))).toEqual([
      [6, '赵六', '讲治镇'],
      [5, '周八', '普安镇'],
      [4, '王五', '讲治镇'],
    ]);
  });

  it('年度考核结果汇总表 counts the grades; a grade above its cap prints the reason', async () => {
    const { store, postings } = await county();
    await store.write((w) => w.create('spotChecks', { postingId: postings.li!, date: '2026-04-08', kind: 'unannounced', inspector: '陈明', inspectorUnit: '县委组织部', result: 'absentUnexcused' }));
    await recordAssessment(store, { postingId: postings.li!, kind: 'annual', period: '2026', assessingUnit: 'receiving', grade: '1', capOverrideReason: '系执行县防汛任务，已补办手续' }, TODAY);
    await recordAssessment(store, { postingId: postings.zhang!, kind: 'annual', period: '2026', assessingUnit: 'receiving', grade: '2' }, TODAY);
    await recordAssessment(store, { postingId: postings.zhou!, kind: 'annual', period: '2026', assessingUnit: 'receiving', grade: '9' }, TODAY);
    const doc = await build(annualAssessmentReport, store.db, { year: '2026' });
    expect(dataRows(doc.sheets[0]!.rows).map((r) => [r.cells[1], r.cells[7], r.cells[9]])).toEqual([
      ['李四', '优秀', '高于等次上限，理由：系执行县防汛任务，已补办手续'],
      ['张三', '称职', ''],
      ['周八', '不定等次', ''],
    ]);
    expect(bandTexts(doc.sheets[0]!.footer)[0]).toBe('合计：共3人，其中优秀1人、称职（合格）1人、基本称职（基本合格）0人、不称职（不合格）0人、不定等次1人。');
    const township = await build(annualAssessmentReport, store.db, { year: '2026', township: (await store.db.units.where('name').equals('普安镇人民政府').first())!.id });
    expect(sheetTitle(township.sheets[0]!.head)).toBe('开江县普安镇挂职干部2026年度考核结果汇总表');
    expect(dataRows(township.sheets[0]!.rows).map((r) => r.cells[1])).toEqual(['周八']);
  });

  it('后备干部库名册 lists the pool; 谈话提醒登记表 only on a 组织部 PC', async () => {
    const { store, postings, cadres } = await county();
    await saveReserveEntry(store, { cadreId: cadres.wang!, addedOn: '2026-11-01', basis: 'recommendation', status: 'in', note: '乡镇党委推荐' }, TODAY);
    const pool = await build(reservePoolReport, store.db, {});
    expect(dataRows(pool.sheets[0]!.rows).map((r) => [r.cells[1], r.cells[9], r.cells[10]])).toEqual([['王五', '组织推荐', '在库']]);

    await saveTalk(store, { cadreId: cadres.zhao, postingId: postings.zhao, kind: 'reminder', trigger: 'weeklyBottom', reason: '连续两个月列入周考评黑榜', scheduledDate: '2026-11-20', heldDate: '2026-11-20', talker: '王部长', recorder: '刘干事', content: '指出问题', response: '接受', status: 'held' }, TODAY);
    const talks = await build(talkReport, store.db, { year: '2026' });
    expect(values(dataRows(talks.sheets[0]!.rows)[0]!).slice(1, 6)).toEqual(['2026.11.20', '赵六', '讲治镇 党委委员、副镇长', '提醒谈话', '周考评末位：连续两个月列入周考评黑榜']);
    expect(REPORTS.filter((r) => r.restricted).map((r) => r.id)).toEqual(['talks']);
    await updateSettings(store, { role: 'receiving' });
    await expect(talkReport.load({ db: store.db, site: SITE, today: TODAY }, talkReport.options.parse({ year: '2026' }))).rejects.toThrow(/只在县委组织部的电脑上显示和导出/);
  });
});
