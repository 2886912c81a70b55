// Reads an .xlsx into plain rows per sheet with exceljs's STREAMING WorkbookReader parsers.
//
// The zip itself is opened by zip-archive.ts (central directory, CRC-checked entries) instead of
// the unzipper stream the WorkbookReader normally drives, and its parts are fed to the reader's
// parsers in dependency order: relationships, workbook, shared strings, styles, then each sheet in
// tab order. That fixes three problems of the stock reader seen on this machine:
//   - Chinese text came back with U+FFFD wherever a UTF-8 character straddled two chunks
//     (exceljs issues #2063 / #2084; here every part is decoded as one UTF-8 stream);
//   - damaged files could leave it waiting forever instead of failing;
//   - sheets stored before the shared strings (Excel's own order) went through temporary files.
// Anything malformed ends in a Chinese BridgeException; nothing here can take the process down.
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS, { type Row } from 'exceljs';
import { BridgeException } from '@shared/ipc/errors';
import { DEFAULT_READ_MAX_ROWS, type ReadCell, type ReadWorkbookResult } from '@shared/ipc/workbook-schemas';
import { plainCellValue } from './cell-value';
import { damagedXlsx, encryptedXlsx, notXlsx, xlsxTooLarge } from './messages';
import { looksLikeZip, openTextEntry, readZipDirectory, ZipEncryptedError, type ZipEntry } from './zip-archive';

/** Most bytes the parts read may unpack to, together (a guard against zip bombs). */
export const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;

export interface ReadWorkbookOptions {
  /** Rows kept per sheet (default 50,000); rows beyond are counted, not returned. */
  maxRows?: number;
}

interface WorksheetReaderLike extends AsyncIterable<Row> {
  name: string;
}

/** The parts of exceljs's WorkbookReader used here (present since exceljs 4.0). */
interface ReaderInternals {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterator<{ eventType: string; value: WorksheetReaderLike }>;
  workbookRels?: { Id: string; Type: string; Target: string }[];
  model?: { sheets?: ({ name: string; rId: string; state?: string } | undefined)[] };
  properties?: { model?: { date1904?: boolean } };
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: an .xls, or an .xlsx encrypted with an open password. */
function isCompoundFile(data: Uint8Array): boolean {
  return data.length >= 8 && CFB_MAGIC.every((byte, i) => data[i] === byte);
}

/** An encrypted OOXML package keeps the workbook in a stream named EncryptedPackage. */
function hasEncryptedPackage(data: Uint8Array): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

/** The zip path of a relationship target of xl/workbook.xml. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

async function readParts(data: Uint8Array, entries: Map<string, ZipEntry>, maxRows: number): Promise<ReadWorkbookResult> {
  let unpacked = 0;
  const open = (name: string): Readable => {
    const entry = entries.get(name);
    if (!entry) throw notXlsx();
    unpacked += entry.size;
    if (unpacked > MAX_UNPACKED_BYTES) throw xlsxTooLarge('2 GB');
    return openTextEntry(data, entry);
  };

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderInternals;

  await reader._parseRels(open('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(open('xl/workbook.xml'));
  const rels = reader.workbookRels ?? [];
  const part = (type: string, fallback: string) => {
    const rel = rels.find((r) => r.Type.endsWith(`/${type}`));
    return rel ? partPath(rel.Target) : fallback;
  };
  const sharedStrings = part('sharedStrings', 'xl/sharedStrings.xml');
  if (entries.has(sharedStrings)) for await (const _ of reader._parseSharedStrings(open(sharedStrings)));
  const styles = part('styles', 'xl/styles.xml');
  if (entries.has(styles)) await reader._parseStyles(open(styles));
  const date1904 = reader.properties?.model?.date1904 === true;

  const sheets: ReadWorkbookResult['sheets'] = [];
  for (const [index, sheet] of (reader.model?.sheets ?? []).entries()) {
    if (!sheet) continue;
    const rel = rels.find((r) => r.Id === sheet.rId);
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !rel.Type.endsWith('/worksheet') || !entries.has(partPath(rel.Target))) continue;
    const emitted = reader._parseWorksheet(open(partPath(rel.Target)), String(index + 1)).next();
    if (emitted.done) continue;
    const worksheet = emitted.value.value;

    const kept: ReadCell[][] = [];
    let lastFilled = 0;
    let previous = 0;
    for await (const row of worksheet) {
      // Rows normally carry their number; a writer that leaves it out means "the next row".
      const number = Number.isInteger(row.number) && row.number > previous ? row.number : previous + 1;
      previous = number;
      const cells: ReadCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const value = plainCellValue(cell.value, cell.numFmt, date1904);
        if (value !== null) cells[column - 1] = value;
      });
      if (cells.length === 0) continue;
      lastFilled = number;
      if (number <= maxRows) kept[number - 1] = Array.from(cells, (value) => value ?? null);
    }
    sheets.push({
      name: sheet.name,
      hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
      rows: Array.from({ length: Math.min(lastFilled, maxRows) }, (_, i) => kept[i] ?? []),
      totalRows: lastFilled,
      truncated: lastFilled > maxRows,
    });
  }
  return { sheets };
}

/**
 * Reads the workbook in `data`: every worksheet in tab order as dense rows from column A (text,
 * numbers, true/false, null), trailing empty rows dropped, at most `maxRows` rows per sheet.
 * Refuses (BridgeException with a Chinese message) anything that is not a readable .xlsx: an .xls,
 * a renamed CSV or text file, a password-protected, damaged or truncated workbook.
 */
export async function readWorkbook(data: Uint8Array, opts: ReadWorkbookOptions = {}): Promise<ReadWorkbookResult> {
  const maxRows = opts.maxRows ?? DEFAULT_READ_MAX_ROWS;
  if (isCompoundFile(data)) throw hasEncryptedPackage(data) ? encryptedXlsx() : notXlsx();
  if (!looksLikeZip(data)) throw notXlsx();
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(data);
  } catch (err) {
    throw err instanceof ZipEncryptedError ? encryptedXlsx() : damagedXlsx();
  }
  if (!entries.has('xl/workbook.xml') || !entries.has('xl/_rels/workbook.xml.rels')) throw notXlsx();
  try {
    return await readParts(data, entries, maxRows);
  } catch (err) {
    throw err instanceof BridgeException ? err : damagedXlsx();
  }
}
