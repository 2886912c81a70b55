// Writes an exchange package (issue 11 item 1) with the package workbook writer
// (package-sheets-writer.ts): the 说明 sheet for people, one sheet per table (Chinese header,
// technical columns hidden, continued on `<name>(2)` past Excel's row limit), the hidden `_long`
// sheet for texts too long for a cell, and the hidden `_manifest` last, written once everything it
// describes has been counted and hashed (PackageEncoder).
import { nativeSha256 } from './native-sha256';
import { PackageEncoder, manifestRows, packageTables, type PackageTableSpec } from '@shared/sync/package/encoder';
import { LONG_SHEET, MANIFEST_SHEET, NOTES_SHEET, type Manifest, type PackageHeader } from '@shared/sync/package/manifest';
import type { Stored } from '@shared/sync/record';
import { notesLines } from '@shared/sync/package/texts';
import type { WorkbookSink } from '../excel/workbook-output';
import { createPackageSheetsJob, type PackageSheetHead } from './package-sheets-writer';
import { countsDiffer, tableOutOfOrder, unknownTable } from './messages';

/** A package being written. */
export interface PackageWriteJob {
  /** Writes more records of `table` (tables in the package's order, each in one or more calls). */
  append(table: string, records: readonly Stored<object>[]): Promise<void>;
  /** Writes `_long` and `_manifest` and completes the file; the memory sink resolves with its bytes. */
  finish(): Promise<{ bytes?: Uint8Array; manifest: Manifest }>;
  /** Abandons the package: nothing is left under its name. */
  abort(): Promise<void>;
  /** Records written so far. */
  readonly written: number;
}

/** Width of a visible column: about its label, at least 10, at most 40 characters. */
function widthOf(label: string, hidden: boolean | undefined): number {
  if (hidden) return 10;
  return Math.min(40, Math.max(10, [...label].length * 2 + 2));
}

function tableHead(spec: PackageTableSpec): PackageSheetHead {
  return {
    name: spec.sheet,
    columns: spec.columns.map((c) => ({ width: widthOf(c.label, c.hidden), ...(c.hidden ? { hidden: true } : {}) })),
    header: spec.columns.map((c) => c.label),
  };
}

/** Width of the 说明 sheet's one column (Excel characters): about 50 Chinese characters a line. */
const NOTES_WIDTH = 110;

const LONG_HEAD: PackageSheetHead = { name: LONG_SHEET, hidden: true, columns: [{ width: 8 }, { width: 8 }, { width: 80 }], header: ['编号', '段', '内容'] };

const MANIFEST_HEAD: PackageSheetHead = { name: MANIFEST_SHEET, hidden: true, columns: [{ width: 20 }, { width: 100 }] };

/**
 * Starts writing the package described by `header` to `sink`. `counts` are the records the caller
 * will send per table (for the 说明 sheet, written first); finish refuses if they were not.
 */
export async function createPackageWriter(
  header: PackageHeader,
  counts: Readonly<Record<string, { count: number; deleted: number }>>,
  sink: WorkbookSink,
  options: { maxBodyRows?: number } = {},
): Promise<PackageWriteJob> {
  const specs = packageTables(header);
  const encoder = new PackageEncoder(header, specs, nativeSha256);
  const notes = notesLines(
    header,
    specs.map((s) => ({ label: s.sheet, count: counts[s.name]?.count ?? 0, deleted: counts[s.name]?.deleted ?? 0 })),
  );
  const heads: PackageSheetHead[] = [{ name: NOTES_SHEET, columns: [{ width: NOTES_WIDTH }], wrap: true }, ...specs.map(tableHead), LONG_HEAD, MANIFEST_HEAD];
  const job = await createPackageSheetsJob(heads, sink, options);
  await job.append(0, notes.map((line) => [line]));
  const sheetOf = new Map(specs.map((s, i) => [s.name, i + 1]));
  let current = 1;
  let written = 0;

  return {
    get written() {
      return written;
    },
    async append(table, records) {
      const sheet = sheetOf.get(table);
      if (sheet === undefined) throw unknownTable(table);
      if (sheet < current) throw tableOutOfOrder(table);
      current = sheet;
      const rows = encoder.rows(table, records);
      await job.append(sheet, rows);
      written += records.length;
    },
    async finish() {
      const sent = encoder.counts();
      const wrong = specs.find((s) => (sent[s.name] ?? 0) !== (counts[s.name]?.count ?? 0));
      if (wrong) throw countsDiffer(wrong.sheet, counts[wrong.name]?.count ?? 0, sent[wrong.name] ?? 0);
      await job.append(specs.length + 1, encoder.long());
      const manifest = encoder.manifest();
      await job.append(specs.length + 2, manifestRows(manifest));
      const bytes = await job.finish();
      return { ...(bytes ? { bytes } : {}), manifest };
    },
    abort: () => job.abort(),
  };
}
