import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTENDANCE_SUMMARY_COLUMNS, buildAttendanceBulletin, buildAttendanceSummary } from '@shared/reports/attendance-summary';
import { buildLeaveRegister } from '@shared/reports/leave-register';
import { buildSpotCheckRegister } from '@shared/reports/spot-check-register';
import type { WorkbookDocument } from '@shared/reports/document/schema';
import { ATTENDANCE_ROWS, LEAVE_ROWS, SPOT_CHECK_ROWS } from '../../shared/reports/attendance-report-fixture';
import { writeDocument } from './document-job';

const OPTS = { month: '2026-11', scopeName: '讲治镇', reportingUnit: '讲治镇党委组织办', reportDate: '2026-12-03' };

/** `doc` written by main's streaming writer and opened again with exceljs. */
async function readBack(doc: WorkbookDocument): Promise<ExcelJS.Worksheet> {
  const bytes = (await writeDocument(doc, { kind: 'memory' })) as Uint8Array;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

const texts = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));

describe('月度考勤汇总表 and 考勤通报 read back with exceljs', () => {
  let summary: ExcelJS.Worksheet;
  let bulletin: ExcelJS.Worksheet;
  beforeAll(async () => {
    summary = await readBack(buildAttendanceSummary(ATTENDANCE_ROWS, OPTS));
    bulletin = await readBack(buildAttendanceBulletin(ATTENDANCE_ROWS, OPTS));
  });

  it('has the title, then a two-row header: 请假天数 and 抽查情况 merged over their columns, the others merged down', () => {
    expect(summary.getCell('A1').value).toBe('讲治镇2026年11月挂职干部考勤汇总表');
    expect(texts(summary.getRow(3)).slice(0, 8)).toEqual(['序号', '姓名', '派出单位', '挂职（驻村）单位及职务', '应出勤天数', '实际在岗天数（含公出）', '公出天数', '请假天数']);
    // a cell merged down (K3:K4) reads as its label in both rows
    expect(texts(summary.getRow(4)).slice(7, 13)).toEqual(['事假', '病假', '其他', '无故缺勤天数', '抽查次数', '不在岗次数']);
    expect(summary.model.merges).toEqual(expect.arrayContaining(['H3:J3', 'L3:M3', 'A3:A4', 'E3:E4', 'P3:P4']));
    expect(summary.columnCount).toBe(ATTENDANCE_SUMMARY_COLUMNS.length);
  });

  it('has one row per cadre with numbers as numbers, then the 合计 row over 序号…单位 and the count line', () => {
    expect(summary.getCell('B7').value).toBe('刘洋');
    expect(summary.getCell('F7').value).toBe(19.5);
    expect(summary.getCell('N7').value).toBe(92.9);
    expect(summary.getCell('O7').value).toBe('未达标');
    expect(summary.getCell('A8').value).toBe('合计');
    expect(summary.model.merges).toContain('A8:D8');
    expect([summary.getCell('E8').value, summary.getCell('F8').value, summary.getCell('N8').value, summary.getCell('O8').value]).toEqual([63, 57.5, 91.3, '达标1人']);
    expect(summary.getCell('A9').value).toBe('合计：共3人，全勤1人；达到每月最少在岗天数1人，未达到2人。');
  });

  it('the bulletin carries the same table and then the narrative paragraph across the width', () => {
    expect(bulletin.getCell('A1').value).toBe('关于讲治镇挂职干部2026年11月考勤情况的通报');
    expect(bulletin.getCell('F7').value).toBe(19.5);
    const paragraph = String(bulletin.getCell('A9').value);
    expect(paragraph).toMatch(/本月应参加考勤3人，全勤1人.*考勤异常2人：讲治镇石岭村王芳/);
    expect(bulletin.model.merges).toContain('A9:P9');
  });
});

describe('请假登记表 read back with exceljs', () => {
  it('has the §4.4 header in one row and the overstayed leave marked', async () => {
    const sheet = await readBack(buildLeaveRegister(LEAVE_ROWS, { periodText: '2026年11月', scopeName: '讲治镇', reportingUnit: '讲治镇党委组织办', reportDate: '2026-11-30' }));
    expect(sheet.getCell('A1').value).toBe('讲治镇挂职干部请假登记表（2026年11月）');
    expect(texts(sheet.getRow(3))).toEqual(['序号', '姓名', '挂职（驻村）单位', '请假类别', '请假事由', '去向', '起始时间', '截止时间', '天数', '审批人（各级）', '审批时间', '销假时间', '是否超假', '备注']);
    expect(sheet.getCell('B4').value).toBe('王芳');
    expect(sheet.getCell('I4').value).toBe(4);
    expect(sheet.getCell('M4').value).toBe('是');
    expect(sheet.getCell('G5').value).toBe('2026.11.10 下午');
    expect(String(sheet.getCell('A6').value)).toMatch(/^合计：共2条请假记录，4.5天/);
  });
});

describe('抽查情况登记表 read back with exceljs', () => {
  it('has one row per spot check as recorded, then the total line counted from the checks', async () => {
    const sheet = await readBack(buildSpotCheckRegister(SPOT_CHECK_ROWS, { periodText: '2026年11月', scopeName: '讲治镇', reportingUnit: '讲治镇党委组织办', reportDate: '2026-11-30' }));
    expect(sheet.getCell('A1').value).toBe('讲治镇挂职干部抽查情况登记表（2026年11月）');
    expect(sheet.model.merges).toContain('A1:K1');
    expect(texts(sheet.getRow(3))).toEqual(['序号', '日期', '时间', '方式', '检查人', '姓名', '挂职（驻村）单位', '结果', '是否有正当理由/说明', '处理情况', '备注']);
    const body = [4, 5, 6].map((r) => texts(sheet.getRow(r)));
    SPOT_CHECK_ROWS.forEach((row, i) => {
      expect(body[i]![0]).toBe(String(i + 1));
      expect(body[i]![1]).toBe(row.check.date.replaceAll('-', '.'));
      expect(body[i]![5]).toBe(row.name);
      expect(body[i]![7]).toBe(row.check.result === 'onDuty' ? '在岗' : '不在岗');
      expect(sheet.getRow(4 + i).getCell(11).value ?? '').toBe(row.check.note ?? '');
    });
    expect(sheet.getCell('J6').value).toBe('当日按缺勤计；本年度第2次无故不在岗，年度考核最高评为基本称职');
    const away = SPOT_CHECK_ROWS.filter((r) => r.check.result !== 'onDuty').length;
    expect(String(sheet.getCell('A7').value)).toBe(`合计：抽查${SPOT_CHECK_ROWS.length}人次，在岗${SPOT_CHECK_ROWS.length - away}人次，不在岗${away}人次（其中无故不在岗1人次）。截至2026年11月30日。`);
    expect(sheet.getCell('A8').value).toBe('填表人：        审核人：        联系电话：');
  });
});
