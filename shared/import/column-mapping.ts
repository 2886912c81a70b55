import { validateIdCardNo } from '../domain/id-card';
import { normalizePersonName } from './person-name';
import { cellText } from './roster-cells';
import { ALL_ROSTER_COLUMNS as EXPORT_COLUMNS } from '../reports/roster';
import { MUST_MAP_FIELDS, ROSTER_COMPOSITES, ROSTER_FIELDS, STAND_INS, headerKey, isCompositeKey, matchHeader, type RosterColumnKey, type RosterFieldKey } from './roster-columns';

/** Which sheet column holds which import field (0-based column indexes). */
export interface ColumnMapping {
  /** 0-based index of the header row in the sheet's rows; data starts on the next row. */
  headerRowIndex: number;
  /** The header texts as written in the file, by column. */
  headers: string[];
  /** Field or combined column → column index. */
  columns: Partial<Record<RosterColumnKey, number>>;
  /** Headers with text that mean nothing to the import (shown so the clerk can assign them). */
  unmapped: { index: number; header: string }[];
  /**
   * `export` when the header is the app's own 花名册 export (issue 9 item 6): its 原工作单位及职务
   * is the posting's 派出单位 and 原单位职务, its 备注 is derived and not read, and a re-imported row
   * changes only the cells that differ from what the app would print.
   */
  source?: 'roster' | 'export';
}

const EXPORT_HEADERS = EXPORT_COLUMNS.map((c) => headerKey(c.header));

/**
 * True when the header row is the app's own 花名册 export: 序号 and 姓名 first, then only the
 * export's columns, in its order (any may be left out).
 */
export function isOwnRosterExport(headerRow: readonly unknown[]): boolean {
  const keys = Array.from(headerRow, (h) => headerKey(cellText(h))).filter(Boolean);
  if (keys.length < 4 || keys[0] !== EXPORT_HEADERS[0] || keys[1] !== EXPORT_HEADERS[1]) return false;
  let at = 0;
  for (const key of keys) {
    const found = EXPORT_HEADERS.indexOf(key, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return keys.includes(headerKey('原工作单位及职务')) || keys.includes(headerKey('挂职单位及职务'));
}

/**
 * Maps a header row onto the import fields by the template headers and the synonyms county rosters
 * use (身份证号码, 原工作单位, 挂职单位 …), ignoring spaces, `*` and bracketed notes. The first column
 * that claims a field wins; 序号 and 年龄 are ignored.
 */
export function autoMapColumns(headerRow: readonly unknown[], headerRowIndex = 0): ColumnMapping {
  const headers = Array.from(headerRow, (h) => cellText(h));
  const exported = isOwnRosterExport(headerRow);
  const columns: Partial<Record<RosterColumnKey, number>> = {};
  const unmapped: { index: number; header: string }[] = [];
  headers.forEach((header, index) => {
    if (!header) return;
    let target = matchHeader(header);
    if (exported && target === 'homeUnitAndPost') target = 'dispatchingUnitAndPost';
    if (exported && target === 'remarks') target = 'ignore';
    if (target === 'ignore') return;
    if (target && columns[target] === undefined) columns[target] = index;
    else unmapped.push({ index, header });
  });
  return { headerRowIndex, headers, columns, unmapped, source: exported ? 'export' : 'roster' };
}

/** Fields a mapping fills, directly or through a combined column. */
export function coveredFields(mapping: Pick<ColumnMapping, 'columns'>): Set<RosterFieldKey> {
  const out = new Set<RosterFieldKey>();
  for (const key of Object.keys(mapping.columns) as RosterColumnKey[]) {
    if (mapping.columns[key] === undefined) continue;
    if (isCompositeKey(key)) for (const f of ROSTER_COMPOSITES.find((c) => c.key === key)!.fills) out.add(f);
    else out.add(key);
  }
  return out;
}

/**
 * Required fields (without a fallback) that no column provides, neither directly nor through their
 * stand-in (工作单位 ← 派出单位): the preview cannot start without them.
 */
export function missingRequiredFields(mapping: Pick<ColumnMapping, 'columns'>): RosterFieldKey[] {
  const covered = coveredFields(mapping);
  return MUST_MAP_FIELDS.filter((f) => !covered.has(f) && !(STAND_INS[f] && covered.has(STAND_INS[f])));
}

/** Fields a cadre may lack (待补充) whose column is not in the file: said once per column, never per row. */
export function pendingColumns(mapping: Pick<ColumnMapping, 'columns'>): RosterFieldKey[] {
  const covered = coveredFields(mapping);
  return ROSTER_FIELDS.filter((f) => f.pending && !covered.has(f.key)).map((f) => f.key);
}

/** How many header rows are searched: rosters have a title row and a 填报单位 row above the header. */
const HEADER_SEARCH_ROWS = 10;
const MIN_REQUIRED_IN_HEADER = 3;

/** The first row within the first 10 whose headers map at least 3 required fields; undefined if none. */
export function findHeaderRow(rows: readonly (readonly unknown[] | undefined)[]): number | undefined {
  const required = new Set(ROSTER_FIELDS.filter((f) => f.required).map((f) => f.key));
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const covered = coveredFields(autoMapColumns(rows[i] ?? []));
    if ([...covered].filter((f) => required.has(f)).length >= MIN_REQUIRED_IN_HEADER) return i;
  }
  return undefined;
}

/** Names (normalised) of a sheet's data rows, for loading the cadres that rows without an ID number may match. */
export function namesIn(rows: readonly (readonly unknown[] | undefined)[], mapping: ColumnMapping): string[] {
  const col = mapping.columns.name;
  if (col === undefined) return [];
  const out = new Set<string>();
  for (let i = mapping.headerRowIndex + 1; i < rows.length; i++) {
    const name = normalizePersonName(cellText(rows[i]?.[col]).slice(0, 40));
    if (name) out.add(name);
  }
  return [...out];
}

/** Normalised ID numbers of a sheet's data rows, for loading the matching cadres before validating. */
export function idCardNosIn(rows: readonly (readonly unknown[] | undefined)[], mapping: ColumnMapping): string[] {
  const col = mapping.columns.idCardNo;
  if (col === undefined) return [];
  const out = new Set<string>();
  for (let i = mapping.headerRowIndex + 1; i < rows.length; i++) {
    const id = validateIdCardNo(cellText(rows[i]?.[col]));
    if (id.ok) out.add(id.value);
  }
  return [...out];
}
