// Writes an exchange package (issue 11 item 1) with the package workbook writer
// (package-sheets-writer.ts): the 说明 sheet for people (first tab, written last, from what was
// written), one sheet per table (Chinese header,
// technical columns hidden, continued on `<name>(2)` past Excel's row limit), the hidden `_long`
// sheet for texts too long for a cell, and the hidden `_manifest` last, written once everything it
// describes has been counted and hashed. The renderer encodes the records as cells
// (PackageRowEncoder); what main writes it counts and hashes itself (PackageTally), so the
// manifest always describes the rows in the file.
import { nativeSha256 } from './native-sha256';
import { PackageTally, manifestRows, packageTables, type PackageTableSpec } from '@shared/sync/package/encoder';
import { LONG_SHEET, MANIFEST_SHEET, NOTES_SHEET, type Manifest, type PackageHeader } from '@shared/sync/package/manifest';
import type { SeenVector } from '@shared/sync/record';
import type { CellValue } from '@shared/sync/package/cells';
import { notesLines } from '@shared/sync/package/texts';
import type { WorkbookSink } from '../excel/workbook-output';
import { createPackageSheetsJob, type PackageSheetHead } from './package-sheets-writer';
import { countsDiffer, rowWidthDiffers, tableOutOfOrder, unknownTable } from './messages';

/** A package being written. */
export interface PackageWriteJob {
  /**
   * Writes more rows of `table` (tables in the package's order, each in one or more calls; then
   * LONG_SHEET's rows, if any), one cell per column.
   */
  append(table: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /**
   * Checks that the records the renderer sent per table (`sent.counts`) all arrived, writes
   * `_manifest` (with their `seen` and the sample records left out, known only at the end) and the
   * 说明 sheet, and completes the file; the memory sink resolves with its bytes.
   */
  finish(sent: { seen: SeenVector; counts: Readonly<Record<string, number>>; sampleSkipped: number }): Promise<{ bytes?: Uint8Array; manifest: Manifest }>;
  /** Abandons the package: nothing is left under its name. */
  abort(): Promise<void>;
  /** Rows of the tables written so far. */
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

/** Starts writing the package described by `header` to `sink`. */
export async function createPackageWriter(header: PackageHeader, sink: WorkbookSink, options: { maxBodyRows?: number } = {}): Promise<PackageWriteJob> {
  const specs = packageTables(header);
  const tally = new PackageTally(header, specs, nativeSha256);
  const heads: PackageSheetHead[] = [{ name: NOTES_SHEET, columns: [{ width: NOTES_WIDTH }], wrap: true, deferred: true }, ...specs.map(tableHead), LONG_HEAD, MANIFEST_HEAD];
  const job = await createPackageSheetsJob(heads, sink, options);
  const sheetOf = new Map(specs.map((s, i) => [s.name, i + 1]));
  const longSheet = specs.length + 1;
  sheetOf.set(LONG_SHEET, longSheet);
  const widths = [...specs.map((s) => s.columns.length), LONG_HEAD.columns.length];
  let current = 1;
  let written = 0;

  return {
    get written() {
      return written;
    },
    async append(table, rows) {
      const sheet = sheetOf.get(table);
      if (sheet === undefined) throw unknownTable(table);
      if (sheet < current) throw tableOutOfOrder(table);
      const width = widths[sheet - 1]!;
      const wrong = rows.find((cells) => cells.length !== width);
      if (wrong) throw rowWidthDiffers(heads[sheet]!.name, width, wrong.length);
      current = sheet;
      if (sheet === longSheet) tally.addLong(rows);
      else {
        tally.add(table, rows);
        written += rows.length;
      }
      await job.append(sheet, rows);
    },
    async finish({ seen, counts: sent, sampleSkipped }) {
      const counts = tally.counts();
      const wrong = specs.find((s) => (sent[s.name] ?? 0) !== counts[s.name]!.count);
      if (wrong) throw countsDiffer(wrong.sheet, sent[wrong.name] ?? 0, counts[wrong.name]!.count);
      const manifest = tally.manifest(seen, sampleSkipped);
      await job.append(specs.length + 2, manifestRows(manifest));
      const notes = notesLines(manifest, specs.map((s) => ({ label: s.sheet, ...counts[s.name]! })));
      const bytes = await job.finish({ 0: notes.map((line) => [line]) });
      return { ...(bytes ? { bytes } : {}), manifest };
    },
    abort: () => job.abort(),
  };
}
