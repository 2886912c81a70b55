// The document model end to end: a payment-sheet-like workbook with a two-level merged header, a
// hidden technical column, money totals, a narrative paragraph and a signature block, plus a
// hidden _manifest sheet before it, 20,000 rows streamed through the job and read back with exceljs.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signatureBand, textBand, totalBand } from '@shared/reports/document/bands';
import { countySheetHead } from '@shared/reports/document/county-sheet';
import type { BodyRow, SheetDocument, WorkbookDocument } from '@shared/reports/document/schema';
import { writeDocument } from './document-job';
import { arrayBufferOf } from './zip-helpers';

const ROW_COUNT = 20_000;
const MONEY = '#,##0.00';
const PARAGRAPH = `本月共有挂职干部${ROW_COUNT}人，${'其中全勤的按标准发放生活补助，请假和缺勤的按实际在岗天数计算；'.repeat(4)}请各单位核对后签字。`;

const COLUMNS = [
  { key: 'seq', header: '序号', width: 6, align: 'center' as const },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'id', header: '编号', width: 38, numFmt: '@', hidden: true },
  { key: 'due', header: ['出勤天数', '应出勤'], width: 8, align: 'center' as const },
  { key: 'present', header: ['出勤天数', '在岗'], width: 8, align: 'center' as const },
  { key: 'allowance', header: ['金额（元）', '生活补助'], width: 12, numFmt: MONEY },
  { key: 'travel', header: ['金额（元）', '交通费'], width: 12, numFmt: MONEY },
  { key: 'remarks', header: '备注', width: 16 },
];

const rows: BodyRow[] = Array.from({ length: ROW_COUNT }, (_, i) => ({
  cells: [i + 1, `干部${i + 1}`, `0000${i}-${'a'.repeat(8)}`, 22, 22 - (i % 3), 30 * (22 - (i % 3)) + 0.5, i % 2 ? 120.25 : 0, i % 500 === 0 ? '=SUM(F4:F9)' : ''],
  ...(i % 3 === 2 ? { highlight: 'amber' as const } : {}),
}));
const allowanceTotal = rows.reduce((sum, row) => sum + ('cells' in row ? (row.cells[5] as number) : 0), 0);
const travelTotal = rows.reduce((sum, row) => sum + ('cells' in row ? (row.cells[6] as number) : 0), 0);

const manifest: SheetDocument = {
  head: { name: '_manifest', state: 'hidden', columns: [{ key: 'key', width: 20 }, { key: 'value', width: 60, numFmt: '@' }] },
  rows: [{ cells: ['format', 'gzt-package'] }, { cells: ['rows', String(ROW_COUNT)] }],
  footer: [],
};
const payments: SheetDocument = {
  head: countySheetHead({ name: '补助发放', title: '开江县2024年5月挂职干部生活补助发放表', reportingUnit: '中共开江县委组织部', reportDate: '2024-06-03', unitNote: '单位：元', columns: COLUMNS, orientation: 'landscape' }),
  rows,
  footer: [totalBand(['合计', null, null, null, null, allowanceTotal, travelTotal, null], 2), textBand(PARAGRAPH, COLUMNS.length), signatureBand(['制表人', '审核人', '单位负责人'], COLUMNS.length)],
};
const DOC: WorkbookDocument = { sheets: [manifest, payments] };

