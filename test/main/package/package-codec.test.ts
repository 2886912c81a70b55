import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES, type TableName } from '@shared/domain/tables';
import { canonicalJson } from '@shared/sync/canonical-json';
import { formatHlc } from '@shared/sync/hlc';
import { mergeRecord } from '@shared/sync/merge';
import { tableColumns, codecOf } from '@shared/sync/package/columns';
import { decodeCell, encodeCell, MARK } from '@shared/sync/package/cells';
import { PackageRefusal } from '@shared/sync/package/decoder';
import type { Stored } from '@shared/sync/record';
import { stampDelete, stampNew, stampPatch } from '@shared/sync/stamp';
import { editTexts, forgeManifest, header, readPackage, textXml, unzip, writeLegacyPackage, writePackage } from './package-files';

const O = '0a0a0a0a0a0a0a0a';
const T = '1b1b1b1b1b1b1b1b';
const T0 = Date.parse('2026-11-20T01:00:00.000Z');
const st = (site: string, n: number) => formatHlc({ millis: T0 + n, counter: 0, siteId: site });

type Rec = Stored<Record<string, unknown>>;
const make = (table: TableName, input: Record<string, unknown>, stamp: string, id?: string): Rec =>
  stampNew(ENTITY_TABLES[table].schema.parse(input) as Record<string, unknown>, stamp, id) as Rec;

/** A small county as one PC holds it: every kind of value a package must carry. */
function county() {
  const unit = make('units', { name: '开江县发展和改革局', level: 'county', kind: 'govOrgan', isInCounty: true }, st(O, 1), 'u-1');
  const town = make('units', { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true, parentId: null }, st(O, 2), 'u-2');
  const photo = `data:image/jpeg;base64,${'A'.repeat(70_000)}😀${'B'.repeat(5)}`;
  const cadre = make(
    'cadres',
    { name: '李明', idCardNo: '34052419800101001X', sex: '1', birthDate: '1980-01-01', ethnicity: '01', politicalStatus: '01', workStartDate: '2002-07', staffCategory: 'civilServant', homeUnitId: 'u-1', currentPost: '办公室主任', photo, remarks: '第一行\r\n第二行\t制表符 _x0041_ 结尾空格 ' },
    st(O, 3),
    'c-1',
  );
  const rules = make('leaveRuleSets', { name: '默认规则', tiers: [{ maxDays: 3, approverRole: '乡镇党委书记' }, { maxDays: null, approverRole: '县委组织部' }] }, st(O, 4), 'lr-1');
  const posting = make(
    'postings',
    { cadreId: 'c-1', type: 'secondmentDown', direction: 'down', dispatchingUnitId: 'u-1', originalPost: '科员', receivingUnitId: 'u-2', secondedPost: '副镇长', startDate: '2026-03-01', termMonths: 24, plannedEndDate: '2028-02-29', status: 'active', insured: true },
    st(O, 5),
    'p-1',
  );
  // The township edits the seconded post, the 组织部 edits it again knowingly: the record knows T's stamp beyond its clock.
  const townEdit = stampPatch(posting, { secondedPost: '挂职副镇长' }, st(T, 10)).next;
  const knowing = stampPatch(mergeRecord(posting, townEdit, { table: 'postings' }).record, { secondedPost: '党委委员、副镇长' }, st(O, 20)).next;
  const month = make('attendanceMonths', { postingId: 'p-1', month: '2026-11', d02: 'present', d03: 'officialOuting' }, st(T, 11));
  const entry = stampDelete(make('logEntries', { postingId: 'p-1', kind: 'daily', date: '2026-11-02', content: '走访农户“张三”家，了解=SUM(A1)情况', category: [], enteredBy: '王芳' }, st(T, 12), 'le-1'), st(T, 13));
  return { units: [unit, town], cadres: [cadre], leaveRuleSets: [rules], postings: [knowing], attendanceMonths: [month], logEntries: [entry] };
}

/** Records as the package carries them (no local fields; unstamped empty fields left out, as the merge does). */
const wire = (r: Rec) => mergeRecord(undefined, r, { table: 't' }).record;

