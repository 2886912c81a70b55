import 'fake-indexeddb/auto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, monthOf, todayIso } from '@shared/domain/dates';
import type { WorkbookDocument } from '@shared/reports/document/schema';
import { loadSample } from '../../../renderer/src/db/operations';
import { listTownships } from '../../../renderer/src/db/queries/weekly-scores';
import type { Store } from '../../../renderer/src/db/store';
import { annualAssessmentReport } from '../../../renderer/src/reports/annual-assessment-report';
import { redBlackReport } from '../../../renderer/src/reports/red-black-report';
import type { ReportDefinition } from '../../../renderer/src/reports/report-definition';
import { reservePoolReport } from '../../../renderer/src/reports/reserve-pool-report';
import { statisticsReport } from '../../../renderer/src/reports/statistics-report';
import { talkReport } from '../../../renderer/src/reports/talk-report';
import { weeklyScoreReport } from '../../../renderer/src/reports/weekly-score-report';
import { newStore } from '../../renderer/db/test-store';
import { writeDocument } from './document-job';

/**
 * The 考核 reports as a clerk receives them: the sample county (with its 考核 step) through each
 * report's load and build, written by main's streaming writer to test-results/reports/ (where
 * LibreOffice renders them for a look), then opened again with exceljs.
 */
const OUT = resolve(import.meta.dirname, '../../../test-results/reports');
const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };

let store: Store;
const today = todayIso();
const lastMonth = monthOf(addMonths(`${monthOf(today)}-01`, -1));

async function exported(report: ReportDefinition<any, any>, options: Record<string, unknown>): Promise<{ doc: WorkbookDocument; sheet: ExcelJS.Worksheet }> {
  const parsed = report.options.parse(options);
  const data = await report.load({ db: store.db, site: SITE, today }, parsed);
  const doc = report.build(data, parsed);
  const path = resolve(OUT, report.fileName(data, parsed));
  await writeDocument(doc, { kind: 'file', path });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { doc, sheet: wb.worksheets[0]! };
}

/** The text of a row's cells, left to right. */
const rowTexts = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
/** The row numbers whose first cell reads `text`. */
const rowsStarting = (sheet: ExcelJS.Worksheet, text: string) => {
  const out: number[] = [];
  sheet.eachRow((row, n) => row.getCell(1).value === text && out.push(n));
  return out;
};

describe('the 考核 reports written to .xlsx and read back', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    store = await newStore();
    await loadSample(store, 300);
  }, 60_000);

  it('统计表: the two-level header, and 合计 equal to the sum of the rows in every column', async () => {
    const { sheet } = await exported(statisticsReport, { withShare: true });
    expect(sheet.getCell('A1').value).toMatch(/^开江县挂职干部情况统计表（截至\d{4}年\d{1,2}月\d{1,2}日）$/);
    expect(rowTexts(sheet, 3).slice(0, 6)).toEqual(['挂职类型', '总人数', '性别', '性别', '民族', '民族']);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3']));
    expect(rowTexts(sheet, 4).slice(2, 6)).toEqual(['男', '女', '汉族', '少数民族']);
    const [total] = rowsStarting(sheet, '合计');
    const first = 5;
    for (let col = 2; col <= sheet.columnCount; col++) {
      if (sheet.getCell(4, col).value === '平均年龄') continue;
      let sum = 0;
      for (let r = first; r < total!; r++) sum += Number(sheet.getCell(r, col).value ?? 0);
      expect(Number(sheet.getCell(total!, col).value), `column ${col}`).toBe(sum);
    }
    expect(sheet.getCell(total! + 1, 1).value).toBe('占比（%）');
    expect(sheet.getCell(total! + 1, 2).value).toBe(100);
  });

  it('周考评汇总表 and 红黑榜 of the sample’s first township, last month', async () => {
    const [first] = await listTownships(store.db);
    const { sheet } = await exported(weeklyScoreReport, { township: first!.id, month: lastMonth });
    expect(sheet.getCell('A1').value).toBe(`开江县${first!.name}${Number(lastMonth.slice(0, 4))}年${Number(lastMonth.slice(5))}月周考评汇总表`);
    const ranks: number[] = [];
    sheet.eachRow((row, n) => n > 4 && typeof row.getCell(1).value === 'number' && ranks.push(Number(row.getCell(sheet.columnCount - 1).value)));
    expect(ranks.length).toBeGreaterThan(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const lists = await exported(redBlackReport, { township: first!.id, month: lastMonth });
    expect(rowsStarting(lists.sheet, '红榜').length + rowsStarting(lists.sheet, '黑榜').length).toBe(0);
    const groups: string[] = [];
    lists.sheet.eachRow((row) => /^(红榜|黑榜)（\d+人）$/.test(String(row.getCell(1).value)) && groups.push(String(row.getCell(1).value)));
    expect(groups).toHaveLength(2);
  });

  it('谈话提醒登记表, 年度考核结果汇总表 and 后备干部库名册', async () => {
    const talks = await exported(talkReport, { year: today.slice(0, 4) });
    expect(talks.sheet.getCell('A1').value).toBe(`开江县挂职干部谈话提醒登记表（${today.slice(0, 4)}年）`);
    expect(rowTexts(talks.sheet, 3)).toEqual(['序号', '谈话日期', '姓名', '挂职单位及职务', '谈话类别', '谈话起因', '谈话人', '记录人', '谈话要点', '本人表态', '跟踪回访', '状态']);
    const year = String(Number(today.slice(0, 4)) - 1);
    const annual = await exported(annualAssessmentReport, { year });
    const total = String(annual.sheet.getCell(annual.sheet.rowCount - 1, 1).value);
    const listed = annual.sheet.rowCount - 5;
    expect(total).toMatch(new RegExp(`^合计：共${listed}人，其中优秀\\d+人`));
    const pool = await exported(reservePoolReport, { status: 'all' });
    expect(pool.sheet.getCell('A1').value).toBe('开江县后备干部库名册');
    expect(String(pool.sheet.getCell(pool.sheet.rowCount - 1, 1).value)).toMatch(/^合计：共\d+人，其中在库\d+人、已使用1人、已出库0人。$/);
  });
});