describe('a workbook document written and read back', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const bytes = (await writeDocument(DOC, { kind: 'memory' })) as Uint8Array;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes));
    sheet = workbook.getWorksheet('补助发放')!;
  }, 120_000);

  it('keeps the hidden _manifest sheet first, its values as text, and opens on the visible sheet', () => {
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['_manifest', 'hidden'],
      ['补助发放', 'visible'],
    ]);
    const manifestSheet = workbook.getWorksheet('_manifest')!;
    expect(manifestSheet.getCell('B2').value).toBe(String(ROW_COUNT));
    expect(manifestSheet.getCell('B2').numFmt).toBe('@');
    expect(workbook.views[0]).toMatchObject({ activeTab: 1 });
  });

  it('lays out the two-level header: groups merged across, single headers merged down', () => {
    expect(sheet.getCell('A1').value).toBe('开江县2024年5月挂职干部生活补助发放表');
    expect(sheet.getCell('E2').value).toBe('填报日期：2024年6月3日　　单位：元');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '编号', '出勤天数', '出勤天数', '金额（元）', '金额（元）', '备注']);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '编号', '应出勤', '在岗', '生活补助', '交通费', '备注']);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:H1', 'A2:D2', 'E2:H2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4']));
    for (const address of ['D3', 'E3', 'D4', 'H4']) {
      expect(sheet.getCell(address).font, address).toMatchObject({ bold: true });
      for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(sheet.getCell(address).border[side]?.style, address).toBe('thin');
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '1:4' });
  });

  it('hides the technical column and keeps it as text', () => {
    expect(sheet.getColumn(3).hidden).toBe(true);
    expect(sheet.getColumn(2).hidden).toBe(false);
    expect(sheet.getCell('C5').value).toBe('00000-aaaaaaaa');
    expect(sheet.getCell('C5').numFmt).toBe('@');
  });

  it('reads back all 20,000 rows exactly, money formatted #,##0.00 and right-aligned', () => {
    const mismatches: number[] = [];
    rows.forEach((row, i) => {
      const excelRow = sheet.getRow(5 + i);
      const got = COLUMNS.map((_, c) => excelRow.getCell(c + 1).value ?? '');
      if (!('cells' in row) || JSON.stringify(got) !== JSON.stringify(row.cells)) mismatches.push(i);
    });
    expect(mismatches).toEqual([]);
    expect(sheet.getCell('F5').numFmt).toBe(MONEY);
    expect(sheet.getCell('F5').alignment).toMatchObject({ horizontal: 'right' });
    expect(sheet.getCell('D5').alignment).toMatchObject({ horizontal: 'center' });
    expect((sheet.getCell('B7').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(sheet.getCell('H5').type).toBe(ExcelJS.ValueType.String);
  });

  it('ends with the 合计 row, the paragraph merged across and wrapped, and the signature block', () => {
    const total = 5 + ROW_COUNT;
    expect(sheet.getCell(`A${total}`).value).toBe('合计');
    expect(sheet.model.merges).toEqual(expect.arrayContaining([`A${total}:B${total}`, `A${total + 1}:H${total + 1}`]));
    expect(sheet.getCell(`F${total}`).value).toBeCloseTo(allowanceTotal, 2);
    expect(sheet.getCell(`G${total}`).value).toBeCloseTo(travelTotal, 2);
    expect(sheet.getCell(`F${total}`).numFmt).toBe(MONEY);
    expect(sheet.getCell(`F${total}`).font).toMatchObject({ bold: true });
    expect(sheet.getCell(`A${total + 1}`).value).toBe(PARAGRAPH);
    expect(sheet.getCell(`A${total + 1}`).alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(total + 1).height).toBeGreaterThan(30);
    expect([sheet.getCell(`A${total + 2}`).value, sheet.getCell(`C${total + 2}`).value, sheet.getCell(`F${total + 2}`).value]).toEqual(['制表人：', '审核人：', '单位负责人：']);
    expect(sheet.rowCount).toBe(total + 2);
  });
});

describe('a table longer than one sheet', () => {
  it('continues on <name>(2), <name>(3) with the head repeated, the footer on the last part, before the next sheet', async () => {
    const head = countySheetHead({ name: '考勤明细', title: '考勤明细', reportingUnit: '城关镇', reportDate: '2024-06-03', columns: [{ key: 'seq', header: '序号', width: 6 }], orientation: 'portrait' });
    const body: BodyRow[] = Array.from({ length: 250 }, (_, i) => ({ cells: [i + 1] }));
    const doc: WorkbookDocument = {
      sheets: [
        { head, rows: body, footer: [textBand('合计：250条', 1)] },
        { head: { name: '说明', columns: [{ key: 'text', width: 40 }] }, rows: [{ cells: ['完'] }], footer: [] },
      ],
    };
    const bytes = (await writeDocument(doc, { kind: 'memory' }, { maxBodyRows: 100, chunk: 70 })) as Uint8Array;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['考勤明细', '考勤明细(2)', '考勤明细(3)', '说明']);
    const [first, second, third] = workbook.worksheets;
    for (const part of [first!, second!, third!]) {
      expect(part.getCell('A1').value).toBe('考勤明细');
      expect(part.getCell('A3').value).toBe('序号');
    }
    expect([first!.getCell('A4').value, first!.getCell('A103').value, first!.rowCount]).toEqual([1, 100, 103]);
    expect([second!.getCell('A4').value, second!.getCell('A103').value]).toEqual([101, 200]);
    expect([third!.getCell('A53').value, third!.getCell('A54').value, third!.rowCount]).toEqual([250, '合计：250条', 54]);
  });
});
