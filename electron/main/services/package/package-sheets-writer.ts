// Writes the workbook of an exchange package: its sheets' XML built directly as text (texts inline,
// numbers as values, hidden columns and sheets, the frozen header row) and deflated into the zip
// by zip-writer.ts. Only packages use it: their cells are plain text and numbers in plain rows, and
// exceljs's per-cell object model (what every report keeps using) cost most of an export's time.
// Sheets are written one after another in the declared order, except a `deferred` one, written
// last (its rows known only at the end) but still in its place in the tab order; a body too long
// for one sheet continues on `<name>(2)` … right after it, header repeated, as the package reader
// expects.
import { basename } from 'node:path';
import { continuationSheetName, EXCEL_MAX_ROWS } from '@shared/reports/document/schema';
import type { CellValue } from '@shared/sync/package/cells';
import { columnLetter } from '../excel/excel-address';
import { HEADER_FILL, looksLikeFormula, wrappedRowHeight } from '../excel/report-styles';
import { openOutput, type WorkbookSink } from '../excel/workbook-output';
import { ZipWriter, type ZipEntryStream } from '../excel/zip-writer';
import { TextForms, utf8, Utf8Builder } from '@shared/sync/package/utf8-builder';
import { fileErrorToException } from '../files';

/** One declared sheet of a package workbook. */
export interface PackageSheetHead {
  name: string;
  hidden?: boolean;
  /** Column widths (Excel characters) and which columns are hidden. */
  columns: readonly { width: number; hidden?: boolean }[];
  /** The header row (bold, shaded, frozen), repeated on continuation sheets. */
  header?: readonly string[];
  /** Text lines for people: wrapped, top-aligned, rows as high as their text. */
  wrap?: boolean;
  /** Written by `finish` (its rows passed there), after every other sheet; its tab stays in place. */
  deferred?: boolean;
}

