import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkbookJob, type WorkbookJob } from '../../../electron/main/services/excel/workbook-writer';
import { ETHNICITY } from '@shared/domain/codes';
import { BridgeException } from '@shared/ipc/errors';
import { SIGNATURE_LINE, textLines } from '@shared/reports/document/bands';
import { countySheetHead, type CountySheetOptions } from '@shared/reports/document/county-sheet';
import { notesSheet } from '@shared/reports/document/notes-sheet';
import { LISTS_SHEET_NAME, type Band, type BodyRow, type SheetHead } from '@shared/reports/document/schema';
import { writeDocument } from './document-job';
import { arrayBufferOf, cellFormats, styleIndexOf, zipText } from './zip-helpers';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gzt-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LAYOUT: CountySheetOptions = {
  name: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  unitNote: '单位：人',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5, align: 'center' },
    { key: 'name', header: '姓名', width: 9, align: 'center' },
    { key: 'unit', header: '原工作单位及职务', width: 26 },
    { key: 'amount', header: '补助金额', width: 12, numFmt: '#,##0.00' },
    { key: 'remarks', header: '备注', width: 14 },
    { key: 'sex', header: '性别', width: 6, align: 'center', list: ['男', '女'], note: '从下拉列表选择' },
  ],
};
const HEAD: SheetHead = countySheetHead(LAYOUT);
const NOTES = notesSheet('填写说明', ['填写说明', '一、每行填写一人。']);

const ROWS: BodyRow[] = [
  { group: '第一批（2024年）双向挂职' },
  { cells: [1, '张三', '县财政局办公室主任', 1234.5, '=1+1', '男'], highlight: 'red' },
  { cells: [2, '李四', '+8613800000000', null, '-5', '女'], highlight: 'amber' },
  { cells: [3, '王五', '@SUM(A1)', 0, '', null], highlight: 'yellow' },
  { cells: [4, '赵六', '县教育局'] },
];

const TOTALS = ['合计：共4人，其中女性1人、党外0人、少数民族0人', SIGNATURE_LINE];
const TAIL: Band[] = textLines(TOTALS, 6);

