// Test helper: an .xlsx written part by part, as other tools write them (or as a hostile file
// would), so the reader can be tried on exactly the XML a case needs. Stored (uncompressed) zip
// with correct CRCs, built by storedZip.
import { storedZip } from './zip-helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One sheet of a crafted workbook. */
export interface CraftedSheet {
  name: string;
  /** The `<sheetData>` content (rows), or a whole worksheet document when it starts with `<?xml` or `<worksheet`. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
  /** Relationship type's last segment; default `worksheet` (`chartsheet` for a chart sheet). */
  type?: string;
}

export interface CraftedWorkbook {
  sheets: CraftedSheet[];
  /** Entries of the shared-string table, as raw `<si>` content (e.g. `<t>张三</t>`). */
  sharedStrings?: string[];
  /** Whole styles.xml. */
  styles?: string;
  date1904?: boolean;
  /** Where the workbook part lives (default xl/workbook.xml); the package relationships point there. */
  workbookPath?: string;
  /** Extra zip entries, or overrides of generated ones (by name). */
  extra?: Record<string, string | Uint8Array>;
}

/** A worksheet document around `sheetData` content. */
export function worksheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** A styles.xml whose cell style i has number format id `formatIds[i]`, with the given custom formats. */
export function stylesXml(formatIds: number[], custom: Record<number, string> = {}): string {
  const numFmts = Object.entries(custom)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`)
    .join('');
  const xfs = formatIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${numFmts ? `<numFmts count="${Object.keys(custom).length}">${numFmts}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${formatIds.length}">${xfs}</cellXfs></styleSheet>`;
}

/** The zip entries of a crafted workbook (before zipping), so cases can mutate them. */
export function craftedEntries(book: CraftedWorkbook): Record<string, string | Uint8Array> {
  const workbookPath = book.workbookPath ?? 'xl/workbook.xml';
  const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
  const file = workbookPath.slice(dir ? dir.length + 1 : 0);
  const at = (name: string) => (dir ? `${dir}/${name}` : name);
  const rels: string[] = [];
  const entries: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPath}"/></Relationships>`,
  };
  const sheets = book.sheets
    .map((sheet, i) => {
      const type = sheet.type ?? 'worksheet';
      const part = `${type === 'worksheet' ? 'worksheets/sheet' : `${type}s/sheet`}${i + 1}.xml`;
      rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${part}"/>`);
      entries[at(part)] = /^\s*<(\?xml|worksheet|x:worksheet|chartsheet)/.test(sheet.xml) ? sheet.xml : worksheetXml(sheet.xml);
      return `<sheet name="${sheet.name}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`;
    })
    .join('');
  let next = book.sheets.length + 1;
  if (book.sharedStrings) {
    rels.push(`<Relationship Id="rId${next++}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries[at('sharedStrings.xml')] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">${book.sharedStrings.map((si) => `<si>${si}</si>`).join('')}</sst>`;
  }
  if (book.styles) {
    rels.push(`<Relationship Id="rId${next}" Type="${REL}/styles" Target="styles.xml"/>`);
    entries[at('styles.xml')] = book.styles;
  }
  entries[workbookPath] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets}</sheets></workbook>`;
  entries[at(`_rels/${file}.rels`)] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`;
  return { ...entries, ...book.extra };
}

/** A crafted workbook as .xlsx bytes. */
export function craftedWorkbook(book: CraftedWorkbook): Uint8Array {
  return storedZip(craftedEntries(book));
}

/** A `<c>` with inline text. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}
