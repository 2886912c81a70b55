import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '../../domain/tables';
import { foldKnowledge } from '../knowledge';
import type { SeenVector, Stored } from '../record';
import { scopeCarries } from '../scope';
import { encodeCell, LONG_MARK, MAX_CELL_TEXT, safeJson, splitLongText, type CellValue } from './cells';
import { tableColumns, type PackageColumn } from './columns';
import { jsonDigest, portableSha256, RowDigest, type Sha256Factory } from './digest';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type Manifest, type ManifestTable, type PackageHeader } from './manifest';
import { recordRow } from './records';

/** One table as a package lays it out: its name, sheet and columns. */
export interface PackageTableSpec {
  name: string;
  sheet: string;
  columns: readonly PackageColumn[];
}

/** The tables a package for `header.target` carries, in dependency order (restricted ones only between 组织部 PCs). */
export function packageTables(header: Pick<PackageHeader, 'target'>): PackageTableSpec[] {
  return TABLE_NAMES.filter((t) => scopeCarries(header.target.scope, t)).map((t: TableName) => ({ name: t, sheet: ENTITY_TABLES[t].label, columns: tableColumns(t) }));
}

/** How a deleted record's `_deleted` cell reads. */
const DELETED_CELL = encodeCell(true, 'bool');

/**
 * Turns records into the rows of a package, table after table: recordRow's cells, texts too long
 * for a cell moved to the `_long` sheet, and the `seen` of everything encoded (from the records'
 * clocks and knowledge, so it always matches what the package carries, whatever the scope). Pure:
 * the renderer encodes what it sends main; PackageEncoder uses it for the whole package in memory.
 */
export class PackageRowEncoder {
  private readonly specs = new Map<string, PackageTableSpec>();
  private readonly seenVector: SeenVector = {};
  private readonly longRows: CellValue[][] = [];
  private longCount = 0;

  constructor(specs: readonly PackageTableSpec[]) {
    for (const spec of specs) this.specs.set(spec.name, spec);
  }

  /** The cells of `records` of `table`. */
  rows(table: string, records: readonly Stored<object>[]): CellValue[][] {
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`PackageRowEncoder: ${table} is not a table of this package`);
    return records.map((record) => {
      const cells = recordRow(record, spec.columns);
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (typeof cell === 'string' && cell.length > MAX_CELL_TEXT) cells[i] = this.longText(cell);
      }
      foldKnowledge(this.seenVector, record);
      return cells;
    });
  }

  /** Puts a text too long for a cell on the `_long` sheet; returns the cell that stands for it. */
  private longText(text: string): string {
    const n = ++this.longCount;
    splitLongText(text).forEach((part, i) => this.longRows.push([n, i + 1, part]));
    return `${LONG_MARK}${n}`;
  }

  /** The rows of the `_long` sheet (all of them; ask after the last table's rows). */
  long(): CellValue[][] {
    return this.longRows;
  }

  /** The highest stamp of each site in the records encoded so far. */
  seen(): SeenVector {
    return { ...this.seenVector };
  }
}

interface TableTally {
  spec: PackageTableSpec;
  digest: RowDigest;
  deletedAt: number;
  count: number;
  deleted: number;
}

/**
 * Counts and hashes the rows of a package as they are written, table after table, and the
 * `_long` sheet's; at the end, `manifest(seen)` describes exactly those rows. Main's writer keeps
 * one over the rows it writes, whoever encoded them.
 */
export class PackageTally {
  private readonly tables = new Map<string, TableTally>();
  private readonly longDigest: RowDigest;
  private longCount = 0;
  private done = false;

  /** `sha256` hashes the rows (main passes a native one; the digest is the same). */
  constructor(
    readonly header: PackageHeader,
    specs: readonly PackageTableSpec[],
    sha256: Sha256Factory = portableSha256,
  ) {
    for (const spec of specs) {
      this.tables.set(spec.name, { spec, digest: new RowDigest(sha256), deletedAt: spec.columns.findIndex((c) => c.key === '_deleted'), count: 0, deleted: 0 });
    }
    this.longDigest = new RowDigest(sha256);
  }

  /** Adds rows of `table` (rows of one table arrive in order, batch after batch). */
  add(table: string, rows: readonly (readonly CellValue[])[]): void {
    if (this.done) throw new Error('PackageTally: the manifest is already written');
    const t = this.tables.get(table);
    if (!t) throw new Error(`PackageTally: ${table} is not a table of this package`);
    for (const cells of rows) {
      t.digest.add(cells);
      t.count++;
      if (cells[t.deletedAt] === DELETED_CELL) t.deleted++;
    }
  }

  /** Adds rows of the `_long` sheet. */
  addLong(rows: readonly (readonly CellValue[])[]): void {
    for (const cells of rows) this.longDigest.add(cells);
    this.longCount += rows.length;
  }

  /** Rows added so far per table, and how many of them are deletions. */
  counts(): Record<string, { count: number; deleted: number }> {
    return Object.fromEntries([...this.tables].map(([name, t]) => [name, { count: t.count, deleted: t.deleted }]));
  }

  /**
   * The manifest of everything added, with the `seen` of the records encoded and, when given, the
   * sample records left out (both known only at the end). Call once, after the last rows.
   */
  manifest(seen: SeenVector, sampleSkipped = this.header.sampleSkipped): Manifest {
    this.done = true;
    const tables: Record<string, ManifestTable> = {};
    for (const [name, t] of this.tables) {
      tables[name] = { sheet: t.spec.sheet, columns: t.spec.columns.map((c) => ({ key: c.key, codec: c.codec })), count: t.count, deleted: t.deleted, sha256: t.digest.hex() };
    }
    const long = { count: this.longCount, sha256: this.longDigest.hex() };
    const body = { ...this.header, sampleSkipped, format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION, tables, seen: { ...seen }, long } as const;
    return { ...body, contentSha256: jsonDigest(body) };
  }
}

/** The whole package in memory: PackageRowEncoder's rows, counted and hashed by a PackageTally. */
export class PackageEncoder {
  private readonly encoder: PackageRowEncoder;
  private readonly tally: PackageTally;

  constructor(header: PackageHeader, specs: readonly PackageTableSpec[], sha256: Sha256Factory = portableSha256) {
    this.encoder = new PackageRowEncoder(specs);
    this.tally = new PackageTally(header, specs, sha256);
  }

  /** The cells of `records` of `table` (records of one table arrive in order, batch after batch). */
  rows(table: string, records: readonly Stored<object>[]): CellValue[][] {
    const rows = this.encoder.rows(table, records);
    this.tally.add(table, rows);
    return rows;
  }

  /** The rows of the `_long` sheet (all of them; ask after the last table's rows). */
  long(): CellValue[][] {
    return this.encoder.long();
  }

  /** The manifest of everything encoded (call once, after the last rows). */
  manifest(): Manifest {
    this.tally.addLong(this.encoder.long());
    return this.tally.manifest(this.encoder.seen());
  }
}

/** Prefix of the `_manifest` rows of the tables: one `tables.<name> | JSON` row each. */
export const TABLE_ROW_PREFIX = 'tables.';

/** The rows of the `_manifest` sheet: one `key | JSON` row per entry, one per table (cells stay short). */
export function manifestRows(manifest: Manifest): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [key, value] of Object.entries(manifest)) {
    if (key !== 'tables') rows.push([key, safeJson(value)]);
    else for (const [table, entry] of Object.entries(manifest.tables)) rows.push([TABLE_ROW_PREFIX + table, safeJson(entry)]);
  }
  return rows;
}
