// Reads an .xlsx into plain rows per sheet, streaming, within the budgets of one read.
//
// The zip is opened by zip-archive.ts (central directory, every entry's size and CRC-32 checked
// while it is inflated) and its parts are parsed in dependency order — package relationships,
// workbook, shared strings, number formats, then each sheet in tab order — by small SAX readers
// (read-*.ts) on the OOXML tokenizer of xml-events.ts. exceljs's own WorkbookReader is not used: on this
// machine it broke Chinese text at chunk borders, waited forever on some damaged files, parked
// sheets in temporary files, misread `t="d"` cells, rows and cells without `r`, `_xHHHH_`
// escapes and out-of-range shared strings, and had no budgets.
import type { ReadWorkbookResult } from '@shared/ipc/workbook-schemas';
import { ReadBudget, readLimits, type ReadLimits } from '../tables/read-limits';
import { damagedWorkbook, emptyTable, encryptedWorkbook, noReadableSheet, notAWorkbook } from '../tables/read-messages';
import { readNumberFormats } from './read-number-formats';
import { hasType, readRelationships, relationshipsPartOf, resolveTarget, type Relationship } from './read-relationships';
import { readSharedStrings } from './read-shared-strings';
import { readSheetRows } from './read-sheet';
import { readWorkbookPart } from './read-workbook-part';
import { PartFormatError } from './xml-events';
import { openTextEntry, readZipDirectory, ZipEncryptedError, type ZipEntry } from './zip-archive';

/** Progress of a read: `done` of `total` unpacked bytes (the total is what the zip declares). */
export type ReadProgress = (done: number, total: number) => void;

/** Excel's default place for the workbook part, used when the package has no relationships part. */
const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';

/** What a zip that holds no workbook is, for the refusal. */
function describeOtherZip(entries: Map<string, ZipEntry>, data: Uint8Array): string {
  const names = [...entries.keys()];
  if (names.some((name) => name.startsWith('word/'))) return 'Word 文档（.docx）';
  if (names.some((name) => name.startsWith('ppt/'))) return 'PowerPoint 演示文稿（.pptx）';
  const mimetype = entries.get('mimetype');
  if (mimetype && mimetype.method === 0) {
    const type = Buffer.from(data.buffer, data.byteOffset + mimetype.dataOffset, Math.min(mimetype.size, 100)).toString('latin1');
    if (type.includes('spreadsheet')) return 'OpenDocument 表格（.ods）';
    if (type.includes('opendocument')) return 'OpenDocument 文档';
  }
  if (names.some((name) => /\.lrmx?$/i.test(name))) return '装有任免审批表的压缩包';
  return '压缩包（.zip）';
}

/** The reads of one workbook: parts opened against the budget, format errors as refusals. */
class WorkbookParts {
  readonly budget: ReadBudget;
  /** The unpacked size the zip declares for all its parts (what progress counts against). */
  private readonly declaredTotal: number;

  constructor(
    private readonly data: Uint8Array,
    readonly entries: Map<string, ZipEntry>,
    limits: ReadLimits,
    private readonly onProgress?: ReadProgress,
  ) {
    this.budget = new ReadBudget(limits);
    this.declaredTotal = [...entries.values()].reduce((sum, e) => sum + e.size, 0);
  }

  has(name: string | null): name is string {
    return name !== null && this.entries.has(name);
  }

  /** Runs `parse` on the text of part `name`; damaged XML or data → the damaged-file refusal. */
  async read<T>(name: string, parse: (source: AsyncIterable<string>) => Promise<T>): Promise<T> {
    const entry = this.entries.get(name)!;
    this.budget.declaredPart(entry.size);
    this.budget.tick();
    const stream = openTextEntry(this.data, entry, (chunk, total) => {
      this.budget.unpackedBytes(chunk, total);
      this.onProgress?.(this.budget.unpackedSoFar, Math.max(this.declaredTotal, this.budget.unpackedSoFar));
    });
    try {
      return await parse(stream as AsyncIterable<string>);
    } catch (err) {
      if (err instanceof PartFormatError) throw damagedWorkbook();
      throw err;
    } finally {
      stream.destroy();
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const name = relationshipsPartOf(part);
    return this.has(name) ? this.read(name, (source) => readRelationships(source, () => this.budget.tick())) : [];
  }
}

async function readParts(parts: WorkbookParts, data: Uint8Array): Promise<ReadWorkbookResult> {
  const { budget } = parts;
  const officeDocument = (await parts.relationships('')).find((rel) => hasType(rel, 'officeDocument'));
  const declared = officeDocument ? resolveTarget('', officeDocument) : null;
  const workbook = parts.has(declared) ? declared : parts.has(DEFAULT_WORKBOOK_PART) ? DEFAULT_WORKBOOK_PART : null;
  if (workbook === null) throw notAWorkbook(describeOtherZip(parts.entries, data));
  const rels = await parts.relationships(workbook);
  const { sheets, date1904 } = await parts.read(workbook, (source) =>
    readWorkbookPart(source, () => budget.tick(), (count) => budget.sheetCount(count)),
  );
  const partOf = (kind: string): string | null => {
    const rel = rels.find((r) => hasType(r, kind));
    return rel ? resolveTarget(workbook, rel) : null;
  };

  const sharedStringsPath = partOf('sharedStrings');
  const sharedStrings = parts.has(sharedStringsPath) ? await parts.read(sharedStringsPath, (source) => readSharedStrings(source, budget)) : [];
  const stylesPath = partOf('styles');
  const numberFormats = parts.has(stylesPath) ? await parts.read(stylesPath, (source) => readNumberFormats(source, () => budget.tick())) : [];

  const result: ReadWorkbookResult = { sheets: [] };
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === sheet.relationshipId);
    // Chart sheets, dialog and macro sheets hold no cells; a sheet whose part is missing is skipped.
    if (!rel || !hasType(rel, 'worksheet')) continue;
    const path = resolveTarget(workbook, rel);
    if (!parts.has(path)) continue;
    // Two sheets on one part is no workbook Excel writes, and a known way to multiply the work.
    if (seen.has(path)) throw damagedWorkbook(`工作表“${sheet.name}”与其他工作表指向同一部件`);
    seen.add(path);
    const rows = await parts.read(path, (source) =>
      readSheetRows(source, { sheetName: sheet.name, sharedStrings, numberFormats, date1904, budget }, budget.limits.maxRows),
    );
    result.sheets.push({ name: sheet.name, hidden: sheet.hidden, ...rows });
  }
  if (result.sheets.length === 0) throw noReadableSheet();
  if (result.sheets.every((sheet) => sheet.totalRows === 0)) throw emptyTable();
  return result;
}

/**
 * Reads the .xlsx in `data`: every worksheet in tab order as dense rows from column A (text,
 * numbers, true/false, null), trailing empty rows dropped, at most `limits.maxRows` rows per sheet.
 * Refuses with a Chinese BridgeException a zip that holds no workbook, a password-protected,
 * damaged or truncated workbook, one without a readable worksheet or without any content, and
 * any read that passes a budget of `limits` (defaults: DEFAULT_READ_LIMITS). `onProgress` hears
 * how many unpacked bytes are read, chunk by chunk.
 */
export async function readWorkbook(data: Uint8Array, limits: Partial<ReadLimits> = {}, onProgress?: ReadProgress): Promise<ReadWorkbookResult> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(data);
  } catch (err) {
    throw err instanceof ZipEncryptedError ? encryptedWorkbook() : damagedWorkbook();
  }
  return readParts(new WorkbookParts(data, entries, readLimits(limits), onProgress), data);
}
