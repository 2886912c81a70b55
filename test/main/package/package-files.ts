// Test helpers for exchange packages: write a real .xlsx package with main's writer, read it back
// with the app's table reader and the decoder, and edit a written package part by part.
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readTableFile } from '../../../electron/main/services/tables/read-table-file';
import { readZipDirectory } from '../../../electron/main/services/excel/zip-archive';
import { createPackageWriter } from '../../../electron/main/services/package/package-writer';
import { PACKAGE_READ_LIMITS } from '../../../electron/main/services/package/package-services';
import { jsonDigest } from '@shared/sync/package/digest';
import { manifestRows, PackageEncoder, PackageRowEncoder, packageTables } from '@shared/sync/package/encoder';
import { LONG_SHEET, MANIFEST_SHEET, NOTES_SHEET } from '@shared/sync/package/manifest';
import type { Manifest, PackageHeader } from '@shared/sync/package/manifest';
import { decodePackage, type DecodedPackage } from '@shared/sync/package/decoder';
import type { Stored } from '@shared/sync/record';
import { zipFiles } from '../excel/zip-helpers';

/** The schema version tests read with. */
export const SCHEMA_VERSION = 2;

/** A header of a package from `siteId`, for the given scope (defaults: 全部 from a 组织部 PC). */
export function header(siteId: string, over: Partial<PackageHeader> = {}): PackageHeader {
  return {
    packageId: crypto.randomUUID(),
    created: '2026-11-21T05:00:00.000Z',
    schemaVersion: SCHEMA_VERSION,
    appVersion: '0.1.0',
    source: { siteId, label: '开江县委组织部', role: 'orgDept', countyName: '开江县', unitId: 'u-org', unitName: '中共开江县委组织部' },
    target: { label: '全部', scope: { kind: 'all', restricted: false } },
    base: null,
    received: {},
    sampleSkipped: 0,
    ...over,
  };
}

/** Writes `tables` (records per table name) as a package; resolves with its bytes and manifest. */
export async function writePackage(
  h: PackageHeader,
  tables: Readonly<Record<string, readonly Stored<object>[]>>,
  options: { maxBodyRows?: number; chunk?: number } = {},
): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const specs = packageTables(h);
  const counts = Object.fromEntries(specs.map((s) => [s.name, { count: tables[s.name]?.length ?? 0, deleted: (tables[s.name] ?? []).filter((r) => r._deleted).length }]));
  const writer = await createPackageWriter(h, { kind: 'memory' }, options);
  const encoder = new PackageRowEncoder(specs);
  const chunk = options.chunk ?? 1000;
  for (const spec of specs) {
    const records = tables[spec.name] ?? [];
    for (let i = 0; i < records.length; i += chunk) await writer.append(spec.name, encoder.rows(spec.name, records.slice(i, i + chunk)));
  }
  if (encoder.long().length) await writer.append(LONG_SHEET, encoder.long());
  const { bytes, manifest } = await writer.finish({ seen: encoder.seen(), counts: Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, c.count])), sampleSkipped: h.sampleSkipped });
  return { bytes: bytes!, manifest };
}

/**
 * Writes `tables` as packages were written before December 2026: by exceljs's streaming writer,
 * text in a shared-strings table (`sharedStrings`) or in `t="str"` cells, the same cells.
 */
export async function writeLegacyPackage(
  h: PackageHeader,
  tables: Readonly<Record<string, readonly Stored<object>[]>>,
  { sharedStrings }: { sharedStrings: boolean },
): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const specs = packageTables(h);
  const encoder = new PackageEncoder(h, specs);
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: sharedStrings });
  const sheet = (name: string, rows: unknown[][], hidden = false) => {
    const ws = book.addWorksheet(name, hidden ? { state: 'hidden' } : {});
    for (const row of rows) ws.addRow(row).commit();
    ws.commit();
  };
  sheet(NOTES_SHEET, [['挂职通数据包（请勿修改）']]);
  for (const s of specs) sheet(s.sheet, [s.columns.map((c) => c.label), ...encoder.rows(s.name, tables[s.name] ?? [])]);
  sheet(LONG_SHEET, [['编号', '段', '内容'], ...encoder.long()], true);
  const manifest = encoder.manifest();
  sheet(MANIFEST_SHEET, manifestRows(manifest), true);
  await book.commit();
  return { bytes: new Uint8Array(Buffer.concat(chunks)), manifest };
}

/** Reads a package's bytes as the app does (the table reader, then the decoder), without the worker. */
export async function readPackage(bytes: Uint8Array, now = Date.parse('2026-11-22T00:00:00Z'), schemaVersion = SCHEMA_VERSION): Promise<DecodedPackage> {
  const book = await readTableFile(bytes, '数据包.xlsx', PACKAGE_READ_LIMITS);
  return decodePackage(book.sheets, { schemaVersion, now });
}

/** Every part of a zip, unpacked. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, entry] of readZipDirectory(bytes)) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    out[name] = entry.method === 8 ? new Uint8Array(inflateRawSync(data)) : new Uint8Array(data);
  }
  return out;
}

/** Whether part `name` holds cell text: the shared strings (packages before 2026-12) or a worksheet (text in the cells). */
function holdsText(name: string): boolean {
  return name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name);
}

/** The XML of every part that holds cell text, joined (to look for a text, wherever the writer put it). */
export function textXml(bytes: Uint8Array): string {
  return Object.entries(unzip(bytes))
    .filter(([name]) => holdsText(name))
    .map(([, data]) => Buffer.from(data).toString('utf8'))
    .join('\n');
}

/** The package with `edit` applied to the XML of every part that holds cell text (a text editor's edit). */
export function editTexts(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files: Record<string, Uint8Array | string> = {};
  for (const [n, data] of Object.entries(unzip(bytes))) files[n] = holdsText(n) ? edit(Buffer.from(data).toString('utf8')) : data;
  return zipFiles(files, { deflate: true });
}

/** Text as the package writer writes it into a cell. */
function xmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/**
 * The package `bytes` (whose manifest is `manifest`) with manifest entries changed by `change` and
 * `contentSha256` computed anew: what a faulty or forging program would write, its checksum
 * agreeing. With `resign: false` the checksum is left as it was (an edit by hand). Each changed
 * `_manifest` cell is replaced where its text is (the sheet, or the shared strings).
 */
export function forgeManifest(bytes: Uint8Array, manifest: Manifest, change: (m: Manifest) => Record<string, unknown>, { resign = true } = {}): Uint8Array {
  const changed = change(structuredClone(manifest)) as Manifest;
  const { contentSha256: _old, ...body } = changed;
  const forged = (resign ? { ...body, contentSha256: jsonDigest(body) } : changed) as Manifest;
  const before = new Map(manifestRows(manifest).map(([k, v]) => [k, v as string]));
  const all = textXml(bytes);
  const edits: [string, string][] = [];
  for (const [key, value] of manifestRows(forged)) {
    const old = before.get(key as string);
    if (old === undefined) throw new Error(`forgeManifest: cannot add the entry ${String(key)}`);
    if (old === value) continue;
    const from = `>${xmlText(old)}<`;
    if (!all.includes(from)) throw new Error(`forgeManifest: ${String(key)} not found`);
    edits.push([from, `>${xmlText(String(value))}<`]);
  }
  return editTexts(bytes, (xml) => edits.reduce((out, [from, to]) => out.replace(from, to), xml));
}
