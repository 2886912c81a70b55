// The one entry point the import wizards read through: .xlsx and CSV told apart by content, bad
// files refused with a message that says what to do, budgets checked as the read goes.
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../electron/main/services/tables/read-table-file';
import { BridgeException } from '@shared/ipc/errors';
import type { CountySheetOptions } from '@shared/reports/document/county-sheet';
import { writeCountySheet } from '../excel/document-job';
import { craftedWorkbook, inlineCell } from '../excel/crafted-workbook';
import { storedZip, zipFiles } from '../excel/zip-helpers';
import type { ReadLimits } from '../../../electron/main/services/tables/read-limits';

const HEAD: CountySheetOptions = {
  name: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5 },
    { key: 'name', header: '姓名', width: 9 },
  ],
};

async function written(): Promise<Uint8Array> {
  return writeCountySheet(HEAD, [{ cells: [1, '张三'] }, { cells: [2, '李四'] }], ['合计：共2人']);
}

async function refusal(data: Uint8Array, name = '文件.xlsx', limits: Partial<ReadLimits> = {}): Promise<BridgeException> {
  const result = await readTableFile(data, name, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(result, 'expected a refusal').toBeInstanceOf(BridgeException);
  return result as BridgeException;
}

const text = (value: string) => new TextEncoder().encode(value);
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('readTableFile: files that are no readable table (issue 9 item 8)', () => {
  it('refuses an old .xls, whatever its name, with “请在Excel中另存为 .xlsx 后再导入”', async () => {
    const xls = new Uint8Array([...CFB, ...randomBytes(2000), ...Buffer.from('Workbook', 'utf16le')]);
    for (const name of ['名册.xls', '名册.xlsx', '名册.csv']) {
      const error = await refusal(xls, name);
      expect(error.code).toBe('xls-unsupported');
      expect(error.message).toContain('请在Excel中另存为 .xlsx 后再导入');
    }
  });

  it('refuses a password-protected workbook (a compound file holding EncryptionInfo) with its own message', async () => {
    const encrypted = new Uint8Array([...CFB, ...randomBytes(600), ...Buffer.from('EncryptionInfo', 'utf16le'), ...randomBytes(300), ...Buffer.from('EncryptedPackage', 'utf16le')]);
    const error = await refusal(encrypted, '名册.xlsx');
    expect(error.code).toBe('xlsx-encrypted');
    expect(error.message).toContain('打开密码');
  });

  it('names what a wrong file is: PDF, image, Word, archive, LRMX, HTML “.xls”, Excel 2003 XML', async () => {
    const cases: [Uint8Array, string][] = [
      [text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF 文件'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(100)]), '图片文件'],
      [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(100)]), '图片文件'],
      [storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'Word 文档'],
      [new Uint8Array([...CFB, ...randomBytes(300), ...Buffer.from('WordDocument', 'utf16le')]), 'Word 文档'],
      [storedZip({ 'a.txt': 'hello' }), '压缩包'],
      [text('Rar!\x1a\x07\x00rest'), '压缩包'],
      [text('<?xml version="1.0" encoding="UTF-8"?>\n<Person><XingMing>张三</XingMing></Person>'), '任免审批表'],
      [iconv.encode('<html><head><meta charset="gbk"></head><body><table><tr><td>姓名</td></tr></table></body></html>', 'gbk'), '网页格式'],
      [text('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), 'Excel 2003 XML'],
      [text('<?xml version="1.0"?><config><a/></config>'), 'XML 文件'],
    ];
    for (const [data, what] of cases) {
      const error = await refusal(data);
      expect(error.message, what).toContain(what);
      expect(error.message, what).toMatch(/请/);
    }
  });

  it('refuses random bytes and program files as unrecognised', async () => {
    for (const data of [new Uint8Array(randomBytes(5000)), new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, ...randomBytes(500)])]) {
      const error = await refusal(data);
      expect(error.code).toBe('xlsx-invalid');
      expect(error.message).toContain('不是 Excel 工作簿（.xlsx）或 CSV 表格');
    }
  });

  it('refuses an empty file, an empty CSV and an empty workbook, each saying so', async () => {
    expect((await refusal(new Uint8Array(0))).message).toContain('文件是空的');
    expect((await refusal(text('\n\n,,,\n'), '空.csv')).message).toContain('没有任何内容');
    expect((await refusal(craftedWorkbook({ sheets: [{ name: 'Sheet1', xml: '' }] }))).message).toContain('没有任何内容');
  });

  it('refuses truncated workbooks as damaged', async () => {
    const data = await written();
    for (const length of [4, 100, Math.floor(data.length / 2), data.length - 30, data.length - 1]) {
      const error = await refusal(data.subarray(0, length));
      expect(error.code, `cut at ${length}`).toBe('xlsx-damaged');
      expect(error.message).toContain('已损坏或不完整');
    }
  });

  it('refuses a part cut off inside its XML, even with a valid CRC', async () => {
    const data = craftedWorkbook({ sheets: [{ name: '名单', xml: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${inlineCell('A1', '张三')}</row>` }] });
    expect((await refusal(data)).code).toBe('xlsx-damaged');
  });

  it('settles on every corrupted copy: read or refused in Chinese, never hanging or crashing', async () => {
    const data = await written();
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const outcomes = { read: 0, refused: 0 };
    for (let k = 0; k < 300; k++) {
      const copy = new Uint8Array(data);
      const at = Math.floor(random() * copy.length);
      for (let i = 0; i < 1 + (k % 4); i++) copy[(at + i * 13) % copy.length] = Math.floor(random() * 256);
      const outcome = await readTableFile(copy, '名册.xlsx').then(
        () => 'read' as const,
        (e: unknown) => (e instanceof BridgeException && /[\u4e00-\u9fff]/.test(e.message) ? ('refused' as const) : e),
      );
      if (outcome !== 'read' && outcome !== 'refused') throw new Error(`copy ${k} (bytes at ${at}): ${String(outcome)}`);
      outcomes[outcome]++;
    }
    expect(outcomes.refused).toBeGreaterThan(100);
  }, 120_000);
});

describe('readTableFile: CSV in the encodings clerks have (issue 10 item 3)', () => {
  const ROWS = [
    ['姓名', '工号', '部门', '考勤日期', '打卡时间', '打卡结果', '打卡地址'],
    ['张三', '0012', '城关镇', '2024-05-06', '08:29', '正常', '开江县城关镇人民政府'],
    ['李四', '0013', '讲治镇', '2024-05-06', '09:02', '迟到', '开江县讲治镇，新街"北"段'],
  ];
  const csv = (delimiter = ',', newline = '\r\n') =>
    ROWS.map((row) => row.map((cell) => (/[",;\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter)).join(newline) + newline;

  it('reads UTF-8 with and without BOM, GBK and UTF-16LE (Excel’s “Unicode 文本”) to the same rows', async () => {
    const files: [string, Uint8Array][] = [
      ['UTF-8', text(csv())],
      ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...text(csv())])],
      ['GBK', iconv.encode(csv(), 'gbk')],
      ['GB18030', iconv.encode(csv(), 'gb18030')],
      ['UTF-16LE', iconv.encode(csv('\t'), 'utf16le', { addBOM: true })],
    ];
    for (const [encoding, data] of files) {
      const { sheets } = await readTableFile(data, '钉钉打卡记录.csv');
      expect(sheets, encoding).toEqual([{ name: '钉钉打卡记录', hidden: false, rows: ROWS, totalRows: 3, truncated: false }]);
    }
  });

  it('reads a short GBK file that chardet alone would call KOI8-R', async () => {
    const { sheets } = await readTableFile(iconv.encode('姓名,部门\n王五,办公室\n', 'gbk'), 'a.csv');
    expect(sheets[0]!.rows).toEqual([
      ['姓名', '部门'],
      ['王五', '办公室'],
    ]);
  });

  it('guesses ; and tab delimiters and keeps quoted line breaks inside one cell', async () => {
    expect((await readTableFile(text(csv(';')), 'a.csv')).sheets[0]!.rows).toEqual(ROWS);
    expect((await readTableFile(text(csv('\t', '\n')), 'a.txt')).sheets[0]!.rows).toEqual(ROWS);
    const multiline = '姓名,备注\n张三,"第一行\n第二行"\n李四,无\n';
    expect((await readTableFile(text(multiline), 'a.csv')).sheets[0]!.rows).toEqual([
      ['姓名', '备注'],
      ['张三', '第一行\n第二行'],
      ['李四', '无'],
    ]);
  });

  it('keeps every value as text and undoes the tab and ="…" tricks that keep leading zeros', async () => {
    const data = text('姓名,手机,身份证号,工号\n张三,\t13800138000,340524198001010012,="0012"\n');
    expect((await readTableFile(data, 'a.csv')).sheets[0]!.rows[1]).toEqual(['张三', '13800138000', '340524198001010012', '0012']);
  });

  it('refuses a quote that never closes instead of swallowing the rest of the file', async () => {
    const error = await refusal(text('姓名,备注\n张三,"未闭合\n李四,无\n王五,无\n'), 'a.csv');
    expect(error.message).toContain('第 2 行起的引号');
  });

  it('refuses text in an encoding it cannot tell', async () => {
    // Bytes that are neither UTF-8 nor GB18030 (0x80 and 0xff lead no valid sequence).
    const data = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x80 : i % 3 === 1 ? 0xff : 0x41)));
    expect((await refusal(data, 'a.csv')).code).toBe('table-encoding');
  });

  it('keeps the first maxRows rows and counts the rest', async () => {
    const lines = ['姓名', ...Array.from({ length: 30 }, (_, i) => `干部${i + 1}`)].join('\n');
    const { sheets } = await readTableFile(text(lines), 'a.csv', { maxRows: 10 });
    expect(sheets[0]!.rows).toHaveLength(10);
    expect(sheets[0]!.totalRows).toBe(31);
    expect(sheets[0]!.truncated).toBe(true);
  });
});

describe('readTableFile: budgets checked as the read goes (issue 8 item 2)', () => {
  const rows = (count: number, cellsPerRow = 1) =>
    Array.from({ length: count }, (_, r) => `<row r="${r + 1}">${Array.from({ length: cellsPerRow }, (__, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r}</v></c>`).join('')}</row>`).join('');

  it('refuses a file over the size limit before reading it', async () => {
    const error = await refusal(text('a,b\n'.repeat(1000)), '大.csv', { maxFileBytes: 1000 });
    expect(error.code).toBe('file-too-large');
    expect(error.message).toContain('大.csv');
  });

  it('refuses too many sheets, rows, cells, shared strings, each naming the limit and saying to split the file', async () => {
    const cases: [Uint8Array, Partial<ReadLimits>, string][] = [
      [craftedWorkbook({ sheets: Array.from({ length: 5 }, (_, i) => ({ name: `表${i}`, xml: rows(1) })) }), { maxSheets: 4 }, '工作表数量超过上限 4 个'],
      [craftedWorkbook({ sheets: [{ name: '表', xml: rows(200) }] }), { maxRowElements: 100 }, '行数（含空行）超过上限 100 行'],
      [craftedWorkbook({ sheets: [{ name: '表', xml: rows(30, 5) }] }), { maxCells: 100 }, '有内容的单元格超过上限 100 个'],
      [craftedWorkbook({ sheets: [{ name: '表', xml: rows(1) }], sharedStrings: Array.from({ length: 50 }, (_, i) => `<t>${i}</t>`) }), { maxSharedStrings: 20 }, '共享文字条目超过上限 20 条'],
      [text('a\n'.repeat(200)), { maxRowElements: 100 }, '行数（含空行）超过上限 100 行'],
    ];
    for (const [data, limits, what] of cases) {
      const error = await refusal(data, '名册.xlsx', limits);
      expect(error.code, what).toBe('table-too-large');
      expect(error.message).toContain(what);
      expect(error.message).toContain('拆分');
    }
  });

  it('refuses a zip bomb by its declared size and by what it really unpacks to', async () => {
    const bomb = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row/>'.repeat(1)}</sheetData>${' '.repeat(8 * 1024 * 1024)}</worksheet>`;
    const book = craftedWorkbook({ sheets: [{ name: '表', xml: bomb }] });
    const declared = await refusal(book, 'a.xlsx', { maxPartBytes: 1024 * 1024 });
    expect(declared.message).toContain('单个工作表或部件解压后超过上限 1.0 MB');
    // The same part deflated (8 MB → a few KB) but declaring 1 KB: stopped as it inflates.
    const { craftedEntries } = await import('../excel/crafted-workbook');
    const entries = craftedEntries({ sheets: [{ name: '表', xml: bomb }] });
    const lying = zipFiles(entries, { deflate: true, declaredSize: { 'xl/worksheets/sheet1.xml': 1024 } });
    expect(lying.length).toBeLessThan(64 * 1024);
    expect((await refusal(lying)).code).toBe('xlsx-damaged');
    const total = await refusal(zipFiles(entries, { deflate: true }), 'a.xlsx', { maxUnpackedBytes: 4 * 1024 * 1024 });
    expect(total.message).toContain('文件解压后的内容超过上限 4.0 MB');
  });

  it('refuses 300 sheets pointing at one part before reading any, and two sheets on one part as damaged', async () => {
    const { craftedEntries } = await import('../excel/crafted-workbook');
    const twoOnOne = craftedEntries({ sheets: [{ name: '甲', xml: rows(1) }, { name: '乙', xml: rows(1) }] });
    twoOnOne['xl/_rels/workbook.xml.rels'] = String(twoOnOne['xl/_rels/workbook.xml.rels']).replace('worksheets/sheet2.xml', 'worksheets/sheet1.xml');
    expect((await refusal(storedZip(twoOnOne))).message).toContain('指向同一部件');
    const many = craftedWorkbook({ sheets: Array.from({ length: 300 }, (_, i) => ({ name: `表${i}`, xml: rows(1) })) });
    expect((await refusal(many)).message).toContain('工作表数量超过上限 100 个');
  });

  it('refuses a cell longer than Excel allows, naming it', async () => {
    const long = '长'.repeat(40_000);
    const error = await refusal(craftedWorkbook({ sheets: [{ name: '名单', xml: `<row r="2">${inlineCell('C2', long)}</row>` }] }));
    expect(error.code).toBe('table-cell-too-long');
    expect(error.message).toContain('工作表“名单”单元格 C2');
    expect((await refusal(text(`a,${long}\n`), 'a.csv')).message).toContain('第 1 行第 2 列');
  });

  it('stops when its time is up, with the time in the message', async () => {
    const error = await refusal(craftedWorkbook({ sheets: [{ name: '表', xml: rows(10) }] }), 'a.xlsx', { timeMs: -1 });
    expect(error.code).toBe('table-timeout');
    expect(error.message).toContain('秒仍未完成');
  });

  it('reads 100,000 empty rows and a cell far to the right without blowing up', async () => {
    const empty = Array.from({ length: 100_000 }, (_, r) => `<row r="${r + 1}"/>`).join('');
    const { sheets } = await readTableFile(craftedWorkbook({ sheets: [{ name: '表', xml: `${empty}<row r="100001">${inlineCell('A100001', '末行')}</row>` }] }), 'a.xlsx');
    expect(sheets[0]!.totalRows).toBe(100_001);
    expect(sheets[0]!.truncated).toBe(true);
    const far = Array.from({ length: 500 }, (_, r) => `<row r="${r + 1}">${inlineCell(`XFD${r + 1}`, '远')}</row>`).join('');
    const error = await refusal(craftedWorkbook({ sheets: [{ name: '表', xml: far }] }), 'a.xlsx', { maxCells: 1_000_000 });
    expect(error.message).toContain('表格范围（含中间的空白单元格）');
  });
});
