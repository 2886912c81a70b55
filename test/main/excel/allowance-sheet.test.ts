// 生活补助发放表 written through the streaming job and read back with exceljs: the 13 columns, the
// amounts as #,##0.00, the adjustment line under its payment, the 合计 row and the capital total.
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAllowanceSheet, type AllowanceSheetEntry } from '@shared/reports/allowance-sheet';
import { writeDocument } from './document-job';
import { arrayBufferOf } from './zip-helpers';

const paid = { status: 'paid', trips: 0, tripAmount: 0 };
const ENTRIES: AllowanceSheetEntry[] = [
  {
    cadreName: '张伟',
    dispatchingUnit: '开江县发展和改革局',
    receivingUnit: '讲治镇人民政府',
    basis: 'perMonth',
    payment: { ...paid, days: 31, unitAmount: 500, baseAmount: 500, otherAmount: -50, amount: 450, adjustReason: '9日至10日未在岗' },
    adjustments: [{ status: 'draft', days: null, trips: null, unitAmount: 500, otherAmount: 50, amount: 50, note: '补发50.00元（原发450.00元，应发500.00元）：系公出，误扣' }],
  },
  {
    cadreName: '陈静',
    dispatchingUnit: '开江县发展和改革局',
    receivingUnit: '达州市发展和改革委员会',
    basis: 'perPresentDay',
    payment: { status: 'paid', days: 19.5, trips: 1, unitAmount: 30, baseAmount: 585, tripAmount: 178.3, amount: 763.3 },
    adjustments: [],
  },
  { cadreName: '王芳', dispatchingUnit: '开江县教育局', receivingUnit: '讲治镇人民政府', basis: 'perMonth', payment: { ...paid, days: 15, unitAmount: 500, baseAmount: 250, amount: 250 }, adjustments: [] },
];

describe('生活补助发放表 read back', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const doc = buildAllowanceSheet(ENTRIES, { month: '2026-05', reportingUnit: '中共开江县委组织部', today: '2026-06-03' });
    const bytes = (await writeDocument(doc, { kind: 'memory' })) as Uint8Array;
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/allowance-sheet.xlsx', bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes));
    sheet = workbook.getWorksheet('生活补助发放表')!;
  });

  it('has the title, the 13 columns and A4 landscape', () => {
    expect(sheet.getCell('A1').value).toBe('2026年5月挂职干部生活补助发放表');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号', '姓名', '派出单位', '挂职地点/单位', '补助标准（元/天或元/月）', '在岗天数', '生活补助金额（元）', '往返交通次数', '交通费（元）', '其他（元）', '应发合计（元）', '领款人签字', '备注',
    ]);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  it('prints amounts as #,##0.00, the adjustment as its own line under its payment, and sums that add up', () => {
    const body = [4, 5, 6, 7].map((r) => sheet.getRow(r));
    expect(body.map((r) => r.getCell(2).value)).toEqual(['张伟', '张伟', '陈静', '王芳']);
    expect(body.map((r) => r.getCell(11).value)).toEqual([450, 50, 763.3, 250]);
    expect(body[1]!.getCell(13).value).toBe('补发50.00元（原发450.00元，应发500.00元）：系公出，误扣（待审核）');
    expect(body[0]!.getCell(13).value).toBe('其他系调整：9日至10日未在岗');
    expect(body[0]!.getCell(5).value).toBe('500.00元/月');
    expect(body[2]!.getCell(5).value).toBe('30.00元/天');
    for (const c of [7, 9, 10, 11]) expect(body[0]!.getCell(c).numFmt).toBe('#,##0.00');
    const total = sheet.getRow(8);
    expect(total.getCell(1).value).toBe('合计');
    expect([6, 7, 8, 9, 10, 11].map((c) => total.getCell(c).value)).toEqual([65.5, 1335, 1, 178.3, 0, 1513.3]);
    expect(total.getCell(11).numFmt).toBe('#,##0.00');
    const sum = body.reduce((s, r) => s + Math.round((r.getCell(11).value as number) * 100), 0);
    expect(sum).toBe(151330);
    expect(sheet.getCell('A9').value).toBe('合计人民币（大写）：壹仟伍佰壹拾叁元叁角整');
    expect(sheet.getRow(10).values).toEqual(expect.arrayContaining(['制表人：', '审核人：', '单位负责人：']));
  });
});