async function writeFile(head: SheetHead, rows: BodyRow[], name = '名册.xlsx', withNotes = true): Promise<string> {
  const path = join(dir, name);
  const footer = textLines(TOTALS, head.columns.length);
  await writeDocument({ sheets: [{ head, rows, footer }, ...(withNotes ? [NOTES] : [])] }, { kind: 'file', path });
  return path;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('workbook writer: layout', () => {
  let path: string;
  let sheet: ExcelJS.Worksheet;
  beforeEach(async () => {
    path = await writeFile(HEAD, ROWS);
    sheet = (await load(path)).getWorksheet('花名册')!;
  });

  it('row 1: the title merged across all columns, bold 18pt 黑体, centred', () => {
    expect(sheet.getCell('A1').value).toBe('开江县挂职干部花名册');
    expect(sheet.model.merges).toContain('A1:F1');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '黑体', size: 18, bold: true });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(sheet.getRow(1).height).toBe(36);
  });

  it('row 2: 填报单位 over the left half, 填报日期 (with the unit note) right-aligned over the right half', () => {
    expect(sheet.getCell('A2').value).toBe('填报单位：中共开江县委组织部');
    expect(sheet.getCell('D2').value).toBe('填报日期：2024年5月6日　　单位：人');
    expect(sheet.getCell('D2').alignment).toMatchObject({ horizontal: 'right' });
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A2:C2', 'D2:F2']));
  });

  it('row 3: the header labels in order, bold, centred, wrapped, grey, thin borders all round', () => {
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '姓名', '原工作单位及职务', '补助金额', '备注', '性别']);
    for (let c = 1; c <= 6; c++) {
      const cell = sheet.getRow(3).getCell(c);
      expect(cell.font).toMatchObject({ bold: true });
      expect(cell.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
      for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(cell.border[side]?.style).toBe('thin');
    }
    expect(sheet.getRow(3).height).toBe(30);
  });

  it('a group row is merged across, bold and left-aligned', () => {
    expect(sheet.getCell('A4').value).toBe('第一批（2024年）双向挂职');
    expect(sheet.model.merges).toContain('A4:F4');
    expect(sheet.getCell('A4').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A4').alignment).toMatchObject({ horizontal: 'left' });
  });

  it('data cells: thin borders, wrapped, vertically centred, 宋体 11, aligned per column', () => {
    for (let c = 1; c <= 6; c++) {
      const cell = sheet.getRow(8).getCell(c);
      for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(cell.border[side]?.style, `col ${c}`).toBe('thin');
      expect(cell.alignment).toMatchObject({ vertical: 'middle', wrapText: true });
      expect(cell.font).toMatchObject({ name: '宋体', size: 11 });
    }
    expect(sheet.getCell('A5').alignment.horizontal).toBe('center');
    expect(sheet.getCell('C5').alignment.horizontal).toBe('left');
    expect(sheet.getCell('D5').alignment.horizontal).toBe('right');
  });

  it('numbers stay numbers; money is formatted #,##0.00; empty cells stay empty', () => {
    expect(sheet.getCell('A5').value).toBe(1);
    expect(sheet.getCell('D5').value).toBe(1234.5);
    expect(sheet.getCell('D5').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D7').value).toBe(0);
    expect(sheet.getCell('D6').value).toBeNull();
    expect(sheet.getCell('E7').value).toBeNull();
  });

  it('highlighted rows are filled red, amber and yellow', () => {
    const fill = (address: string) => (sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('B5')).toBe('FFFFC7CE');
    expect(fill('F5')).toBe('FFFFC7CE');
    expect(fill('B6')).toBe('FFFFEB9C');
    expect(fill('B7')).toBe('FFFFFFCC');
    expect(fill('B8')).toBeUndefined();
  });

  it('the footer lines follow the data, each merged across and left-aligned', () => {
    expect(sheet.getCell('A9').value).toBe('合计：共4人，其中女性1人、党外0人、少数民族0人');
    expect(sheet.getCell('A10').value).toBe(SIGNATURE_LINE);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A9:F9', 'A10:F10']));
    expect(sheet.getCell('A9').alignment).toMatchObject({ horizontal: 'left' });
    expect(sheet.rowCount).toBe(10);
  });

  it('prints A4 landscape, one page wide, header rows repeated, centred, with page numbers', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5 },
    });
    expect(sheet.headerFooter.oddFooter).toContain('&P');
  });

  it('freezes the panes below the header and sets the column widths', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.columns.map((c) => c.width)).toEqual([5, 9, 26, 12, 14, 6]);
  });

  it('keeps formula-like text as text, marked with the quote prefix', async () => {
    for (const [address, text] of [
      ['E5', '=1+1'],
      ['C6', '+8613800000000'],
      ['E6', '-5'],
      ['C7', '@SUM(A1)'],
    ] as const) {
      const cell = sheet.getCell(address);
      expect(cell.type, address).toBe(ExcelJS.ValueType.String);
      expect(cell.value, address).toBe(text);
      expect(cell.formula, address).toBeUndefined();
    }
    const bytes = new Uint8Array(readFileSync(path));
    const sheetXml = await zipText(bytes, 'xl/worksheets/sheet1.xml');
    const formats = cellFormats(await zipText(bytes, 'xl/styles.xml'));
    expect(sheetXml).not.toContain('<f>');
    expect(formats[styleIndexOf(sheetXml, 'E5')]).toContain('quotePrefix="1"');
    expect(formats[styleIndexOf(sheetXml, 'C7')]).toContain('quotePrefix="1"');
    expect(formats[styleIndexOf(sheetXml, 'C5')]).not.toContain('quotePrefix');
    // The quoted cell keeps the row's fill and borders.
    expect((sheet.getCell('E5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  });

  it('quotes formula-like text in the title, group and footer rows too', async () => {
    const title = '=HYPERLINK("http://evil.invalid","点此")';
    const job = await createWorkbookJob([countySheetHead({ ...LAYOUT, title })], { kind: 'memory' });
    await job.append(0, [{ group: '-第一组' }], textLines(['@合计'], 6));
    const bytes = (await job.finish()) as Uint8Array;
    const sheetXml = await zipText(bytes, 'xl/worksheets/sheet1.xml');
    const formats = cellFormats(await zipText(bytes, 'xl/styles.xml'));
    expect(sheetXml).not.toContain('<f>');
    for (const address of ['A1', 'A4', 'A5']) expect(formats[styleIndexOf(sheetXml, address)], address).toContain('quotePrefix="1"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes));
    expect(workbook.getWorksheet('花名册')!.getCell('A1').value).toBe(title);
  });

  it('puts the dropdown on the data rows of a list column and the note on its header', () => {
    expect(sheet.getCell('F5').dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(sheet.getCell('F8').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('E5').dataValidation).toBeUndefined();
    const note = sheet.getCell('F3').note;
    expect(typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('')).toBe('从下拉列表选择');
  });

  it('adds the 填写说明 sheet after the data sheet', async () => {
    const workbook = await load(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['花名册', '填写说明']);
    const notes = workbook.getWorksheet('填写说明')!;
    expect(notes.getCell('A1').value).toBe('填写说明');
    expect(notes.getCell('A2').value).toBe('一、每行填写一人。');
  });
});

describe('workbook writer: templates', () => {
  it('keeps a short list inline, puts a long one (or one with commas) on a hidden sheet, covering the input rows of an empty template', async () => {
    const ethnicities = ETHNICITY.items.map((i) => i.label);
    const units = Array.from({ length: 80 }, (_, i) => `开江县第${i + 1}单位`);
    const head: SheetHead = {
      ...countySheetHead({
        ...LAYOUT,
        columns: [
          { key: 'name', header: '姓名*', width: 9 },
          { key: 'unit', header: '单位', width: 20, list: units },
          { key: 'ethnicity', header: '民族', width: 8, list: ethnicities },
          { key: 'mixed', header: '类别', width: 8, list: ['甲,乙', '=丙'] },
        ],
      }),
      inputRows: 200,
    };
    const path = join(dir, '模板.xlsx');
    const job = await createWorkbookJob([head], { kind: 'file', path });
    await job.finish();
    const workbook = await load(path);
    const lists = workbook.getWorksheet(LISTS_SHEET_NAME)!;
    expect(lists.state).toBe('hidden');
    expect(lists.getColumn(2).values.slice(1)).toEqual(units);
    expect(lists.getColumn(4).values.slice(1)).toEqual(['甲,乙', '=丙']);
    const sheet = workbook.getWorksheet('花名册')!;
    expect(sheet.getCell('B4').dataValidation).toMatchObject({ type: 'list', formulae: [`'${LISTS_SHEET_NAME}'!$B$1:$B$80`] });
    expect(sheet.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: [`"${ethnicities.join(',')}"`] });
    expect(sheet.getCell('D4').dataValidation).toMatchObject({ formulae: [`'${LISTS_SHEET_NAME}'!$D$1:$D$2`] });
    expect(sheet.getCell('B203').dataValidation).toBeDefined();
    expect(sheet.getCell('B204').dataValidation).toBeUndefined();
    expect(sheet.getCell('A4').dataValidation).toBeUndefined();
  });

  it('makes a merged footer or group row tall enough for long text (Excel never sizes merged rows)', async () => {
    const long = `说明：${'本表由各乡镇组织委员填写后报县委组织部干部股，'.repeat(3)}`;
    const path = join(dir, '长.xlsx');
    const job = await createWorkbookJob([HEAD], { kind: 'file', path });
    await job.append(0, [{ group: long }, { cells: [1, '张三'] }], textLines(['合计：共1人', long], 6));
    await job.finish();
    const sheet = (await load(path)).getWorksheet('花名册')!;
    expect(sheet.getRow(4).height).toBeGreaterThanOrEqual(30);
    expect(sheet.getRow(6).height ?? 15).toBeLessThanOrEqual(15);
    expect(sheet.getRow(7).height).toBeGreaterThanOrEqual(30);
    expect(sheet.getCell('A7').value).toBe(long);
  });

  it('writes a one-column sheet (no half to split row 2 into)', async () => {
    const path = await writeFile(countySheetHead({ ...LAYOUT, columns: [{ key: 'name', header: '姓名', width: 30 }] }), [{ cells: ['张三'] }], '名册.xlsx', false);
    const sheet = (await load(path)).getWorksheet('花名册')!;
    expect(sheet.getCell('A2').value).toBe('填报单位：中共开江县委组织部　　填报日期：2024年5月6日　　单位：人');
    expect(sheet.getCell('A4').value).toBe('张三');
  });
});

describe('workbook writer: files and jobs', () => {
  it('writes to <name>.part and shows the real name only after finish', async () => {
    const path = join(dir, '花名册.xlsx');
    const job = await createWorkbookJob([HEAD], { kind: 'file', path });
    await job.append(0, ROWS);
    expect(readdirSync(dir)).toEqual(['花名册.xlsx.part']);
    expect(job.written).toBe(5);
    await job.append(0, [], TAIL);
    await job.finish();
    expect(readdirSync(dir)).toEqual(['花名册.xlsx']);
  });

  it('abort removes the .part file, never creates the real one, and ends the job', async () => {
    const path = join(dir, '花名册.xlsx');
    const job = await createWorkbookJob([HEAD], { kind: 'file', path });
    await job.append(0, ROWS);
    await job.abort();
    expect(readdirSync(dir)).toEqual([]);
    await job.abort();
    await expect(job.append(0, ROWS)).rejects.toMatchObject({ code: 'export-cancelled' });
    await expect(job.finish()).rejects.toBeInstanceOf(BridgeException);
    expect(existsSync(path)).toBe(false);
  });

  it('replaces an existing file only when the new one is complete', async () => {
    const path = await writeFile(HEAD, ROWS.slice(0, 2));
    const job = await createWorkbookJob([HEAD], { kind: 'file', path });
    await job.append(0, ROWS, TAIL);
    expect((await load(path)).getWorksheet('花名册')!.rowCount).toBe(7);
    await job.finish();
    expect((await load(path)).getWorksheet('花名册')!.getCell('B6').value).toBe('李四');
    expect(readdirSync(dir)).toEqual(['名册.xlsx']);
  });

  it('refuses a row with more cells than columns, and leaves no file', async () => {
    const job = await createWorkbookJob([HEAD], { kind: 'file', path: join(dir, 'x.xlsx') });
    const error = await job.append(0, [{ cells: [1, 2, 3, 4, 5, 6, 7] }]).then(
      () => undefined,
      (e: unknown) => e as BridgeException,
    );
    expect(error).toBeInstanceOf(BridgeException);
    expect(error?.message).toContain('多于表头的 6 列');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with a Chinese file-error when the folder does not exist', async () => {
    await expect(createWorkbookJob([HEAD], { kind: 'file', path: join(dir, 'gone', 'x.xlsx') })).rejects.toMatchObject({
      code: 'file-error',
      message: expect.stringContaining('找不到'),
    });
  });

  it('the memory sink returns the workbook bytes', async () => {
    const job: WorkbookJob = await createWorkbookJob([HEAD], { kind: 'memory' });
    await job.append(0, ROWS, TAIL);
    const bytes = await job.finish();
    expect(bytes).toBeInstanceOf(Uint8Array);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes as Uint8Array));
    expect(workbook.getWorksheet('花名册')!.getCell('B5').value).toBe('张三');
  });

  it('writes 20,000 rows', async () => {
    const rows: BodyRow[] = Array.from({ length: 20_000 }, (_, i) => ({
      cells: [i + 1, `干部${i + 1}`, `开江县第${i + 1}办公室主任`, i * 10.5, '', i % 2 ? '男' : '女'],
    }));
    const path = await writeFile(HEAD, rows);
    const sheet = (await load(path)).getWorksheet('花名册')!;
    expect(sheet.getCell('A20003').value).toBe(20_000);
    expect(sheet.getCell('B20003').value).toBe('干部20000');
    expect(sheet.getCell('A20004').value).toBe(TOTALS[0]);
  }, 60_000);
});
