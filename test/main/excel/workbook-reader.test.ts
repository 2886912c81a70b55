import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../electron/main/services/excel/workbook-reader';
import { BridgeException } from '@shared/ipc/errors';
import { SIGNATURE_LINE, textLines } from '@shared/reports/document/bands';
import { countySheetHead, type CountySheetOptions } from '@shared/reports/document/county-sheet';
import { notesSheet } from '@shared/reports/document/notes-sheet';
import type { BodyRow } from '@shared/reports/document/schema';
import { writeDocument } from './document-job';
import { craftedEntries, craftedWorkbook, inlineCell, stylesXml } from './crafted-workbook';
import { storedZip } from './zip-helpers';

const HEAD: CountySheetOptions = {
  name: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5 },
    { key: 'name', header: '姓名', width: 9 },
    { key: 'birth', header: '出生年月', width: 12 },
    { key: 'remarks', header: '备注', width: 14 },
  ],
};

async function written(rows: BodyRow[], head: CountySheetOptions = HEAD): Promise<Uint8Array> {
  const footer = textLines(['合计：共2人', SIGNATURE_LINE], head.columns.length);
  const notes = notesSheet('填写说明', ['第一行', '', '第三行']);
  return (await writeDocument({ sheets: [{ head: countySheetHead(head), rows, footer }, notes] }, { kind: 'memory' })) as Uint8Array;
}

async function inMemory(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('数据'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(data: Uint8Array): Promise<BridgeException> {
  const result = await readWorkbook(data).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(result).toBeInstanceOf(BridgeException);
  return result as BridgeException;
}

describe('readWorkbook: round trip of the report writer', () => {
  it('reads every sheet in tab order as dense rows from column A', async () => {
    const data = await written([
      { group: '第一批' },
      { cells: [1, '张三', '1985.03', null] },
      { cells: [2, '=1+1', null, '后备干部'] },
    ]);
    const { sheets } = await readWorkbook(data);
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['花名册', false],
      ['填写说明', false],
    ]);
    const [roster, notes] = sheets;
    expect(roster!.rows).toEqual([
      ['开江县挂职干部花名册'],
      ['填报单位：中共开江县委组织部', null, '填报日期：2024年5月6日'],
      ['序号', '姓名', '出生年月', '备注'],
      ['第一批'],
      [1, '张三', '1985.03'],
      [2, '=1+1', null, '后备干部'],
      ['合计：共2人'],
      [SIGNATURE_LINE],
    ]);
    expect(roster!.totalRows).toBe(8);
    expect(roster!.truncated).toBe(false);
    expect(notes!.rows).toEqual([['第一行'], [], ['第三行']]);
  });

  it('flags a hidden sheet (a template’s dropdown lists)', async () => {
    const head: CountySheetOptions = { ...HEAD, columns: [{ key: 'unit', header: '单位', width: 20, list: ['甲,乙', '丙'] }] };
    const { sheets } = await readWorkbook(await written([], head));
    expect(sheets.find((s) => s.hidden)?.rows).toEqual([['甲,乙'], ['丙']]);
  });

  it('returns 20,000 rows of Chinese text exactly (no character broken between chunks)', async () => {
    const rows: BodyRow[] = Array.from({ length: 20_000 }, (_, i) => ({
      cells: [i + 1, `张三丰${i}`, `开江县城关镇人民政府办公室第${i}号`, i % 3 ? '中共党员' : '共青团员'],
    }));
    const { sheets } = await readWorkbook(await written(rows));
    const data = sheets[0]!.rows.slice(3, 3 + 20_000);
    expect(data).toHaveLength(20_000);
    const broken = data.filter((row, i) => JSON.stringify(row) !== JSON.stringify(rows[i] && 'cells' in rows[i] ? rows[i].cells : null));
    expect(broken).toEqual([]);
    expect(JSON.stringify(sheets)).not.toContain('\uFFFD');
  }, 60_000);

  it('keeps at most maxRows rows per sheet and says how many there are', async () => {
    const rows: BodyRow[] = Array.from({ length: 30 }, (_, i) => ({ cells: [i + 1, `干部${i + 1}`] }));
    const { sheets } = await readWorkbook(await written(rows), { maxRows: 10 });
    expect(sheets[0]!.rows).toHaveLength(10);
    expect(sheets[0]!.rows[9]).toEqual([7, '干部7']);
    expect(sheets[0]!.totalRows).toBe(35);
    expect(sheets[0]!.truncated).toBe(true);
    expect(sheets[1]!.truncated).toBe(false);
  });
});

