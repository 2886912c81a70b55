import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '../../domain/tables';
import { recordKnowledge } from '../knowledge';
import type { SeenVector, Stored } from '../record';
import { scopeCarries } from '../scope';
import { LONG_MARK, MAX_CELL_TEXT, safeJson, splitLongText, type CellValue } from './cells';
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

interface TableState {
  spec: PackageTableSpec;
  digest: RowDigest;
  count: number;
  deleted: number;
}

/**
 * Turns records into the cells of a package, table after table, and counts and hashes what it
 * wrote; at the end, `manifest()` describes exactly that. The `seen` it reports is computed from
 * the records it encoded (their clocks and knowledge), so it always matches what the package
 * carries, whatever the scope. Pure: main's writer streams its rows into the workbook.
 */
export class PackageEncoder {
  private readonly tables = new Map<string, TableState>();
  private readonly seen: SeenVector = {};
  private readonly longRows: CellValue[][] = [];
  private readonly longDigest: RowDigest;
  private longCount = 0;
  private done = false;

  /** `sha256` hashes the rows (main passes a native one; the digest is the same). */
  constructor(
    readonly header: PackageHeader,
    specs: readonly PackageTableSpec[],
    sha256: Sha256Factory = portableSha256,
  ) {
    for (const spec of specs) this.tables.set(spec.name, { spec, digest: new RowDigest(sha256), count: 0, deleted: 0 });
    this.longDigest = new RowDigest(sha256);
  }

  /** The sheet layout, in order. */
  get specs(): PackageTableSpec[] {
    return [...this.tables.values()].map((t) => t.spec);
  }

  /** The cells of `records` of `table` (records of one table arrive in order, batch after batch). */
  rows(table: string, records: readonly Stored<object>[]): CellValue[][] {
    if (this.done) throw new Error('PackageEncoder: the manifest is already written');
    const state = this.tables.get(table);
    if (!state) throw new Error(`PackageEncoder: ${table} is not a table of this package`);
    return records.map((record) => {
      const cells = recordRow(record, state.spec.columns);
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (typeof cell === 'string' && cell.length > MAX_CELL_TEXT) cells[i] = this.longText(cell);
      }
      state.digest.add(cells);
      state.count++;
      if (record._deleted) state.deleted++;
      for (const [site, stamp] of Object.entries(recordKnowledge(record))) {
        const mine = this.seen[site];
        if (mine === undefined || stamp > mine) this.seen[site] = stamp;
      }
      return cells;
    });
  }

  /** Puts a text too long for a cell on the `_long` sheet; returns the cell that stands for it. */
  private longText(text: string): string {
    const n = ++this.longCount;
    splitLongText(text).forEach((part, i) => {
      const row: CellValue[] = [n, i + 1, part];
      this.longDigest.add(row);
      this.longRows.push(row);
    });
    return `${LONG_MARK}${n}`;
  }

  /** The rows of the `_long` sheet (all of them; ask after the last table's rows). */
  long(): CellValue[][] {
    return this.longRows;
  }

  /** Records written so far, per table. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.tables].map(([name, t]) => [name, t.count]));
  }

  /** The manifest of everything encoded (call once, after the last rows). */
  manifest(): Manifest {
    this.done = true;
    const tables: Record<string, ManifestTable> = {};
    for (const [name, t] of this.tables) {
      tables[name] = { sheet: t.spec.sheet, columns: t.spec.columns.map((c) => ({ key: c.key, codec: c.codec })), count: t.count, deleted: t.deleted, sha256: t.digest.hex() };
    }
    const long = { count: this.longRows.length, sha256: this.longDigest.hex() };
    const body = { ...this.header, format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION, tables, seen: { ...this.seen }, long } as const;
    return { ...body, contentSha256: jsonDigest(body) };
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
