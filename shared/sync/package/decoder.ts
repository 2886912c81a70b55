import type { z } from 'zod';
import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '../../domain/tables';
import { continuationSheetName } from '../../reports/document/schema';
import type { ConflictEntry } from '../conflict';
import { canonicalJson } from '../canonical-json';
import { parseHlc } from '../hlc';
import { seenFromRecords } from '../seen-vector';
import { upgradedTables, upgradeTablesV1, type AnyRow } from '../migrations/v1-to-v2';
import { foldAttendanceDays } from '../migrations/v6-to-v7';
import { isValidIsoDate } from '../../domain/dates';
import { CellError, LONG_MARK, type CellValue } from './cells';
import { tableColumns, TECHNICAL_COLUMNS } from './columns';
import { jsonDigest, portableSha256, RowDigest, type Sha256Factory } from './digest';
import { TABLE_ROW_PREFIX } from './encoder';
import { LONG_SHEET, MANIFEST_SHEET, ManifestSchema, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type Manifest } from './manifest';
import { rowRecord, type WireRecord } from './records';
import { localTime, REFUSE } from './texts';

/*
 * Reading a package back (issue 11 item 4), everything that can be checked without this PC's
 * database: that it is a package at all, of a version this build reads, unedited (the manifest
 * against its own checksum, every table's cells against theirs), that every record is well formed
 * and every value fits its field, that the knowledge it claims is what its records know, and that
 * no stamp lies far in the future. An older package's tables are upgraded with the same pure
 * transforms as an older database (shared/sync/migrations). Any problem is a PackageRefusal whose
 * message says, in Chinese, what is wrong and what to do.
 *
 * Stamps from the future (decided for issue 11): a package whose records carry a stamp more than
 * `maxFutureMs` (30 days) ahead of this PC's time, or whose `created` lies that far ahead, is
 * REFUSED, naming the record, before anything reaches the clock. Clamping is no option: a clamped
 * stamp would be another write than the one the other PC holds, and the PCs would never converge.
 * Adopting it is none either: the clock would jump there (and a stamp near the year 9999 would
 * leave no room for one more write). Within 30 days the stamp is adopted as the HLC requires (its
 * write must stay overwritable) and the preview shows the lead. The manifest's `seen` must equal
 * the knowledge of the records carried: a forged `seen` would make this PC believe the sender
 * knows writes it never got, and leave them out of the next package without a conflict entry.
 */

/** A sheet as the table reader returns it. */
export interface PackageSheet {
  name: string;
  rows: readonly (readonly (CellValue | boolean)[])[];
  truncated?: boolean;
}

/** A package the reader refused; `message` is for the clerk. */
export class PackageRefusal extends Error {
  override readonly name = 'PackageRefusal';
}

/** What decoding needs to know about this build and this PC. */
export interface DecodeOptions {
  /** the database schema version of this build (a newer package is refused) */
  schemaVersion: number;
  /** this PC's time (ms) */
  now: number;
  /** how far ahead of `now` a stamp may be; default 30 days */
  maxFutureMs?: number;
}

/** A package read and checked. */
export interface DecodedPackage {
  manifest: Manifest;
  /** every table's records, in this build's schema */
  tables: Partial<Record<TableName, WireRecord[]>>;
  /** conflicts found while upgrading an older package's records (two records of one key) */
  migrationConflicts: ConflictEntry[];
  /** the latest stamp in the package (for the clock-drift note of the preview) */
  latestStamp: string;
}

/** Progress of decoding: `done` of `total` steps (each record is checksummed, decoded and checked: three steps). */
export type DecodeProgress = (done: number, total: number) => void;

/** What the caller may add to decoding: progress reports, a faster SHA-256 (main's native one). */
export interface DecodeHooks {
  onProgress?: DecodeProgress;
  sha256?: Sha256Factory;
}

/** Records between two progress reports. */
const PROGRESS_EVERY = 2_000;

/** Counts decoding steps and reports them every PROGRESS_EVERY. */
class StepCounter {
  private done = 0;
  private reported = 0;

  constructor(
    private readonly total: number,
    private readonly report: DecodeProgress | undefined,
  ) {}

