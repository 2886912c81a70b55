// The generator of bad table files (issue 8 “Done when”, issue 9's 300 bad files): truncated and
// bit-flipped workbooks, XML-level mutations re-zipped with valid CRCs, zip bombs, huge cells,
// 100,000 empty rows, control characters, odd dates, numeric ID numbers, other file formats,
// wrong text encodings and CSV variants. Deterministic for a seed.
//
// Reused by the fuzz tests: read-fuzz.test.ts runs every file through the reader the wizards use;
// the roster validator's fuzz can run the sheets of those read through the validator too; the bad
// exchange packages (bad-packages.ts) use its random source, XML mutations and roster export.
//   const files = await generateBadFiles({ seed: 1 });   // ≈ 1,100 files
import { createDeflateRaw, crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import type { CountySheetOptions } from '@shared/reports/document/county-sheet';
import type { BodyRow } from '@shared/reports/document/schema';
import { writeCountySheet } from '../main/excel/document-job';
import { craftedEntries, stylesXml, worksheetXml, type CraftedWorkbook } from '../main/excel/crafted-workbook';
import { zipFiles, type DeflatedEntry } from '../main/excel/zip-helpers';

/** What a bad file is, for the counts (issue 9 names five of these as “bad files”). */
export type BadFileKind =
  | 'truncated'
  | 'bit-flipped'
  | 'xml-mutation'
  | 'zip-bomb'
  | 'huge-cells'
  | 'many-rows'
  | 'control-characters'
  | 'odd-dates'
  | 'numeric-ids'
  | 'wrong-format'
  | 'wrong-encoding'
  | 'csv-variant';

/** The kinds issue 9 counts as its “bad files”. */
export const ISSUE_9_KINDS: readonly BadFileKind[] = ['truncated', 'bit-flipped', 'wrong-format', 'huge-cells', 'wrong-encoding'];

/** One generated file. */
export interface BadFile {
  kind: BadFileKind;
  /** What was done, for a failure message (e.g. `cut at 1234 of roster.xlsx`). */
  label: string;
  /** The file name a clerk would have picked (the reader must not trust it). */
  name: string;
  bytes: Uint8Array;
}

/**
 * A deflated part of `head`, then `megabytes` MB of spaces (or `repeat.chunk` × `repeat.times`),
 * then `tail`, built in chunks so that no buffer of the whole size ever exists.
 */
async function deflatedBomb(head: string, megabytes: number, tail: string, repeat?: { chunk: string; times: number }): Promise<DeflatedEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (chunk: Buffer): Promise<void> => {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((drain) => deflate.once('drain', drain));
  };
  await write(Buffer.from(head));
  const block = repeat ? Buffer.from(repeat.chunk.repeat(Math.max(1, Math.floor(65_536 / repeat.chunk.length)))) : Buffer.alloc(1024 * 1024, 0x20);
  const perBlock = repeat ? block.length / repeat.chunk.length : 1;
  const blocks = repeat ? Math.floor(repeat.times / perBlock) : megabytes;
  for (let i = 0; i < blocks; i++) await write(block);
  if (repeat) await write(Buffer.from(repeat.chunk.repeat(repeat.times - blocks * perBlock)));
  await write(Buffer.from(tail));
  deflate.end();
  await done;
  return { deflated: Buffer.concat(out), crc32: crc, size };
}

/** A small deterministic random source (mulberry32). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (value: string) => new TextEncoder().encode(value);
const ascii = (value: string) => Uint8Array.from(value, (c) => c.charCodeAt(0) & 0xff);

const ROSTER_HEAD: CountySheetOptions = {
  name: '花名册',
  title: '开江县挂职干部花名册',
  reportingUnit: '中共开江县委组织部',
  reportDate: '2024-05-06',
  orientation: 'landscape',
  columns: [
    { key: 'seq', header: '序号', width: 5 },
    { key: 'name', header: '姓名', width: 9 },
    { key: 'id', header: '身份证号', width: 20 },
    { key: 'unit', header: '派出单位及职务', width: 26 },
    { key: 'start', header: '挂职开始时间', width: 12 },
  ],
};

const NAMES = ['张三', '李四', '王五', '赵六', '欧阳娜娜', '阿依古丽·买买提', '张 三'];

/** A real export of the app's own writer: the workbook clerks most often send back. */
export async function writerWorkbook(rows: number): Promise<Uint8Array> {
  const data: BodyRow[] = Array.from({ length: rows }, (_, i) => ({
    cells: [i + 1, NAMES[i % NAMES.length]!, `51172319850315${String(i % 1000).padStart(4, '0')}`, '开江县农业农村局副局长', '2024.05'],
  }));
  return writeCountySheet(ROSTER_HEAD, data, [`合计：共${rows}人`], { name: '填写说明', lines: ['每行填写一人。', '身份证号请按文本填写。'] });
}

