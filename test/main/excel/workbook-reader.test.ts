import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../electron/main/services/excel/workbook-reader';
import { BridgeException } from '@shared/ipc/errors';
import { SIGNATURE_LINE, textLines } from '@shared/reports/document/bands';
import { countySheetHead, type CountySheetOptions } from '@shared/reports/document/county-sheet';
import { notesSheet } from '@shared/reports/document/notes-sheet';
import type { BodyRow } from '@shared/reports/document/schema';
import { writeDocument } from './document-job';
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

const NOT_XLSX = '文件不是有效的 Excel 工作簿（.xlsx）。如果是 .xls 格式，请先用 Excel 或 WPS 另存为 .xlsx 后再导入。';

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
    expect(sheets[0]!.rows[0]).toEqual(['开江县', '组织部网站', 84, '2024-05-06', '李四x', true, '#N/A', '#公式无结果', '#公式无结果']);
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

describe('readWorkbook: files that are not readable workbooks', () => {
  it('refuses random bytes, a renamed CSV or text file and an empty file with the Chinese message', async () => {
    for (const data of [
      new Uint8Array(randomBytes(5000)),
      new TextEncoder().encode('姓名,性别,身份证号\n张三,男,34052419800101001X\n'),
      new TextEncoder().encode('这是一个改了扩展名的文本文件'),
      new Uint8Array(0),
    ]) {
      const error = await refusal(data);
      expect(error.code).toBe('xlsx-invalid');
      expect(error.message).toBe(NOT_XLSX);
    }
  });

  it('refuses an .xls (OLE compound file) with the same message, and an encrypted workbook with its own', async () => {
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const xls = new Uint8Array([...cfb, ...randomBytes(2000), ...Buffer.from('Workbook', 'utf16le')]);
    expect((await refusal(xls)).message).toBe(NOT_XLSX);
    const encrypted = new Uint8Array([...cfb, ...randomBytes(600), ...Buffer.from('EncryptedPackage', 'utf16le'), ...randomBytes(600)]);
    const error = await refusal(encrypted);
    expect(error.code).toBe('xlsx-encrypted');
    expect(error.message).toContain('打开密码');
  });

  it('refuses a zip that is not a workbook (e.g. a .docx)', async () => {
    const docx = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect((await refusal(docx)).message).toBe(NOT_XLSX);
  });

  it('refuses truncated files as damaged', async () => {
    const data = await written([{ cells: [1, '张三', '1985.03', '备注'] }]);
    for (const length of [4, 100, Math.floor(data.length / 2), data.length - 30, data.length - 1]) {
      const error = await refusal(data.subarray(0, length));
      expect(error.code, `cut at ${length}`).toBe('xlsx-damaged');
      expect(error.message).toContain('已损坏或不完整');
    }
  });

  it('settles on every corrupted copy: read or refused in Chinese, never hanging or crashing', async () => {
    const data = await written([{ cells: [1, '张三', '1985.03', '备注'] }, { cells: [2, '李四', '1990.12', null] }]);
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const outcomes = { read: 0, refused: 0 };
    for (let k = 0; k < 300; k++) {
      const copy = new Uint8Array(data);
      const at = Math.floor(random() * copy.length);
      for (let i = 0; i < 1 + (k % 4); i++) copy[(at + i * 13) % copy.length] = Math.floor(random() * 256);
      const outcome = await Promise.race([
        readWorkbook(copy).then(
          () => 'read' as const,
          (e: unknown) => (e instanceof BridgeException && /[\u4e00-\u9fff]/.test(e.message) ? ('refused' as const) : e),
        ),
        new Promise((resolve) => setTimeout(() => resolve('hung'), 5000)),
      ]);
      if (outcome !== 'read' && outcome !== 'refused') throw new Error(`copy ${k} (bytes at ${at}): ${String(outcome)}`);
      outcomes[outcome]++;
    }
    expect(outcomes.refused).toBeGreaterThan(100);
  }, 120_000);
});
