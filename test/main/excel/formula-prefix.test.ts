// Formula-like text (OWASP CSV injection) is written with the quote prefix wherever it sits:
// data, group and footer rows; written, then read back from the file's own XML.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../../electron/main/services/excel/report-styles';
import type { CountySheetOptions } from '@shared/reports/document/county-sheet';
import { writeCountySheet } from './document-job';
import { arrayBufferOf, cellFormats, styleIndexOf, zipText } from './zip-helpers';

const HEAD: CountySheetOptions = {
  name: '名单',
  title: '挂职干部名单',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'name', header: '姓名', width: 10 },
    { key: 'remarks', header: '备注', width: 30 },
  ],
};

/** Formula-like texts a clerk (or a hostile file) could put in a record. */
const DANGEROUS = [
  '=1+1',
  '+8613800000000',
  '-5',
  '@SUM(A1)',
  '\t=cmd|\' /C calc\'!A0',
  '\r=1+1',
  '\n+1',
  ' =1+1',
  '\u00a0=1+1',
  '\u3000=1+1',
  '\u200b=HYPERLINK("http://evil.invalid")',
  '\ufeff@SUM(A1)',
  '\u2060-1',
  ' \t\u200b =1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '\u3000＝SUM(A1:A9)',
];
const HARMLESS = ['张三', '县财政局 = 单位', '1985.03', '（一）=', 'a=1', '中共党员-预备', ''];

describe('looksLikeFormula', () => {
  it('flags every formula sign, plain or full-width, after any skipped characters', () => {
    for (const text of DANGEROUS) expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
    for (const text of HARMLESS) expect(looksLikeFormula(text), JSON.stringify(text)).toBe(false);
  });
});

describe('workbook writer: formula-like text is quoted in every row kind', () => {
  it('data, group and footer cells holding any of the forms keep the quote prefix and stay text', async () => {
    const bytes = await writeCountySheet(HEAD, [
      { group: '\t=第一组' },
      ...DANGEROUS.map((text, i) => ({ cells: [`干部${i + 1}`, text] })),
      ...HARMLESS.filter((text) => text !== '').map((text, i) => ({ cells: [`群众${i + 1}`, text] })),
    ], ['＝合计', '\u200b+备注']);
    const sheetXml = await zipText(bytes, 'xl/worksheets/sheet1.xml');
    const formats = cellFormats(await zipText(bytes, 'xl/styles.xml'));
    expect(sheetXml).not.toContain('<f>');

    const quoted = (address: string) => formats[styleIndexOf(sheetXml, address)]!.includes('quotePrefix="1"');
    // Row 1 title, row 2 unit/date, row 3 header, row 4 the group row, then the data rows.
    expect(quoted('A4'), 'group row').toBe(true);
    DANGEROUS.forEach((text, i) => expect(quoted(`B${5 + i}`), JSON.stringify(text)).toBe(true));
    const firstHarmless = 5 + DANGEROUS.length;
    HARMLESS.filter((text) => text !== '').forEach((text, i) => expect(quoted(`B${firstHarmless + i}`), text).toBe(false));
    const firstFooter = firstHarmless + HARMLESS.length - 1;
    expect(quoted(`A${firstFooter}`), 'footer ＝合计').toBe(true);
    expect(quoted(`A${firstFooter + 1}`), 'footer with zero-width space').toBe(true);

    // What a clerk sees when opening the file: the same text, as text (an XML parser reads a raw
    // CR as LF: XML end-of-line handling).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes));
    const sheet = workbook.getWorksheet('名单')!;
    DANGEROUS.forEach((text, i) => {
      const cell = sheet.getCell(`B${5 + i}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text.replace(/\r\n?/g, '\n'));
    });
  });
});