/** A package workbook being written. */
export interface PackageSheetsJob {
  /** Writes body rows of sheet `sheet` (an index into the declared sheets; never an earlier one nor a deferred one). */
  append(sheet: number, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Writes the deferred sheets (their rows by sheet index), completes the file; the memory sink resolves with its bytes. */
  finish(deferred?: Readonly<Record<number, readonly (readonly CellValue[])[]>>): Promise<Uint8Array | void>;
  /** Abandons the workbook: nothing is left under its name. Safe to call more than once. */
  abort(): Promise<void>;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Deflate level: 1 compresses a package's XML almost as well as 6 (10–15 % larger) in a third of the time. */
const DEFLATE_LEVEL = 1;
/** Bytes of XML gathered before they go to the deflater. */
const BYTES_PER_WRITE = 1 << 20;

/** Cell styles (indexes into styles.xml's cellXfs). */
const XF = { body: 0, header: 1, wrap: 2, quoted: 3 } as const;

const STYLES =
  `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>' +
  '<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor rgb="${HEADER_FILL}"/></patternFill></fill></fills>` +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right>' +
  '<top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const ESCAPED = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const EDGE_SPACE = /^\s|\s$/;

/** Text as XML element content (package texts carry no character XML forbids: cells.ts escapes those). */
function xmlText(text: string): string {
  return text.replace(ESCAPED, (c) => ENTITY[c]!);
}

function escapeAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

/** An inline text cell after its reference: `… t="inlineStr"><is><t>text</t></is></c>`. */
function textCellTail(text: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  const space = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : '';
  return `${s} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** Each text's cell as written after its reference, for rows of one style (kept for a whole package: its texts repeat, statuses, dates, the posting's id). */
function cellTails(style: number): TextForms {
  return new TextForms((text) => textCellTail(text, style === XF.body && looksLikeFormula(text) ? XF.quoted : style));
}

const CELL_OPEN = utf8('<c r="');
const VALUE_OPEN = utf8('"><v>');
const VALUE_CLOSE = utf8('</v></c>');
const QUOTE = utf8('"');
const ROW_CLOSE = utf8('</row>');

/**
 * Appends the `<row>` of `cells` at row number `r` to `out`, as bytes: the column letters (kept in
 * `letters`) and each text's cell (kept in `tails`) encoded once.
 */
function writeRow(out: Utf8Builder, r: number, cells: readonly CellValue[], letters: Uint8Array[], tails: TextForms, height?: number): void {
  out.ascii(height ? `<row r="${r}" ht="${height}" customHeight="1">` : `<row r="${r}">`);
  const row = String(r);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined) continue;
    out.bytes(CELL_OPEN);
    out.bytes((letters[i] ??= utf8(columnLetter(i + 1))));
    out.ascii(row);
    if (typeof cell === 'number') {
      out.bytes(VALUE_OPEN);
      out.ascii(String(cell));
      out.bytes(VALUE_CLOSE);
    } else {
      out.bytes(QUOTE);
      tails.write(out, cell);
    }
  }
  out.bytes(ROW_CLOSE);
}

function sheetStart(head: PackageSheetHead, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  const view = head.header
    ? `<sheetView workbookViewId="0"${tab}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>`
    : `<sheetView workbookViewId="0"${tab}/>`;
  const cols = head.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${c.hidden ? ' hidden="1"' : ''} customWidth="1"/>`)
    .join('');
  return `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
}

const SHEET_END = '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** A worksheet part as written: its tab (declared sheet, continuation part) and its file in the zip. */
interface WrittenPart {
  sheet: number;
  part: number;
  name: string;
  hidden: boolean;
  /** `sheet<n>.xml`, numbered in the order the parts went into the zip */
  file: string;
}

/** The parts that describe the workbook, once its sheets are known (tabs in declared order). */
function workbookParts(written: readonly WrittenPart[]): [string, string][] {
  const sheets = [...written].sort((a, b) => a.sheet - b.sheet || a.part - b.part);
  const entries = sheets.map(
    (s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
  );
  const rels = sheets.map(
    (s, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/${s.file}"/>`,
  );
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  const overrides = written.map(
    (s) => `<Override PartName="/xl/worksheets/${s.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  return [
    ['xl/styles.xml', STYLES],
    [
      'xl/workbook.xml',
      `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${entries.join('')}</sheets></workbook>`,
    ],
    ['xl/_rels/workbook.xml.rels', `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`],
    [
      '_rels/.rels',
      `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      '[Content_Types].xml',
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${overrides.join('')}</Types>`,
    ],
  ];
}

/**
 * Starts writing a package workbook of `heads` (in tab order; the first must be visible) to `sink`.
 * `maxBodyRows` (tests) lowers the rows a sheet holds before it continues on another. Throws a
 * BridgeException (`file-error`) when the file cannot be created.
 */
export async function createPackageSheetsJob(heads: readonly PackageSheetHead[], sink: WorkbookSink, options: { maxBodyRows?: number } = {}): Promise<PackageSheetsJob> {
  const output = await openOutput(sink);
  const fileName = sink.kind === 'file' ? basename(sink.path) : '导出文件';
  const zip = new ZipWriter(output.stream, DEFLATE_LEVEL);
  const written: WrittenPart[] = [];
  let current = -1;
  let part = 0;
  let rowsInPart = 0;
  let entry: ZipEntryStream | undefined;
  let letters: Uint8Array[] = [];
  let ended = false;
  const tails = { header: cellTails(XF.header), body: cellTails(XF.body), wrap: cellTails(XF.wrap) };

  const openPart = async (sheet: number) => {
    const head = heads[sheet]!;
    part++;
    const name = part === 1 ? head.name : continuationSheetName(head.name, part);
    const file = `sheet${written.length + 1}.xml`;
    written.push({ sheet, part, name, hidden: !!head.hidden, file });
    entry = await zip.stream(`xl/worksheets/${file}`);
    letters = [];
    rowsInPart = 0;
    const start = new Utf8Builder();
    start.text(sheetStart(head, sheet === 0 && part === 1));
    if (head.header) writeRow(start, 1, head.header, letters, tails.header);
    await entry.write(start.take());
  };
  const closePart = async () => {
    if (!entry) return;
    await entry.write(SHEET_END);
    await entry.end();
    entry = undefined;
  };
  /** Moves on to sheet `sheet`, completing (and, if it had no rows, still writing) the ones before, deferred ones aside. */
  const reach = async (sheet: number) => {
    while (current < sheet) {
      await closePart();
      current++;
      part = 0;
      if (!heads[current]!.deferred) await openPart(current);
    }
  };

  const fail = async (err: unknown) => {
    await abort();
    const failure = output.error();
    throw failure ? fileErrorToException(failure, fileName) : err;
  };
  const abort = async () => {
    if (ended) return;
    ended = true;
    zip.abort();
    await output.discard();
  };

  return {
    async append(sheet, rows) {
      if (ended) throw new Error('PackageSheetsJob: already finished');
      if (sheet < current || !heads[sheet] || heads[sheet].deferred) throw new Error(`PackageSheetsJob: sheet ${sheet} cannot be written now`);
      try {
        await write(sheet, rows);
      } catch (err) {
        return fail(err);
      }
    },
    async finish(deferred = {}) {
      try {
        await reach(heads.length - 1);
        await closePart();
        for (const [i, head] of heads.entries()) {
          if (!head.deferred) continue;
          current = i;
          part = 0;
          await openPart(i);
          await write(i, deferred[i] ?? []);
          await closePart();
        }
        for (const [name, text] of workbookParts(written)) await zip.add(name, text);
        await zip.finish();
        ended = true;
        return await output.complete();
      } catch (err) {
        return fail(err);
      }
    },
    abort,
  };

  /** Writes `rows` to sheet `sheet` (the current one, or one after it), continuing it on another sheet past the row limit. */
  async function write(sheet: number, rows: readonly (readonly CellValue[])[]): Promise<void> {
    await reach(sheet);
    const head = heads[sheet]!;
    const headerRows = head.header ? 1 : 0;
    const maxRows = options.maxBodyRows ?? EXCEL_MAX_ROWS - headerRows;
    const out = new Utf8Builder(BYTES_PER_WRITE + (1 << 16));
    const cellsOf = head.wrap ? tails.wrap : tails.body;
    for (const cells of rows) {
      if (rowsInPart === maxRows) {
        if (out.length) await entry!.write(out.take());
        await closePart();
        await openPart(sheet);
      }
      const r = ++rowsInPart + headerRows;
      const height = head.wrap ? wrappedRowHeight(cells.map((c) => c ?? '').join(''), head.columns[0]?.width ?? 10) : undefined;
      writeRow(out, r, cells, letters, cellsOf, height);
      if (out.length >= BYTES_PER_WRITE) await entry!.write(out.take());
    }
    if (out.length) await entry!.write(out.take());
  }
}