describe('readWorkbook: cell values', () => {
  it('turns date cells into YYYY-MM-DD, whatever the time zone', async () => {
    const data = await inMemory((sheet) => {
      sheet.getCell('A1').value = new Date(Date.UTC(1985, 2, 15));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('B1').value = new Date(Date.UTC(2024, 4, 6, 23, 59, 59));
      sheet.getCell('B1').numFmt = 'yyyy/m/d h:mm';
      sheet.getCell('C1').value = new Date(Date.UTC(2024, 0, 1));
      sheet.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getCell('D1').value = 0.5;
      sheet.getCell('D1').numFmt = 'h:mm';
      sheet.getCell('E1').value = 45418;
      sheet.getCell('E1').numFmt = 'yyyy-mm-dd';
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['1985-03-15', '2024-05-06', '2024-01-01', '12:00', '2024-05-06']);
  });

  it('keeps the decimals a number format shows, as text; General numbers stay numbers', async () => {
    const data = await inMemory((sheet) => {
      const put = (address: string, value: number, numFmt?: string) => {
        sheet.getCell(address).value = value;
        if (numFmt) sheet.getCell(address).numFmt = numFmt;
      };
      put('A1', 1985.1, '0.00');
      put('B1', 1985.1);
      put('C1', 1985.123, '0.0#');
      put('D1', 1985.1, '0.0#');
      put('E1', 1234.5, '#,##0.00');
      put('F1', 0.5, '0.00%');
      put('G1', 42, '0');
      put('H1', -3.14159, '0.000_ ;[Red]-0.000');
      put('I1', 1985.03);
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['1985.10', 1985.1, '1985.12', '1985.1', '1234.50', 0.5, 42, '-3.142', 1985.03]);
  });

  it('gives text for rich text and hyperlinks, the cached result of formulas, booleans, error codes', async () => {
    const data = await inMemory((sheet) => {
      sheet.getCell('A1').value = { richText: [{ text: '开江', font: { bold: true } }, { text: '县' }] };
      sheet.getCell('B1').value = { text: '组织部网站', hyperlink: 'https://example.invalid/' };
      sheet.getCell('C1').value = { formula: 'A2*2', result: 84 };
      sheet.getCell('D1').value = { formula: 'TODAY()', result: 45418 };
      sheet.getCell('D1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('E1').value = { formula: 'A3&"x"', result: '李四x' };
      sheet.getCell('F1').value = true;
      sheet.getCell('G1').value = { error: '#N/A' };
      sheet.getCell('H1').value = { formula: 'VLOOKUP(1,A:A,2,0)', result: { error: '#N/A' } };
      sheet.getCell('I1').value = { formula: 'A2+1' } as ExcelJS.CellFormulaValue;
      sheet.getCell('A2').value = 42;
    });
    const { sheets } = await readWorkbook(data);
    // A formula's cached error is its code; a formula never computed has no result.
    expect(sheets[0]!.rows[0]).toEqual(['开江县', '组织部网站', 84, '2024-05-06', '李四x', true, '#N/A', '#N/A', '#公式无结果']);
  });

  it('drops trailing empty rows, keeps empty rows in between, and reads every sheet', async () => {
    const data = await inMemory((sheet, workbook) => {
      sheet.getCell('A1').value = '甲';
      sheet.getCell('C3').value = '丙';
      sheet.getCell('A9').border = { top: { style: 'thin' } };
      sheet.getCell('B12').value = '';
      workbook.addWorksheet('空表');
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows).toEqual([['甲'], [], [null, null, '丙']]);
    expect(sheets[0]!.totalRows).toBe(3);
    expect(sheets[1]).toEqual({ name: '空表', hidden: false, rows: [], totalRows: 0, truncated: false });
  });

  it('reads a workbook whose parts are stored in an unusual order, sheets in tab order', async () => {
    const rels = (targets: string[]) =>
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
        .map((t, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${t}"/>`)
        .join('')}</Relationships>`;
    const sheet = (text: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    const data = storedZip({
      'xl/worksheets/sheet2.xml': sheet('第二张'),
      'xl/worksheets/sheet1.xml': sheet('第一张'),
      'xl/_rels/workbook.xml.rels': rels(['worksheets/sheet2.xml', '/xl/worksheets/sheet1.xml']),
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="乙表" sheetId="2" r:id="rId1"/><sheet name="甲表" sheetId="1" state="hidden" r:id="rId2"/></sheets></workbook>`,
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets).toEqual([
      { name: '乙表', hidden: false, rows: [['第二张']], totalRows: 1, truncated: false },
      { name: '甲表', hidden: true, rows: [['第一张']], totalRows: 1, truncated: false },
    ]);
  });
});


describe('readWorkbook: the schema as other tools write it (issue 8 item 6)', () => {
  it('reads rows and cells without an r attribute as following the previous one', async () => {
    const data = craftedWorkbook({
      sheets: [
        {
          name: '名单',
          xml:
            '<row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>性别</t></is></c></row>' +
            '<row><c t="inlineStr"><is><t>张三</t></is></c><c><v>1</v></c><c r="E2" t="inlineStr"><is><t>备注</t></is></c><c><v>6</v></c></row>' +
            '<row r="5"><c r="B5" t="inlineStr"><is><t>李四</t></is></c></row>' +
            '<row><c t="inlineStr"><is><t>王五</t></is></c></row>',
        },
      ],
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows).toEqual([['姓名', '性别'], ['张三', 1, null, null, '备注', 6], [], [], [null, '李四'], ['王五']]);
  });

  it('reads absolute and lower-case cell references and indices with spaces around them; refuses a reference that is not one', async () => {
    const data = craftedWorkbook({
      sheets: [{ name: '名单', xml: '<row r=" 2 "><c r="A$2" t="s"><v> 1 </v></c><c r="c2" t="s" s=" 0"><v>0</v></c><c r="E2"><v>7</v></c></row>' }],
      sharedStrings: ['<t>张三</t>', '<t>李四</t>'],
    });
    expect((await readWorkbook(data)).sheets[0]!.rows).toEqual([[], ['李四', null, '张三', null, 7]]);
    for (const ref of ['A2B', 'A$$2', '2', 'A-2']) {
      const bad = craftedWorkbook({ sheets: [{ name: '名单', xml: `<row r="2"><c r="${ref}"><v>1</v></c></row>` }] });
      expect((await refusal(bad)).message).toContain(`无效的单元格位置“${ref}”`);
    }
    const badIndex = craftedWorkbook({ sheets: [{ name: '名单', xml: '<row r="1"><c r="A1" t="s"><v>1x</v></c></row>' }], sharedStrings: ['<t>张三</t>', '<t>李四</t>'] });
    expect((await refusal(badIndex)).message).toContain('共享文字（第 1x 条）不存在');
  });

  it('decodes _xHHHH_ escapes in shared and inline strings; line breaks become LF', async () => {
    const data = craftedWorkbook({
      sheets: [{ name: '名单', xml: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>${inlineCell('C1', '甲_x000D_\n乙_x0009_丙')}</row>` }],
      sharedStrings: ['<t>开江县_x000D_\n城关镇</t>', '<t>字面的 _x005F_x000D_ 保留</t>'],
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['开江县\n城关镇', '字面的 _x000D_ 保留', '甲\n乙\t丙']);
  });

  it('refuses a shared-string index out of range as damaged, naming the cell', async () => {
    const data = craftedWorkbook({
      sheets: [{ name: '名单', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="C3" t="s"><v>7</v></c></row>' }],
      sharedStrings: ['<t>张三</t>'],
    });
    const error = await refusal(data);
    expect(error.code).toBe('xlsx-damaged');
    expect(error.message).toContain('工作表“名单”单元格 C3');
    expect(error.message).toContain('共享文字（第 7 条）不存在');
  });

  it('reads t="d" cells (ISO 8601) as dates and times', async () => {
    const data = craftedWorkbook({
      sheets: [
        {
          name: '考勤',
          xml: '<row r="1"><c r="A1" t="d"><v>2024-05-06T00:00:00Z</v></c><c r="B1" t="d"><v>1985-03-15</v></c><c r="C1" t="d"><v>T08:30:00</v></c><c r="D1" t="d"><v>2024-02-30</v></c></row>',
        },
      ],
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['2024-05-06', '1985-03-15', '08:30', '2024-02-30']);
  });

  it('shows serial 60 as Excel’s fictitious 1900-02-29 and counts the days around it as Excel does', async () => {
    const cells = [1, 59, 60, 61, 45418].map((serial, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${serial}</v></c>`).join('');
    const data = craftedWorkbook({ sheets: [{ name: '日期', xml: `<row r="1">${cells}</row>` }], styles: stylesXml([0, 14]) });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2024-05-06']);
  });

  it('counts dates from 1904-01-01 in a workbook using the 1904 date system', async () => {
    const cells = [0, 1, 1461, 43956].map((serial, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${serial}</v></c>`).join('');
    const data = craftedWorkbook({ sheets: [{ name: '日期', xml: `<row r="1">${cells}</row>` }], styles: stylesXml([0, 14]), date1904: true });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['1904-01-01', '1904-01-02', '1908-01-01', '2024-05-06']);
  });

  it('reads the Chinese built-in date formats (2024年5月6日, id 31 …) as dates, not serial numbers', async () => {
    const ids = [31, 57, 58, 32];
    const cells = ids.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>45418.375</v></c>`).join('');
    const data = craftedWorkbook({ sheets: [{ name: '日期', xml: `<row r="1">${cells}</row>` }], styles: stylesXml([0, ...ids]) });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['2024-05-06', '2024-05-06', '2024-05-06', '09:00']);
  });

  it('refuses a workbook with no readable worksheet with its own message, not “没有内容”', async () => {
    const onlyChart = craftedWorkbook({ sheets: [{ name: '图表1', type: 'chartsheet', xml: '<chartsheet/>' }] });
    const error = await refusal(onlyChart);
    expect(error.code).toBe('table-no-sheet');
    expect(error.message).toContain('没有可读取的普通工作表');
    const missingPart = craftedEntries({ sheets: [{ name: '名单', xml: inlineCell('A1', '张三') }] });
    delete missingPart['xl/worksheets/sheet1.xml'];
    expect((await refusal(storedZip(missingPart))).code).toBe('table-no-sheet');
  });

  it('refuses a workbook whose sheets are all empty as having no content', async () => {
    const error = await refusal(craftedWorkbook({ sheets: [{ name: 'Sheet1', xml: '' }, { name: 'Sheet2', xml: '<row r="3"/>' }] }));
    expect(error.code).toBe('table-empty');
    expect(error.message).toContain('没有任何内容');
  });

  it('joins the runs of inline rich text and leaves phonetic guides out', async () => {
    const data = craftedWorkbook({
      sheets: [{ name: '名单', xml: '<row r="1"><c r="A1" t="inlineStr"><is><r><t>开江</t></r><r><rPr><b/></rPr><t>县</t></r><rPh sb="0" eb="2"><t>kaijiang</t></rPh></is></c><c r="B1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ['<r><t>城关</t></r><r><t>镇</t></r><rPh><t>chengguan</t></rPh>'],
    });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows[0]).toEqual(['开江县', '城关镇']);
  });

  it('reads prefixed element names and a workbook part at an unusual path', async () => {
    const sheet = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>张三</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const data = craftedWorkbook({ sheets: [{ name: '名单', xml: sheet }], workbookPath: 'book/main.xml' });
    const { sheets } = await readWorkbook(data);
    expect(sheets[0]!.rows).toEqual([['张三']]);
  });
});
