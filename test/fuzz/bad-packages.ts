// The generator of bad exchange packages (issue 11, "Done when": at least 1,000): real packages of
// main's writer, then truncated, bit-flipped, their XML mutated and re-zipped with valid CRCs,
// their manifest edited by hand or forged with a checksum that agrees, a checksum wrong, a newer
// schema, another program's file, a roster instead of a package, ids twice, stamps from the future,
// 10 MB strings, and other file formats. Deterministic for a seed.
//   const cases = await generateBadPackages({ seed: 1, siteId, tables, receiverSiteId, schemaVersion, now });
import { formatHlc } from '@shared/sync/hlc';
import type { Manifest, PackageHeader } from '@shared/sync/package/manifest';
import type { Hlc, Stored } from '@shared/sync/record';
import { craftedEntries, inlineCell } from '../main/excel/crafted-workbook';
import { zipFiles } from '../main/excel/zip-helpers';
import { editTexts, forgeManifest, header, textXml, unzip, writePackage } from '../main/package/package-files';
import { int, mutateXml, pick, randomSource, writerWorkbook } from './bad-files';

/** What a bad package is, for the counts. */
export type BadPackageKind =
  | 'truncated'
  | 'bit-flipped'
  | 'xml-mutation'
  | 'manifest-edited'
  | 'checksum-wrong'
  | 'newer-schema'
  | 'wrong-app'
  | 'roster'
  | 'duplicated-ids'
  | 'future-stamps'
  | 'huge-strings'
  | 'forged-manifest'
  | 'wrong-format';

/** One generated package file. */
export interface BadPackage {
  kind: BadPackageKind;
  /** What was done, for a failure message. */
  label: string;
  name: string;
  bytes: Uint8Array;
  /** The refusal this case must get (when it is certain); `'accept'`: the case must be imported. */
  expect?: RegExp | 'accept';
}

/** What the generator builds on: the exporting PC's records and the receiving PC. */
export interface BadPackageInput {
  seed: number;
  /** the exporting 组织部 PC and its records (wire records, by table) */
  siteId: string;
  tables: Readonly<Record<string, readonly Stored<object>[]>>;
  /** the PC that imports */
  receiverSiteId: string;
  schemaVersion: number;
  /** the receiver's time (ms) */
  now: number;
}

const DAY = 86_400_000;
const TEN_MB = 10_000_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = (s: string) => new TextEncoder().encode(s);

/** The records with `edit` applied to a deep copy of record `index` of `table`. */
function withRecord(tables: BadPackageInput['tables'], table: string, index: number, edit: (r: Record<string, unknown>) => void): Record<string, Stored<object>[]> {
  const copy = structuredClone(tables) as Record<string, Stored<object>[]>;
  edit(copy[table]![index] as unknown as Record<string, unknown>);
  return copy;
}

/** Every string value in the records, nested ones included. */
function recordStrings(tables: BadPackageInput['tables']): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  Object.values(tables).forEach(walk);
  return out;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Bad packages of every kind, ≈ 1,040 for the default counts (few through the writer, the slow part). */
