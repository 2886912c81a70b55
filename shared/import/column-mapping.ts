import { validateIdCardNo } from '../domain/id-card';
import { cellText } from './roster-cells';
import { MUST_MAP_FIELDS, ROSTER_COMPOSITES, ROSTER_FIELDS, isCompositeKey, matchHeader, type RosterColumnKey, type RosterFieldKey } from './roster-columns';

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
}

/**
 * Maps a header row onto the import fields by the template headers and the synonyms county rosters
 * use (身份证号码, 原工作单位, 挂职单位 …), ignoring spaces, `*` and bracketed notes. The first column
 * that claims a field wins; 序号 and 年龄 are ignored.
 */
export function autoMapColumns(headerRow: readonly unknown[], headerRowIndex = 0): ColumnMapping {
  const headers = Array.from(headerRow, (h) => cellText(h));
  const columns: Partial<Record<RosterColumnKey, number>> = {};
  const unmapped: { index: number; header: string }[] = [];
  headers.forEach((header, index) => {
    if (!header) return;
    const target = matchHeader(header);
    if (target === 'ignore') return;
    if (target && columns[target] === undefined) columns[target] = index;
    else unmapped.push({ index, header });
  });
  return { headerRowIndex, headers, columns, unmapped };
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

/** Required fields (without a fallback) that no column provides: the preview cannot start without them. */
export function missingRequiredFields(mapping: Pick<ColumnMapping, 'columns'>): RosterFieldKey[] {
  const covered = coveredFields(mapping);
  return MUST_MAP_FIELDS.filter((f) => !covered.has(f));
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