  /** Counts `n` steps done. */
  add(n = 1): void {
    this.done += n;
    if (this.report && this.done - this.reported >= PROGRESS_EVERY) {
      this.reported = this.done;
      this.report(Math.min(this.done, this.total), this.total);
    }
  }
}

/** Stamps more than this ahead of this PC's time are refused by default. */
export const MAX_FUTURE_MS = 30 * 86_400_000;
/** Tables a version-1 package may carry that version 2 no longer has. */
const V1_TABLES = new Set(['attendance']);
/** The per-day details table of versions 5–6, folded into `attendanceDetails` on import (v6-to-v7.ts). */
const V6_DAYS = 'attendanceDays';

function refuse(message: string): never {
  throw new PackageRefusal(message);
}

function sheetsByName(sheets: readonly PackageSheet[]): Map<string, PackageSheet> {
  return new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
}

/** The manifest, checked: a package, of a version this build reads, unedited. */
export function readManifest(sheets: readonly PackageSheet[], schemaVersion: number): Manifest {
  const byName = sheetsByName(sheets);
  if (!byName.has(MANIFEST_SHEET.toLowerCase())) refuse(REFUSE.notAPackage);
  const raw: Record<string, unknown> = {};
  const tables: Record<string, unknown> = {};
  for (const [i, row] of sheetRows(byName, MANIFEST_SHEET, 0).entries()) {
    const [key, value] = row;
    if (typeof key !== 'string' || typeof value !== 'string') refuse(REFUSE.manifestDamaged(`第 ${i + 1} 行`));
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      refuse(REFUSE.manifestDamaged(`“${key.slice(0, 30)}”`));
    }
    if (key.startsWith(TABLE_ROW_PREFIX)) tables[key.slice(TABLE_ROW_PREFIX.length)] = parsed;
    else raw[key] = parsed;
  }
  raw.tables = tables;
  if (raw.format !== PACKAGE_FORMAT) refuse(raw.format === undefined ? REFUSE.notAPackage : REFUSE.otherFormat(String(raw.format)));
  const appVersion = typeof raw.appVersion === 'string' ? raw.appVersion : '最新';
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > PACKAGE_FORMAT_VERSION) refuse(REFUSE.newerVersion(appVersion));
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > schemaVersion) refuse(REFUSE.newerVersion(appVersion));
  const checked = ManifestSchema.safeParse(raw);
  if (!checked.success) refuse(REFUSE.manifestDamaged(checked.error.issues[0]?.path.join('.') || '格式不对'));
  const { contentSha256, ...body } = checked.data;
  if (jsonDigest(body) !== contentSha256) refuse(REFUSE.manifestEdited);
  return checked.data;
}

/** The rows of a sheet and its continuations (`name(2)` …), each after its `headRows` header rows. */
function sheetRows(byName: Map<string, PackageSheet>, sheetName: string, headRows: number): (readonly (CellValue | boolean)[])[] {
  const first = byName.get(sheetName.toLowerCase());
  if (!first) refuse(REFUSE.sheetMissing(sheetName));
  const rows: (readonly (CellValue | boolean)[])[] = [];
  for (let part = 1, sheet: PackageSheet | undefined = first; sheet; sheet = byName.get(continuationSheetName(sheetName, ++part).toLowerCase())) {
    if (sheet.truncated) refuse(REFUSE.sheetEdited(sheet.name));
    rows.push(...sheet.rows.slice(headRows));
  }
  return rows;
}

/** The data rows of a table sheet (one header row). */
function tableRows(byName: Map<string, PackageSheet>, sheetName: string): (readonly (CellValue | boolean)[])[] {
  return sheetRows(byName, sheetName, 1);
}

/** A cell read back, as the digest saw it when written (a package never holds true/false cells). */
function asWritten(cell: CellValue | boolean | undefined): CellValue {
  if (typeof cell === 'boolean') return String(cell);
  return cell === undefined || cell === '' ? null : cell;
}