/** A crafted workbook touching every part the reader parses: shared strings, styles, dates, formulas. */
function richBook(): CraftedWorkbook {
  const rows = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
    '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" s="1"><v>31123</v></c><c r="C2" t="str"><f>A2&amp;"x"</f><v>张三x</v></c><c r="D2" t="b"><v>1</v></c></row>',
    '<row r="3"><c r="A3" t="inlineStr"><is><t>李_x000D_四</t></is></c><c r="B3" t="d"><v>1990-12-01</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" s="2"><v>1985.1</v></c></row>',
    '<row><c t="inlineStr"><is><r><t>王</t></r><r><t>五</t></r></is></c><c s="3"><v>45418</v></c></row>',
  ].join('');
  return {
    sheets: [
      { name: '花名册', xml: rows },
      { name: '下拉', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>男</t></is></c></row>', state: 'hidden' },
    ],
    sharedStrings: ['<t>姓名</t>', '<t>出生年月</t>', '<t>备注</t>', '<t>是否党员</t>', '<r><t>张</t></r><r><t>三</t></r><rPh><t>zhang</t></rPh>'],
    styles: stylesXml([0, 14, 2, 31], {}),
  };
}

/** One of `items`, at random. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** An integer from `min` to `max`, at random. */
export function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Zips `entries` (XML text or bytes) with valid CRCs, stored or deflated. */
function rezip(entries: Record<string, string | Uint8Array>, random: () => number): Uint8Array {
  return zipFiles(entries, { deflate: random() < 0.5 });
}

/** One XML-level mutation of `xml`: the sort of damage a buggy tool or a hostile file does. */
export function mutateXml(xml: string, random: () => number): { xml: string; what: string } {
  const at = int(random, 0, Math.max(0, xml.length - 1));
  const ops: [string, () => string][] = [
    ['delete a range', () => xml.slice(0, at) + xml.slice(at + int(random, 1, 40))],
    ['cut the end', () => xml.slice(0, at)],
    ['insert a stray tag', () => xml.slice(0, at) + pick(random, ['<row>', '</row>', '<c r="A1">', '<v>', '</sheetData>', '<x:row r="2"/>', '<is><t>', '<si>']) + xml.slice(at)],
    ['garbage row number', () => xml.replace(/r="(\d+)"/, `r="${pick(random, ['0', '-1', '99999999', 'abc', '1048577', '1e9', ''])}"`)],
    ['garbage cell reference', () => xml.replace(/r="([A-Z]+\d+)"/, `r="${pick(random, ['XFE1', 'A0', '$A$1', 'AAAAAAA1', '1A', 'Ａ１'])}"`)],
    ['wrong cell type', () => xml.replace(/t="(s|inlineStr|str|b|d|e)"/, `t="${pick(random, ['s', 'b', 'd', 'e', 'n', 'str', 'inlineStr', 'zz'])}"`)],
    ['shared string out of range', () => xml.replace(/<v>(\d+)<\/v>/, `<v>${pick(random, ['99999', '-1', '1.5', 'x', '4294967296'])}</v>`)],
    ['undefined entity', () => xml.slice(0, at) + '&nbsp;' + xml.slice(at)],
    ['entity expansion DOCTYPE', () => xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')],
    ['duplicate the body', () => xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_m, rows: string) => `<sheetData>${rows}${rows}</sheetData>`)],
    ['control character', () => xml.slice(0, at) + String.fromCharCode(int(random, 0, 31)) + xml.slice(at)],
    ['CDATA section', () => xml.replace(/<t>([^<]*)<\/t>/, '<t><![CDATA[$1<>&]]></t>')],
    ['unicode garbage', () => xml.slice(0, at) + '\uFFFF\uD800\u202E' + xml.slice(at)],
    ['huge attribute', () => xml.replace(/<c /, `<c x="${'x'.repeat(int(random, 1000, 200_000))}" `)],
    ['deep nesting', () => xml.replace('<sheetData>', `<sheetData>${'<g>'.repeat(5000)}${'</g>'.repeat(5000)}`)],
    ['no root', () => ''],
  ];
  const [what, op] = pick(random, ops);
  return { xml: op(), what };
}