export async function generateBadPackages(input: BadPackageInput): Promise<BadPackage[]> {
  const random = randomSource(input.seed);
  const out: BadPackage[] = [];
  const add = (kind: BadPackageKind, label: string, bytes: Uint8Array, expect?: BadPackage['expect'], name = '挂职通数据包.xlsx') => out.push({ kind, label, name, bytes, ...(expect ? { expect } : {}) });
  const { siteId, tables } = input;
  const head = (over: Partial<PackageHeader> = {}): PackageHeader => header(siteId, { schemaVersion: input.schemaVersion, created: new Date(input.now - 3_600_000).toISOString(), ...over });
  const filled = Object.keys(tables).filter((t) => tables[t]!.length > 0);
  const small: Record<string, Stored<object>[]> = { units: [...tables.units!], postings: tables.postings!.slice(0, 2) };

  const base = await writePackage(head(), tables);
  const smallBase = await writePackage(head(), small);
  const bases: [string, { bytes: Uint8Array; manifest: Manifest }][] = [
    ['a county package', base],
    ['a package of units and two postings', smallBase],
  ];
  const parts = unzip(base.bytes);
  const partNames = Object.keys(parts);
  const stringsXml = textXml(base.bytes);
  const dataStrings = [...stringsXml.matchAll(/<([tv])[^>]*>([^<]*[\u4e00-\u9fff][^<]*)<\/\1>/g)].map((m) => m[2]!).filter((s) => !s.includes('&quot;'));
  // Strings that are a record's value (not a column label or the 说明 text, which no checksum covers).
  const values = recordStrings(tables);
  const valueStrings = dataStrings.filter((s) => values.has(unescapeXml(s)));

  // Truncated: cut anywhere, the zip's end gone.
  for (let i = 0; i < 150; i++) {
    const [label, { bytes }] = pick(random, bases);
    const length = i < 5 ? [1, 4, 22, 100, bytes.length - 1][i]! : int(random, 1, bytes.length - 1);
    add('truncated', `${label} cut at ${length} of ${bytes.length}`, bytes.subarray(0, length).slice());
  }

  // Bit-flipped: a few bits changed anywhere (a USB stick going bad).
  for (let i = 0; i < 230; i++) {
    const [label, { bytes }] = pick(random, bases);
    const copy = bytes.slice();
    const flips = int(random, 1, 8);
    for (let f = 0; f < flips; f++) copy[int(random, 0, copy.length - 1)]! ^= 1 << int(random, 0, 7);
    add('bit-flipped', `${label}, ${flips} bits flipped`, copy);
  }

  // XML-level mutations of any part, re-zipped with valid CRCs: the zip checks pass, the XML and the checksums must not.
  for (let i = 0; i < 220; i++) {
    const part = pick(random, partNames);
    const { xml, what } = mutateXml(Buffer.from(parts[part]!).toString('utf8'), random);
    const entries: Record<string, string | Uint8Array> = { ...parts, [part]: xml };
    add('xml-mutation', `${part}: ${what}`, zipFiles(entries, { deflate: random() < 0.5 }));
  }

  // The manifest edited by hand (its checksum left as it was).
  const otherSite = 'f5f5f5f5f5f5f5f5';
  const handEdits: [string, (m: Manifest) => Record<string, unknown>][] = [
    ['source label', (m) => ({ ...m, source: { ...m.source, label: '城关镇-改过的名字' } })],
    ['created', (m) => ({ ...m, created: new Date(Date.parse(m.created) - DAY).toISOString() })],
    ['seen', (m) => ({ ...m, seen: { ...m.seen, [otherSite]: formatHlc({ millis: input.now - DAY, counter: 0, siteId: otherSite }) } })],
    ['a table count', (m) => ({ ...m, tables: { ...m.tables, units: { ...m.tables.units!, count: m.tables.units!.count + 1 } } })],
    ['packageId', (m) => ({ ...m, packageId: crypto.randomUUID() })],
    ['target scope', (m) => ({ ...m, target: { ...m.target, scope: { kind: 'all', restricted: true } } })],
    ['sampleSkipped', (m) => ({ ...m, sampleSkipped: m.sampleSkipped + 3 })],
    ['appVersion', (m) => ({ ...m, appVersion: '0.0.9' })],
  ];
  for (let i = 0; i < 96; i++) {
    const [label, edit] = handEdits[i % handEdits.length]!;
    const [baseLabel, b] = pick(random, bases);
    add('manifest-edited', `${baseLabel}: ${label} edited`, forgeManifest(b.bytes, b.manifest, edit, { resign: false }), /数据包说明（_manifest）/);
  }

  // Checksums wrong: the manifest's own, a table's, a count; a data cell edited as in Excel.
  const hex = () => Array.from({ length: 64 }, () => '0123456789abcdef'[int(random, 0, 15)]).join('');
  for (let i = 0; i < 96; i++) {
    const [baseLabel, b] = pick(random, bases);
    const table = pick(random, Object.keys(b.manifest.tables).filter((t) => b.manifest.tables[t]!.count > 0));
    switch (i % 4) {
      case 0:
        add('checksum-wrong', `${baseLabel}: contentSha256 replaced`, forgeManifest(b.bytes, b.manifest, (m) => ({ ...m, contentSha256: hex() }), { resign: false }), /与校验值不符/);
        break;
      case 1:
        add('checksum-wrong', `${baseLabel}: ${table} sha256 replaced, manifest re-signed`, forgeManifest(b.bytes, b.manifest, (m) => ({ ...m, tables: { ...m.tables, [table]: { ...m.tables[table]!, sha256: hex() } } })), /工作表的内容与校验值不符/);
        break;
      case 2:
        add('checksum-wrong', `${baseLabel}: ${table} count +1, manifest re-signed`, forgeManifest(b.bytes, b.manifest, (m) => ({ ...m, tables: { ...m.tables, [table]: { ...m.tables[table]!, count: m.tables[table]!.count + 1 } } })), /应有 \d+ 条记录，实际读到 \d+ 条/);
        break;
      default: {
        const victim = pick(random, valueStrings);
        const replaced = pick(random, ['张三', '已修改', victim + '。', victim.slice(1) || '空'].filter((r) => r !== victim));
        add('checksum-wrong', `cell “${victim.slice(0, 20)}” changed to “${replaced}”`, editTexts(base.bytes, (x) => x.replace(`>${victim}<`, `>${replaced}<`)), /与校验值不符/);
      }
    }
  }

  // A newer schema or layout: “请先升级挂职通到 x.y”.
  for (let i = 0; i < 40; i++) {
    const appVersion = `${int(random, 0, 9)}.${int(random, 0, 20)}${random() < 0.5 ? `.${int(random, 0, 9)}` : ''}`;
    const upgrade = new RegExp(`请先升级挂职通到 ${escape(appVersion)}`);
    if (i % 8 === 0) {
      const pkg = await writePackage(head({ schemaVersion: input.schemaVersion + int(random, 1, 5), appVersion }), small);
      add('newer-schema', `schemaVersion ahead, app ${appVersion}`, pkg.bytes, upgrade);
    } else if (i % 2 === 1) {
      add('newer-schema', `formatVersion 2, app ${appVersion}`, forgeManifest(smallBase.bytes, smallBase.manifest, (m) => ({ ...m, formatVersion: int(random, 2, 9), appVersion })), upgrade);
    } else {
      const field = pick(random, ['newField', 'faceImage', 'gpsTrack']);
      const forged = forgeManifest(smallBase.bytes, smallBase.manifest, (m) => ({ ...m, appVersion, tables: { ...m.tables, units: { ...m.tables.units!, columns: [...m.tables.units!.columns, { key: field, codec: 'text' }] } } }));
      add('newer-schema', `a column ${field} this build does not know, app ${appVersion}`, forged, upgrade);
    }
  }

  // Another program's file: a format of another name, a `_manifest` sheet of some other tool.
  const manifestSheet = (rows: [string, string][]) =>
    zipFiles(craftedEntries({ sheets: [{ name: '说明', xml: `<row r="1">${inlineCell('A1', '说明')}</row>` }, { name: '_manifest', xml: rows.map(([k, v], r) => `<row r="${r + 1}">${inlineCell(`A${r + 1}`, k)}${inlineCell(`B${r + 1}`, v)}</row>`).join('') }] }), { deflate: random() < 0.5 });
  for (let i = 0; i < 40; i++) {
    const format = pick(random, ['guazhitong-backup', 'wps-package', 'GUAZHITONG-PACKAGE', 'other-app', '']);
    switch (i % 4) {
      case 0:
        add('wrong-app', `format “${format}”, re-signed`, forgeManifest(smallBase.bytes, smallBase.manifest, (m) => ({ ...m, format })), /不是挂职通数据包/);
        break;
      case 1:
        add('wrong-app', `another tool's _manifest (format “${format}”)`, manifestSheet([['format', JSON.stringify(format)], ['version', '3']]), /不是挂职通数据包/);
        break;
      case 2:
        add('wrong-app', 'another tool’s _manifest of plain text', manifestSheet([['生成工具', '某某系统'], ['版本', 'V2.0']]), /数据包说明（_manifest）已损坏|不是挂职通数据包/);
        break;
      default:
        add('wrong-app', 'an empty _manifest', manifestSheet([]), /不是挂职通数据包/);
    }
  }

  // A roster (花名册) or another report instead of a package.
  const rosters = await Promise.all([1, 5, 40, 200].map((rows) => writerWorkbook(rows)));
  const rosterCsv = '序号,姓名,身份证号,派出单位及职务\n1,张三,511723198503150036,开江县农业农村局副局长\n';
  for (let i = 0; i < 40; i++) {
    if (i % 5 === 4) add('roster', 'a roster as CSV', text(rosterCsv), /不是挂职通数据包/, '花名册.csv');
    else add('roster', `the app’s roster export (${['1', '5', '40', '200'][i % 4]} rows)`, rosters[i % 4]!, /不是挂职通数据包/, '花名册.xlsx');
  }

  // Ids twice in a table: a record repeated, or another record given its id.
  for (let i = 0; i < 30; i++) {
    const table = pick(random, filled);
    const rows = tables[table]!;
    const copy = structuredClone(tables) as Record<string, Stored<object>[]>;
    const first = rows[int(random, 0, rows.length - 1)]!;
    if (i % 2 === 0 || rows.length < 2) copy[table] = [...copy[table]!, structuredClone(first)];
    else {
      const other = copy[table]!.findIndex((r) => r.id !== first.id);
      copy[table]![other] = { ...copy[table]![other]!, id: first.id };
    }
    add('duplicated-ids', `${table}: id ${first.id} twice`, (await writePackage(head(), copy)).bytes, /出现了不止一次/);
  }

  // Stamps from the future: beyond 30 days refused naming the record; within, imported.
  const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
  const aheads: [string, number, boolean][] = [
    ['1 hour', 3_600_000, true],
    ['1 day', DAY, true],
    ['29 days', 29 * DAY, true],
    ['31 days', 31 * DAY, false],
    ['1 year', 365 * DAY, false],
    ['to 2099', Date.UTC(2099, 0, 1) - input.now, false],
    ['to the year 9999', MAX_MILLIS - input.now, false],
  ];
  for (let i = 0; i < 42; i++) {
    const [label, ahead, accepted] = aheads[i % aheads.length]!;
    const table = pick(random, filled);
    const index = int(random, 0, tables[table]!.length - 1);
    const stampSite = pick(random, [siteId, otherSite]);
    const stamp = formatHlc({ millis: input.now + ahead, counter: label.includes('9999') ? 0xffff : int(random, 0, 9), siteId: stampSite });
    const inKnown = !accepted && i % 10 === 3;
    const edited = withRecord(tables, table, index, (r) => {
      const clock = r._clock as Record<string, Hlc>;
      if (inKnown) {
        r._known = { ...(r._known as object), [stampSite]: stamp };
        return;
      }
      const field = pick(random, Object.keys(clock).sort());
      clock[field] = stamp;
      r._hlc = Object.values(clock).reduce((a, b) => (b > a ? b : a));
    });
    const record = (edited[table]![index] as { id: string }).id;
    const expect: BadPackage['expect'] = accepted ? 'accept' : inKnown ? /“已知”列晚于其时间戳/ : new RegExp(`编号为 ${escape(record)} 的记录的修改时间比本机当前时间晚 \\d+ 天`);
    add('future-stamps', `${table}/${record}: a stamp ${label} ahead${inKnown ? ' in _known' : ''} (${stamp.slice(0, 24)})`, (await writePackage(head(), edited)).bytes, expect);
  }

  // 10 MB strings: in a field (through the writer: the _long sheet), in a cell edited in, in the manifest.
  const fields = (
    [
      ['cadres', 'remarks'],
      ['cadres', 'photo'],
      ['cadres', 'name'],
      ['postings', 'remarks'],
      ['units', 'shortName'],
      ['logEntries', 'content'],
    ] as [string, string][]
  ).filter(([t]) => (tables[t]?.length ?? 0) > 0);
  for (let i = 0; i < 20; i++) {
    const long = pick(random, ['长', 'a', '学历学位', '\u{20BB7}']).repeat(TEN_MB).slice(0, i % 6 === 5 ? 400_001 : TEN_MB);
    if (i % 5 === 4) {
      const victim = pick(random, dataStrings);
      add('huge-strings', `cell “${victim.slice(0, 20)}” made ${long.length} characters`, editTexts(base.bytes, (x) => x.replace(`>${victim}<`, `>${long}<`)));
      continue;
    }
    if (i % 10 === 8) {
      add('huge-strings', `source label of ${long.length} characters, re-signed`, forgeManifest(smallBase.bytes, smallBase.manifest, (m) => ({ ...m, source: { ...m.source, label: long } })), /数据包说明（_manifest）|超过 32767 个字符/);
      continue;
    }
    const [table, field] = fields[i % fields.length]!;
    const edited = withRecord(small[table] ? small : { ...small, [table]: tables[table]! }, table, 0, (r) => {
      r[field] = long;
      const clock = r._clock as Record<string, Hlc>;
      clock[field] ??= r._hlc as Hlc;
    });
    add('huge-strings', `${table}.${field} of ${long.length} characters`, (await writePackage(head(), edited)).bytes, /数据包中的数据有误：.*“(remarks|photo|name|shortName|content)”/);
  }

  // The manifest forged by a faulty program, its checksum agreeing.
  const forgeries: [string, (m: Manifest) => Record<string, unknown>, RegExp][] = [
    ['seen claims a later stamp', (m) => ({ ...m, seen: { ...m.seen, [siteId]: formatHlc({ millis: input.now, counter: 7, siteId }) } }), /已知修改与数据包中的记录不符/],
    ['seen claims a PC of the year 9999', (m) => ({ ...m, seen: { ...m.seen, [otherSite]: formatHlc({ millis: MAX_MILLIS, counter: 0xffff, siteId: otherSite }) } }), /已知修改与数据包中的记录不符/],
    ['seen forgets a PC', (m) => ({ ...m, seen: {} }), /已知修改与数据包中的记录不符/],
    ['created a year ahead', (m) => ({ ...m, created: new Date(input.now + 365 * DAY).toISOString() }), /^数据包的导出时间比本机当前时间晚/],
    ['an incremental package whose base was never imported', (m) => ({ ...m, base: { packageId: crypto.randomUUID(), created: new Date(input.now - 7 * DAY).toISOString(), fileName: '上周的数据包.xlsx' } }), /这是增量数据包，接续/],
    ['written by the receiving PC itself', (m) => ({ ...m, source: { ...m.source, siteId: input.receiverSiteId } }), /这是本机自己导出的数据包/],
    ['a label of 201 characters', (m) => ({ ...m, source: { ...m.source, label: '长'.repeat(201) } }), /数据包说明（_manifest）已损坏/],
    ['a package id that is no UUID', (m) => ({ ...m, packageId: 'not-a-uuid' }), /数据包说明（_manifest）已损坏/],
    ['a scope of an unknown kind', (m) => ({ ...m, target: { ...m.target, scope: { kind: 'everything' } } }), /数据包说明（_manifest）已损坏/],
    ['a table without its technical columns', (m) => ({ ...m, tables: { ...m.tables, units: { ...m.tables.units!, columns: m.tables.units!.columns.filter((c) => c.key !== '_clock') } } }), /表头被改动过|内容与校验值不符/],
  ];
  for (let i = 0; i < 80; i++) {
    const [label, forge, expect] = forgeries[i % forgeries.length]!;
    const [baseLabel, b] = pick(random, bases);
    add('forged-manifest', `${baseLabel}: ${label}`, forgeManifest(b.bytes, b.manifest, forge), expect);
  }

  // Other files picked by mistake.
  const noise = (n: number) => Uint8Array.from({ length: n }, () => int(random, 0, 255));
  const formats: [string, string, () => Uint8Array][] = [
    ['an empty file', '数据包.xlsx', () => new Uint8Array(0)],
    ['one byte', '数据包.xlsx', () => new Uint8Array([0x50])],
    ['a PDF', '数据包.pdf', () => new Uint8Array([...text('%PDF-1.7\n'), ...noise(3000)])],
    ['random bytes', '数据包.xlsx', () => noise(int(random, 1, 20_000))],
    ['a .docx', '数据包.docx', () => zipFiles({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }, { deflate: true })],
    ['a gzip (a backup file)', '备份.gz', () => new Uint8Array([0x1f, 0x8b, 8, 0, ...noise(800)])],
    ['an empty zip', '数据包.zip', () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
    ['the package’s manifest XML alone', 'manifest.xml', () => new Uint8Array(parts[partNames.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort((a, b) => a.length - b.length || a.localeCompare(b)).at(-1)!]!)],
    ['a package zipped again', '数据包.zip', () => zipFiles({ '挂职通数据包.xlsx': base.bytes })],
    ['a package as UTF-16 text', '数据包.txt', () => new Uint8Array(Buffer.from(stringsXml.slice(0, 3000), 'utf16le'))],
  ];
  for (let i = 0; i < 20; i++) {
    const [label, name, make] = formats[i % formats.length]!;
    add('wrong-format', label, make(), undefined, name);
  }
  return out;
}