describe('exchange package: write → read of the .xlsx bytes', { timeout: 30_000 }, () => {
  it('gives back every record exactly: values of every kind, long texts, tombstones, clocks and knowledge', async () => {
    const tables = county();
    const { bytes, manifest } = await writePackage(header(O), tables);
    const read = await readPackage(bytes);
    for (const [t, records] of Object.entries(tables)) {
      expect(canonicalJson(read.tables[t as TableName]), t).toBe(canonicalJson(records.map(wire)));
    }
    expect(read.manifest).toEqual(manifest);
    expect(manifest.tables.logEntries).toMatchObject({ sheet: '纪实', count: 1, deleted: 1 });
    expect(manifest.long.count).toBeGreaterThan(1);
    // The package claims to know what its records know, T's overwritten stamp included.
    expect(manifest.seen).toEqual({ [O]: st(O, 20), [T]: st(T, 13) });
    expect(read.tables.postings![0]!._known).toEqual({ [T]: st(T, 10) });
  });

  it('keeps text in the cells, and still reads the packages exceljs wrote before (shared strings, then `t="str"` cells)', async () => {
    const tables = county();
    const inline = await writePackage(header(O), tables);
    expect(Object.keys(unzip(inline.bytes))).not.toContain('xl/sharedStrings.xml');
    expect(textXml(inline.bytes)).toContain('t="inlineStr"');
    for (const sharedStrings of [true, false]) {
      const before = await writeLegacyPackage(header(O), tables, { sharedStrings });
      const parts = unzip(before.bytes);
      if (sharedStrings) expect(Buffer.from(parts['xl/sharedStrings.xml']!).toString('utf8')).toContain('副镇长');
      else expect(textXml(before.bytes)).toContain('t="str"');
      const read = await readPackage(before.bytes);
      for (const [t, records] of Object.entries(tables)) expect(canonicalJson(read.tables[t as TableName]), t).toBe(canonicalJson(records.map(wire)));
      expect(read.manifest.contentSha256).toBe(before.manifest.contentSha256);
    }
  });

  it('lays out a workbook a person can look at: 说明 first, Chinese headers, technical columns and the manifest hidden', async () => {
    const { bytes } = await writePackage(header(O), county());
    const parts = unzip(bytes);
    const workbook = Buffer.from(parts['xl/workbook.xml']!).toString('utf8');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*>/g)].map((m) => m[1]);
    // 说明, then a sheet per table in dependency order: units before cadres before postings.
    expect(names.slice(0, 2)).toEqual(['说明', '单位']);
    expect(names.indexOf('干部')).toBeGreaterThan(1);
    expect(names.indexOf('挂职')).toBeGreaterThan(names.indexOf('干部'));
    expect(names.slice(-2)).toEqual(['_long', '_manifest']);
    expect(workbook).toMatch(/name="_manifest"[^>]*state="hidden"|state="hidden"[^>]*name="_manifest"/);
    const strings = textXml(bytes);
    for (const label of ['挂职通数据包（请勿修改）', '挂任职务', '到岗日期', '共 7 条记录：', '　　纪实：1 条（其中删除标记 1 条）', '谈话记录只在组织部电脑之间传递，本数据包不含谈话记录。']) expect(strings).toContain(label);
    const sheetOf = (text: string) => Object.entries(parts).find(([n, d]) => n.startsWith('xl/worksheets/') && Buffer.from(d).toString('utf8').includes(text))![1];
    const postingsSheet = Buffer.from(sheetOf('挂任职务')).toString('utf8');
    const hidden = [...postingsSheet.matchAll(/<col [^>]*hidden="1"[^>]*>/g)];
    expect(hidden.length).toBeGreaterThan(0);
    // Records are for programs: no row heights and no wrapping below the header; the 说明 sheet is for people and keeps them.
    const postings = Buffer.from(sheetOf('党委委员、副镇长')).toString('utf8');
    expect(postings.slice(postings.indexOf('<row r="2"'))).not.toMatch(/<row [^>]*ht="/);
    expect(Buffer.from(sheetOf('挂职通数据包（请勿修改）')).toString('utf8')).toMatch(/<row [^>]*ht="/);
  });

  it('continues a long table on further sheets and reads it back whole', async () => {
    const units = Array.from({ length: 25 }, (_, i) => make('units', { name: `单位${i}`, level: 'county', kind: 'govOrgan', isInCounty: true }, st(O, i + 1), `u-${i}`));
    const { bytes } = await writePackage(header(O), { units }, { maxBodyRows: 10, chunk: 7 });
    const workbook = Buffer.from(unzip(bytes)['xl/workbook.xml']!).toString('utf8');
    expect(workbook).toContain('name="单位(2)"');
    expect(workbook).toContain('name="单位(3)"');
    const read = await readPackage(bytes);
    expect(read.tables.units!.map((u) => u.id)).toEqual(units.map((u) => u.id));
  });

  it('carries any text and any JSON value in any column unchanged', () => {
    const codecs = ['text', 'number', 'bool', 'json'] as const;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.jsonValue()), fc.constantFrom(...codecs), (value, codec) => {
        const back = decodeCell(encodeCell(value, codec), codec, 'x');
        expect(canonicalJson(back ?? null)).toBe(canonicalJson(value));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('survives the .xlsx round trip for text no cell could hold as it is', async () => {
    const special = ['\r', '\u0000\u0001', '_x0041_', '_X0041_', ' 前后空格 ', '\ud800', '\udfff孤', '\uffff', MARK, '\uE001', '=1+1', '@SUM', '\n\n', '\t'];
    const strings = [...special, ...fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), { numRuns: 300, seed: 7 })];
    const units = strings.map((s, i) => ({ ...make('units', { name: `单位${i}`, level: 'county', kind: 'govOrgan', isInCounty: true }, st(O, i + 1), `u-${i}`), shortName: s }));
    const read = await readPackage((await writePackage(header(O), { units })).bytes);
    expect(read.tables.units!.map((u) => u.shortName)).toEqual(strings);
  });

  it('infers a codec for every field of every table', () => {
    for (const t of Object.keys(ENTITY_TABLES) as TableName[]) for (const c of tableColumns(t)) expect(['text', 'number', 'bool', 'json'], `${t}.${c.key}`).toContain(c.codec);
    const shape = (ENTITY_TABLES.postings.schema as unknown as { shape: Record<string, import('zod').ZodType> }).shape;
    expect(codecOf(shape.insured!)).toBe('bool');
    expect(codecOf(shape.termMonths!)).toBe('number');
    expect(codecOf(shape.remarks!)).toBe('text');
    expect(tableColumns('leaveRuleSets').find((c) => c.key === 'tiers')!.codec).toBe('json');
  });
});