/** Bad files of every kind, ≈ 1,100 for the default counts. */
export async function generateBadFiles({ seed = 20241121 }: { seed?: number } = {}): Promise<BadFile[]> {
  const random = randomSource(seed);
  const files: BadFile[] = [];
  const add = (kind: BadFileKind, label: string, name: string, bytes: Uint8Array) => files.push({ kind, label, name, bytes });

  const roster = await writerWorkbook(40);
  const bases: [string, Uint8Array][] = [
    ['the app’s own roster export', roster],
    ['a crafted workbook (stored)', zipFiles(craftedEntries(richBook()))],
    ['a crafted workbook (deflated)', zipFiles(craftedEntries(richBook()), { deflate: true })],
  ];

  // Truncated: cut anywhere, the zip's end gone.
  for (let i = 0; i < 120; i++) {
    const [label, base] = pick(random, bases);
    const length = i < 6 ? [0, 1, 4, 22, 100, base.length - 1][i]! : int(random, 1, base.length - 1);
    add('truncated', `${label} cut at ${length} of ${base.length}`, '花名册.xlsx', base.subarray(0, length).slice());
  }

  // Bit-flipped: a few bytes changed anywhere (CRCs then fail, or the structure breaks).
  for (let i = 0; i < 200; i++) {
    const [label, base] = pick(random, bases);
    const copy = base.slice();
    const flips = int(random, 1, 8);
    for (let f = 0; f < flips; f++) copy[int(random, 0, copy.length - 1)]! ^= 1 << int(random, 0, 7);
    add('bit-flipped', `${label}, ${flips} bits flipped`, '花名册.xlsx', copy);
  }

  // XML-level mutations, re-zipped with valid CRCs: the XML itself must be checked.
  for (let i = 0; i < 260; i++) {
    const entries = craftedEntries(richBook());
    const parts = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels', 'xl/worksheets/sheet2.xml'];
    const part = pick(random, parts);
    const { xml, what } = mutateXml(String(entries[part]), random);
    entries[part] = xml;
    add('xml-mutation', `${part}: ${what}`, '花名册.xlsx', rezip(entries, random));
  }

  // Zip bombs: parts that unpack to hundreds of MB from a few hundred KB.
  const sheetStart = worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>炸</t></is></c></row>').replace('</sheetData></worksheet>', '</sheetData>');
  for (const megabytes of [300, 600]) {
    const bomb = await deflatedBomb(sheetStart, megabytes, '</worksheet>');
    const entries: Record<string, string | Uint8Array | DeflatedEntry> = craftedEntries({ sheets: [{ name: '表', xml: '' }] });
    entries['xl/worksheets/sheet1.xml'] = bomb;
    add('zip-bomb', `one ${megabytes} MB part`, '炸弹.xlsx', zipFiles(entries));
    add('zip-bomb', `one ${megabytes} MB part declaring 1 KB`, '炸弹.xlsx', zipFiles(entries, { declaredSize: { 'xl/worksheets/sheet1.xml': 1024 } }));
  }
  {
    const eight = await deflatedBomb(sheetStart, 8, '</worksheet>');
    for (const sheets of [300, 90]) {
      const entries: Record<string, string | Uint8Array | DeflatedEntry> = craftedEntries({ sheets: Array.from({ length: sheets }, (_, s) => ({ name: `表${s}`, xml: '' })) });
      entries['xl/_rels/workbook.xml.rels'] = String(entries['xl/_rels/workbook.xml.rels']).replace(/worksheets\/sheet\d+\.xml/g, 'worksheets/sheet1.xml');
      for (let s = 2; s <= sheets; s++) delete entries[`xl/worksheets/sheet${s}.xml`];
      entries['xl/worksheets/sheet1.xml'] = eight;
      add('zip-bomb', `${sheets} sheets pointing at one 8 MB part`, '炸弹.xlsx', zipFiles(entries));
    }
    const three: Record<string, string | Uint8Array | DeflatedEntry> = craftedEntries({ sheets: [1, 2, 3].map((n) => ({ name: `表${n}`, xml: '' })) });
    const twoHundred = await deflatedBomb(sheetStart, 200, '</worksheet>');
    for (const n of [1, 2, 3]) three[`xl/worksheets/sheet${n}.xml`] = twoHundred;
    add('zip-bomb', 'three parts of 200 MB each', '炸弹.xlsx', zipFiles(three));
  }
  // Rows by the million from a small file (the 1.2 MB / 6.7 M rows of the issue).
  for (const count of [1_100_000, 2_000_000, 6_700_000]) {
    const rows = await deflatedBomb(worksheetXml('').replace('</sheetData></worksheet>', ''), 0, '</sheetData></worksheet>', { chunk: '<row/>', times: count });
    const entries: Record<string, string | Uint8Array | DeflatedEntry> = craftedEntries({ sheets: [{ name: '表', xml: '' }] });
    entries['xl/worksheets/sheet1.xml'] = rows;
    add('zip-bomb', `${count} empty rows without r`, '名单.xlsx', zipFiles(entries));
  }
  {
    const strings = await deflatedBomb('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', 0, '</sst>', { chunk: '<si><t>x</t></si>', times: 2_100_000 });
    const entries: Record<string, string | Uint8Array | DeflatedEntry> = craftedEntries({ sheets: [{ name: '表', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: [] });
    entries['xl/sharedStrings.xml'] = strings;
    add('zip-bomb', '2.1 million shared strings', '名单.xlsx', zipFiles(entries));
  }

  // Huge cells: just under, at and over Excel's 32,767 characters, inline, shared, CSV.
  for (const length of [32_767, 32_768, 40_000, 1_000_000, 5_000_000]) {
    const long = pick(random, ['长', 'a', '学历学位']).repeat(length).slice(0, length);
    add('huge-cells', `inline cell of ${length} characters`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>` }] }), random));
    add('huge-cells', `shared string of ${length} characters`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: [`<t>${long}</t>`] }), random));
    add('huge-cells', `CSV field of ${length} characters`, '名单.csv', text(`姓名,学历学位\n张三,${long}\n`));
    add('huge-cells', `number text of ${length} digits`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: `<row r="1"><c r="A1"><v>${'9'.repeat(length)}</v></c></row>` }] }), random));
  }

  // Many rows and wide rows.
  {
    const empty = Array.from({ length: 100_000 }, (_, r) => `<row r="${r + 1}"/>`).join('');
    add('many-rows', '100,000 empty rows then one filled', '名单.xlsx', zipFiles(craftedEntries({ sheets: [{ name: '表', xml: `${empty}<row r="100001"><c r="A100001" t="inlineStr"><is><t>末行</t></is></c></row>` }] }), { deflate: true }));
    add('many-rows', '100,000 empty rows only', '名单.xlsx', zipFiles(craftedEntries({ sheets: [{ name: '表', xml: empty }] }), { deflate: true }));
    const styled = Array.from({ length: 100_000 }, (_, r) => `<row r="${r + 1}">${'<c s="1"/>'.repeat(20)}</row>`).join('');
    add('many-rows', '100,000 rows of styled empty cells', '名单.xlsx', zipFiles(craftedEntries({ sheets: [{ name: '表', xml: styled }], styles: stylesXml([0, 14]) }), { deflate: true }));
    const filled = Array.from({ length: 60_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>干部${r}</t></is></c><c r="B${r + 1}"><v>${r}</v></c></row>`).join('');
    add('many-rows', '60,000 filled rows (over the kept 50,000)', '名单.xlsx', zipFiles(craftedEntries({ sheets: [{ name: '表', xml: filled }] }), { deflate: true }));
    add('many-rows', 'a value in XFD on 2,000 rows', '名单.xlsx', zipFiles(craftedEntries({ sheets: [{ name: '表', xml: Array.from({ length: 2000 }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`).join('') }] }), { deflate: true }));
    add('many-rows', 'row 1,048,576 only', '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: '<row r="1048576"><c r="A1048576"><v>1</v></c></row>' }] }), random));
    add('many-rows', 'rows out of order and repeated', '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: '<row r="5"><c r="A5"><v>5</v></c></row><row r="2"><c r="B2"><v>2</v></c></row><row r="5"><c r="C5"><v>6</v></c></row>' }] }), random));
    const csvRows = Array.from({ length: 100_000 }, (_, r) => (r % 10 === 0 ? `干部${r},${r}` : '')).join('\n');
    add('many-rows', 'CSV of 100,000 lines, most empty', '名单.csv', text(csvRows));
    add('many-rows', 'CSV of 300 columns', '名单.csv', text(`${Array.from({ length: 300 }, (_, c) => `列${c}`).join(',')}\n${Array.from({ length: 300 }, (_, c) => c).join(',')}\n`));
  }

  // Control characters, escaped and raw.
  for (let i = 0; i < 32; i++) {
    const char = String.fromCharCode(i);
    const escaped = `_x${i.toString(16).padStart(4, '0').toUpperCase()}_`;
    add('control-characters', `raw U+${i.toString(16).padStart(4, '0')} in a cell`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>张${char}三</t></is></c></row>` }] }), random));
    add('control-characters', `${escaped} in a shared string`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: [`<t>张${escaped}三</t>`] }), random));
    if (i % 4 === 0) add('control-characters', `U+${i.toString(16).padStart(4, '0')} in a CSV`, '名单.csv', text(`姓名,备注\n张${char}三,无\n`));
  }

  // Odd dates and numbers under date formats.
  const serials = ['-1', '0', '0.5', '1', '59', '60', '61', '2958465', '2958466', '1e308', '-1e308', '4.9e-324', 'NaN', 'Infinity', '1,5', '0x10', ' 60 ', '', '１２'];
  for (const serial of serials) {
    for (const [format, label] of [
      [14, 'yyyy/m/d'],
      [31, 'yyyy年m月d日'],
      [20, 'h:mm'],
    ] as const) {
      add('odd-dates', `serial ${JSON.stringify(serial)} as ${label}`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: `<row r="1"><c r="A1" s="1"><v>${serial}</v></c></row>` }], styles: stylesXml([0, format]), date1904: random() < 0.3 }), random));
    }
  }
  for (const iso of ['2024-02-30', '2024-13-01', '0000-01-01', '9999-12-31T23:59:59Z', 'T25:61', '2024', 'yesterday', '', '2024-05-06T08:30:00+08:00']) {
    add('odd-dates', `t="d" ${JSON.stringify(iso)}`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: `<row r="1"><c r="A1" t="d"><v>${iso}</v></c></row>` }] }), random));
  }
  for (const custom of ['yyyy-mm-dd;@', '[$-804]aaaa;@', '"年"', '[h]:mm:ss', 'yyyy"年"m"月"', '0.00_);[Red](0.00)', '@', '[<=9999999]###-####;(###) ###-####', '[DBNum1][$-804]yyyy"年"m"月"d"日"', 'mmmmm', 'b2yyyy-mm-dd']) {
    add('odd-dates', `custom format ${custom}`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: '<row r="1"><c r="A1" s="1"><v>45418.75</v></c><c r="B1" s="1"><v>60</v></c></row>' }], styles: stylesXml([0, 200], { 200: custom }) }), random));
  }

  // ID numbers stored as numbers (rounded by Excel beyond 15 digits) and as text.
  for (const id of ['340524198001010012', '3.40524198001010E+17', '511723198503150036', '51172319850315003X', '4.4e17', '110101190001011237', '0', '-340524198001010012']) {
    for (const [fmt, label] of [
      [0, 'General'],
      [1, '0'],
      [49, '@'],
    ] as const) {
      const isNumber = /^-?[\d.E+e]+$/.test(id);
      const cell = isNumber ? `<c r="B2" s="1"><v>${id}</v></c>` : `<c r="B2" t="inlineStr" s="1"><is><t>${id}</t></is></c>`;
      add('numeric-ids', `ID ${id} as ${isNumber ? 'number' : 'text'}, format ${label}`, '名单.xlsx', rezip(craftedEntries({ sheets: [{ name: '表', xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>身份证号</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c>${cell}</row>` }], styles: stylesXml([0, fmt]) }), random));
    }
  }

  // Other file formats a clerk may pick by mistake.
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const noise = (n: number) => Uint8Array.from({ length: n }, () => int(random, 0, 255));
  const utf16 = (name: string) => Uint8Array.from(Buffer.from(name, 'utf16le'));
  const formats: [string, string, () => Uint8Array][] = [
    ['old .xls', '花名册.xls', () => new Uint8Array([...cfb, ...noise(2000), ...utf16('Workbook'), ...noise(500)])],
    ['.xls renamed .xlsx', '花名册.xlsx', () => new Uint8Array([...cfb, ...noise(1500), ...utf16('Book'), ...noise(300)])],
    ['password-protected .xlsx', '花名册.xlsx', () => new Uint8Array([...cfb, ...noise(600), ...utf16('EncryptionInfo'), ...noise(200), ...utf16('EncryptedPackage'), ...noise(800)])],
    ['old .doc', '材料.doc', () => new Uint8Array([...cfb, ...noise(900), ...utf16('WordDocument'), ...noise(300)])],
    ['PDF', '名单.pdf', () => new Uint8Array([...ascii('%PDF-1.7\n'), ...noise(3000)])],
    ['PNG', '照片.png', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(2000)])],
    ['JPEG', '照片.jpg', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...noise(2000)])],
    ['GIF', '图.gif', () => new Uint8Array([...ascii('GIF89a'), ...noise(500)])],
    ['WebP', '图.webp', () => new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...noise(500)])],
    ['RAR', '名单.rar', () => new Uint8Array([...ascii('Rar!\x1a\x07\x00'), ...noise(800)])],
    ['7z', '名单.7z', () => new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, ...noise(800)])],
    ['gzip', '名单.gz', () => new Uint8Array([0x1f, 0x8b, 8, 0, ...noise(800)])],
    ['Windows program', '名单.exe', () => new Uint8Array([...ascii('MZ'), 0x90, 0, ...noise(4000)])],
    ['.docx', '材料.docx', () => zipFiles({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }, { deflate: random() < 0.5 })],
    ['.pptx', '材料.pptx', () => zipFiles({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' })],
    ['.ods', '名单.ods', () => zipFiles({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office/>' })],
    ['a zip of .lrmx files', '任免表.zip', () => zipFiles({ '张三.lrmx': '<?xml version="1.0"?><Person/>' })],
    ['an empty zip', '空.zip', () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
    ['an LRMX file', '张三.lrmx', () => text('<?xml version="1.0" encoding="UTF-8"?>\n<Person><XingMing>张三</XingMing><XingBie>男</XingBie></Person>')],
    ['an HTML “.xls”', '名单.xls', () => iconv.encode('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="gbk"></head><body><table><tr><td>姓名</td></tr></table></body></html>', 'gbk')],
    ['an Excel 2003 XML workbook', '名单.xml', () => text('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>')],
    ['other XML', '配置.xml', () => text('<?xml version="1.0"?><config/>')],
    ['an empty file', '名单.xlsx', () => new Uint8Array(0)],
    ['one byte', '名单.xlsx', () => new Uint8Array([0x50])],
    ['random bytes', '名单.xlsx', () => noise(int(random, 1, 20_000))],
    ['a file of NUL bytes', '名单.csv', () => new Uint8Array(5000)],
    ['whitespace only', '名单.csv', () => text(' \n\t\n\r\n   ')],
  ];
  for (let i = 0; i < 110; i++) {
    const [label, name, make] = formats[i % formats.length]!;
    add('wrong-format', label, name, make());
  }

  // Text in the encodings clerks' machines produce, and in some they should not.
  const clockIn = '姓名,工号,部门,考勤日期,打卡时间,打卡结果\n张三,0012,城关镇,2024-05-06,08:29,正常\n欧阳娜娜,0013,讲治镇,2024-05-06,09:02,迟到\n';
  const encodings: [string, () => Uint8Array][] = [
    ['GBK', () => iconv.encode(clockIn, 'gbk')],
    ['GB18030', () => iconv.encode(clockIn, 'gb18030')],
    ['UTF-8 with BOM', () => iconv.encode(clockIn, 'utf8', { addBOM: true })],
    ['UTF-16LE with BOM, tabs', () => iconv.encode(clockIn.replace(/,/g, '\t'), 'utf16le', { addBOM: true })],
    ['UTF-16LE without BOM', () => iconv.encode(clockIn, 'utf16le')],
    ['UTF-16BE with BOM', () => iconv.encode(clockIn, 'utf16be', { addBOM: true })],
    ['Big5', () => iconv.encode(clockIn, 'big5')],
    ['Shift_JIS', () => iconv.encode('名前,部署\n山田太郎,営業部\n', 'shift_jis')],
    ['EUC-KR', () => iconv.encode('이름,부서\n김철수,영업부\n', 'euc-kr')],
    ['Latin-1', () => iconv.encode('Name,Ort\nMüller,Köln\n', 'latin1')],
    ['UTF-8 with a broken byte', () => new Uint8Array([...text(clockIn.slice(0, 30)), 0xff, ...text(clockIn.slice(30))])],
    ['GBK with a broken sequence', () => new Uint8Array([...iconv.encode(clockIn.slice(0, 20), 'gbk'), 0x81, 0x20, ...iconv.encode(clockIn.slice(20), 'gbk')])],
    ['UTF-8 and GBK mixed', () => new Uint8Array([...text(clockIn.slice(0, 40)), ...iconv.encode(clockIn.slice(40), 'gbk')])],
    ['UTF-32LE', () => Uint8Array.from(Array.from(clockIn).flatMap((ch) => { const cp = ch.codePointAt(0)!; return [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, 0]; }))],
    ['GBK labelled UTF-8 with a BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(clockIn, 'gbk')])],
    ['high bytes only', () => Uint8Array.from({ length: 600 }, (_, k) => (k % 3 === 0 ? 0x80 : k % 3 === 1 ? 0xff : 0x41))],
  ];
  for (let i = 0; i < 80; i++) {
    const [label, make] = encodings[i % encodings.length]!;
    add('wrong-encoding', label, pick(random, ['钉钉打卡.csv', '企业微信打卡.csv', '打卡.txt', '打卡.xlsx']), make());
  }

  // CSV variants.
  const variants: [string, () => string][] = [
    ['semicolons', () => clockIn.replace(/,/g, ';')],
    ['tabs', () => clockIn.replace(/,/g, '\t')],
    ['pipes', () => clockIn.replace(/,/g, '|')],
    ['CR line ends', () => clockIn.replace(/\n/g, '\r')],
    ['CRLF line ends', () => clockIn.replace(/\n/g, '\r\n')],
    ['quoted fields with line breaks', () => '姓名,备注\n张三,"第一行\n第二行"\n李四,"含""引号"""\n'],
    ['an unclosed quote', () => '姓名,备注\n张三,"未闭合\n李四,无\n'],
    ['a quote in the middle', () => '姓名,身高\n张三,5"11\n'],
    ['ragged rows', () => 'a,b,c\n1\n1,2,3,4,5\n\n,,\n'],
    ['leading tab and ="…"', () => '姓名,手机,工号\n张三,\t13800138000,="0012"\n'],
    ['only a header', () => '姓名,工号,部门\n'],
    ['empty lines between', () => '\n\n姓名\n\n\n张三\n\n'],
    ['one very wide line', () => Array.from({ length: 5000 }, (_, k) => `v${k}`).join(',')],
    ['delimiter only', () => ',,,,,\n,,,,,\n'],
    ['formula-like cells', () => '姓名,备注\n张三,=1+1\n李四,@SUM(A1)\n王五,＝HYPERLINK("x")\n'],
    ['a BOM in the middle', () => `姓名\ufeff,工号\n张三,1\n`],
    ['NUL in a field', () => '姓名,备注\n张\u0000三,无\n'],
    ['a lone surrogate', () => '姓名\n张\ud800三\n'],
    ['ten thousand rows', () => Array.from({ length: 10_000 }, (_, k) => `干部${k},${k},城关镇`).join('\n')],
    ['no line end at the end', () => '姓名,工号\n张三,1'],
  ];
  for (let i = 0; i < 100; i++) {
    const [label, make] = variants[i % variants.length]!;
    const encoding = pick(random, ['utf8', 'gbk', 'utf8bom']);
    const body = make();
    const bytes = encoding === 'gbk' ? iconv.encode(body, 'gbk') : encoding === 'utf8bom' ? iconv.encode(body, 'utf8', { addBOM: true }) : text(body);
    add('csv-variant', `${label} (${encoding})`, pick(random, ['名单.csv', '名单.txt', '名单.CSV']), bytes);
  }

  return files;
}