/** The texts of the `_long` sheet, by number, checked against the manifest. */
function longTexts(byName: Map<string, PackageSheet>, manifest: Manifest, sha256: Sha256Factory): Map<number, string> {
  const texts = new Map<number, string>();
  if (manifest.long.count === 0) return texts;
  const rows = tableRows(byName, LONG_SHEET);
  const digest = new RowDigest(sha256);
  for (const row of rows) digest.add([asWritten(row[0]), asWritten(row[1]), asWritten(row[2])]);
  if (digest.hex() !== manifest.long.sha256 || rows.length !== manifest.long.count) refuse(REFUSE.sheetEdited(LONG_SHEET));
  for (const [n, part, text] of rows) {
    if (typeof n !== 'number' || typeof part !== 'number' || typeof text !== 'string') refuse(REFUSE.sheetEdited(LONG_SHEET));
    texts.set(n, (texts.get(n) ?? '') + text);
  }
  return texts;
}

/** The row with its long-text references replaced by the texts they stand for. */
function withLongTexts(row: readonly (CellValue | boolean)[], texts: Map<number, string>, sheet: string): readonly (CellValue | boolean)[] {
  if (!row.some((c) => typeof c === 'string' && c.startsWith(LONG_MARK))) return row;
  return row.map((c) => {
    if (typeof c !== 'string' || !c.startsWith(LONG_MARK)) return c;
    const text = texts.get(Number(c.slice(LONG_MARK.length)));
    if (text === undefined) refuse(REFUSE.sheetEdited(sheet));
    return text;
  });
}

/** Decodes and checks one table's sheet(s) against the manifest. */
function decodeTable(name: string, byName: Map<string, PackageSheet>, manifest: Manifest, texts: Map<number, string>, steps: StepCounter, sha256: Sha256Factory): WireRecord[] {
  const entry = manifest.tables[name]!;
  const known = (ENTITY_TABLES as Record<string, unknown>)[name] !== undefined;
  if (!known && !(manifest.schemaVersion < 2 && V1_TABLES.has(name)) && !(manifest.schemaVersion < 7 && name === V6_DAYS)) refuse(REFUSE.unknownTable(entry.sheet, manifest.appVersion));
  if (known) {
    const fields = new Set(tableColumns(name as TableName).map((c) => c.key));
    for (const c of entry.columns) if (!fields.has(c.key)) refuse(REFUSE.unknownColumn(entry.sheet, c.key, manifest.appVersion));
  }
  for (const t of TECHNICAL_COLUMNS) if (!entry.columns.some((c) => c.key === t.key)) refuse(REFUSE.headerWrong(entry.sheet));
  const rows = tableRows(byName, entry.sheet);
  const width = entry.columns.length;
  const digest = new RowDigest(sha256);
  const records: WireRecord[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const cells: CellValue[] = [];
    for (let c = 0; c < width; c++) cells.push(asWritten(row[c]));
    digest.add(cells);
    steps.add();
  }
  if (digest.hex() !== entry.sha256) refuse(REFUSE.sheetEdited(entry.sheet));
  if (rows.length !== entry.count) refuse(REFUSE.countWrong(entry.sheet, entry.count, rows.length));
  rows.forEach((row, i) => {
    let record: WireRecord;
    try {
      record = rowRecord(withLongTexts(row, texts, entry.sheet), entry.columns, `“${entry.sheet}”工作表第 ${i + 2} 行`);
    } catch (err) {
      if (err instanceof CellError) refuse(REFUSE.badRecord(err.message));
      throw err;
    }
    if (ids.has(record.id)) refuse(REFUSE.duplicateId(entry.sheet, record.id));
    ids.add(record.id);
    records.push(record);
    steps.add();
  });
  return records;
}

/** Longest text whose verdict is remembered (ids, codes, dates and names repeat; long notes rarely do). */
const REMEMBERED_TEXT = 64;

/**
 * Checks every value of a table's records against its field's schema. A field's schema judges a
 * value on its own, so a short primitive value found valid once is not checked again in that field
 * (codes, dates, stamps and names repeat across thousands of records).
 */
function checkValues(table: TableName, records: readonly WireRecord[], steps: StepCounter): void {
  const fields = Object.entries((ENTITY_TABLES[table].schema as unknown as { shape: Record<string, z.ZodType> }).shape).map(([field, schema]) => ({ field, schema, valid: new Set<unknown>() }));
  const sheet = ENTITY_TABLES[table].label;
  for (const record of records) {
    for (const { field, schema, valid } of fields) {
      const value = record[field];
      if (value === undefined || valid.has(value)) continue;
      const checked = schema.safeParse(value);
      if (!checked.success) refuse(REFUSE.badRecord(`“${sheet}”中编号为 ${record.id} 的记录的“${field}”：${checked.error.issues[0]?.message ?? '不符合要求'}`));
      if (typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= REMEMBERED_TEXT)) valid.add(value);
    }
    steps.add();
  }
}