describe('exchange package: refused, with a clear message', { timeout: 30_000 }, () => {
  const refusal = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

  it('a cell edited by hand (its text changed in a text editor)', async () => {
    const { bytes } = await writePackage(header(O), county());
    expect(textXml(bytes)).toContain('副镇长');
    const edited = editTexts(bytes, (x) => x.replace('副镇长', '镇长'));
    const e = await refusal(readPackage(edited));
    expect(e).toBeInstanceOf(PackageRefusal);
    expect((e as Error).message).toMatch(/工作表的内容与校验值不符/);
  });

  it('the manifest edited (the claimed seen vector changed)', async () => {
    const { bytes } = await writePackage(header(O), county());
    const claim = (t: string) => `"${T}":"${t}"`;
    expect(textXml(bytes)).toContain(claim(st(T, 13)));
    const edited = editTexts(bytes, (x) => x.replace(claim(st(T, 13)), claim(st(T, 99))));
    expect(((await refusal(readPackage(edited))) as Error).message).toMatch(/数据包说明（_manifest）与校验值不符/);
  });

  it('a package of a newer version', async () => {
    const { bytes } = await writePackage(header(O, { schemaVersion: 9, appVersion: '2.3.0' }), county());
    expect(((await refusal(readPackage(bytes))) as Error).message).toMatch(/请先升级挂职通到 2\.3\.0/);
  });

  it('stamps far in the future', async () => {
    const { bytes } = await writePackage(header(O), county());
    expect(((await refusal(readPackage(bytes, T0 - 40 * 86_400_000))) as Error).message).toMatch(/数据包中“[^”]+”编号为 [\w-]+ 的记录的修改时间比本机当前时间晚 4\d 天/);
  });

  it('a manifest whose checksum agrees but whose seen claims more than its records know', async () => {
    const { bytes, manifest } = await writePackage(header(O), county());
    const forged = forgeManifest(bytes, manifest, (m) => ({ ...m, seen: { ...m.seen, [T]: st(T, 99) } }));
    expect(((await refusal(readPackage(forged))) as Error).message).toMatch(/记载的已知修改与数据包中的记录不符/);
  });

  it('an export time far in the future, its checksum agreeing', async () => {
    const { bytes, manifest } = await writePackage(header(O), county());
    const forged = forgeManifest(bytes, manifest, (m) => ({ ...m, created: '2027-06-01T00:00:00.000Z' }));
    expect(((await refusal(readPackage(forged))) as Error).message).toMatch(/^数据包的导出时间比本机当前时间晚 \d+ 天/);
  });

  it('a value that does not fit its field', async () => {
    const tables = county();
    tables.postings[0]!.termMonths = 999;
    expect(((await refusal(readPackage((await writePackage(header(O), tables)).bytes))) as Error).message).toMatch(/期限（月）不能大于120/);
  });
});