/**
 * Reads a package from the sheets of its file; throws a PackageRefusal (Chinese) when it must be
 * refused. `hooks.onProgress` hears how far decoding has got, every few thousand records.
 */
export function decodePackage(sheets: readonly PackageSheet[], options: DecodeOptions, hooks: DecodeHooks = {}): DecodedPackage {
  const manifest = readManifest(sheets, options.schemaVersion);
  const byName = sheetsByName(sheets);
  const sha256 = hooks.sha256 ?? portableSha256;
  const texts = longTexts(byName, manifest, sha256);
  const steps = new StepCounter(3 * Object.values(manifest.tables).reduce((sum, t) => sum + t.count, 0), hooks.onProgress);
  let tables: Record<string, AnyRow[]> = {};
  for (const name of Object.keys(manifest.tables)) tables[name] = decodeTable(name, byName, manifest, texts, steps, sha256);
  if (canonicalJson(seenFromRecords(Object.values(tables).flat() as WireRecord[])) !== canonicalJson(manifest.seen)) refuse(REFUSE.seenWrong);
  let migrationConflicts: ConflictEntry[] = [];
  if (manifest.schemaVersion < 2) {
    const outcome = upgradeTablesV1(tables);
    tables = upgradedTables(tables, outcome);
    migrationConflicts = outcome.conflicts;
  }
  if (tables[V6_DAYS]) tables = withDaysFolded(tables);
  const out: Partial<Record<TableName, WireRecord[]>> = {};
  const maxFuture = options.maxFutureMs ?? MAX_FUTURE_MS;
  let latest: { stamp: string; table: TableName; id: string } | undefined;
  for (const t of TABLE_NAMES) {
    const records = tables[t];
    if (!records) continue;
    checkValues(t, records, steps);
    for (const r of records) if (!latest || r._hlc > latest.stamp) latest = { stamp: r._hlc, table: t, id: r.id };
    out[t] = records;
  }
  if (latest) {
    const { stamp, table, id } = latest;
    refuseFuture(parseHlc(stamp).millis, options.now, maxFuture, () => `数据包中“${ENTITY_TABLES[table].label}”编号为 ${id} 的记录的修改时间`, stamp.slice(0, 24));
  }
  refuseFuture(Date.parse(manifest.created), options.now, maxFuture, () => '数据包的导出时间', manifest.created);
  return { manifest, tables: out, migrationConflicts, latestStamp: latest?.stamp ?? '' };
}

/**
 * A version 5–6 package's per-day details in this build's shape: each day record checked for its
 * posting and date (they decide where it goes), then folded into `attendanceDetails` month records
 * exactly as the database upgrade folds them, so this PC and the sender (once upgraded) hold the same
 * records and stamps. The day values are checked afterwards with the rest (checkValues).
 */
function withDaysFolded(tables: Record<string, AnyRow[]>): Record<string, AnyRow[]> {
  const { [V6_DAYS]: days = [], ...rest } = tables;
  for (const d of days) {
    if (typeof d.postingId !== 'string' || !d.postingId || typeof d.date !== 'string' || !isValidIsoDate(d.date)) {
      refuse(REFUSE.badRecord(`“${ENTITY_TABLES.attendanceDetails.label}”中编号为 ${d.id} 的记录的挂职或日期不对`));
    }
  }
  if ((rest.attendanceDetails ?? []).length) refuse(REFUSE.badRecord(`数据包同时含有新旧两种格式的“${ENTITY_TABLES.attendanceDetails.label}”`));
  return { ...rest, attendanceDetails: foldAttendanceDays(days).rows };
}

/** Refuses a time more than `maxFuture` ms ahead of `now`; `what` names what carries it. */
function refuseFuture(millis: number, now: number, maxFuture: number, what: () => string, iso: string): void {
  const ahead = millis - now;
  if (ahead > maxFuture) refuse(REFUSE.futureStamps(what(), Math.ceil(ahead / 86_400_000), localTime(iso)));
}
