import { ALL_ROSTER_COLUMNS, rosterRowCells, type RosterCellKey } from '../reports/roster';
import type { ReportBatch, ReportCadre, ReportPosting, ReportUnit } from '../reports/report-records';
import type { ColumnMapping } from './column-mapping';
import { cellText, stripTrailingNote } from './roster-cells';
import { headerKey } from './roster-columns';
import type { ExistingCadre, ExistingPosting, RosterContext } from './roster-preview';

// A re-imported 花名册 export (issue 9 item 6): the row of an existing cadre is compared, column by
// column, with what the app prints for that cadre's postings. Cells the clerk left as printed are
// not read at all, so an unchanged export changes nothing, and an edited cell changes exactly its
// field.

/** A printed column other than 序号. */
type CellKey = RosterCellKey;
const PRINTED_BY_HEADER = new Map(ALL_ROSTER_COLUMNS.filter((c) => c.key !== 'seq').map((c) => [headerKey(c.header), c.key as CellKey]));
/** Columns that print the cadre, not the posting (they match any posting of the cadre). */
const CADRE_COLUMNS: ReadonlySet<CellKey> = new Set(['name', 'idCardNo', 'sex', 'ethnicity', 'birth', 'politicalStatus', 'education', 'phone']);

/** A posting with nothing in it, for printing the cadre's own columns. */
const NO_POSTING: ReportPosting = {
  id: '',
  cadreId: '',
  batchId: null,
  type: '',
  dispatchingUnitId: '',
  originalPost: '',
  receivingUnitId: '',
  secondedPost: '',
  village: null,
  teamRole: null,
  startDate: '',
  plannedEndDate: '',
  actualEndDate: null,
  status: '',
};

/** A cell as compared: text without spaces; 出生年月（年龄） without the age, which depends on the day of the export. */
function comparable(key: CellKey, v: unknown): string {
  const t = key === 'birth' ? stripTrailingNote(cellText(v)) : cellText(v);
  return t.replace(/\s+/g, '');
}

/** The export's columns of the mapping: sheet column → the printed column it holds. */
export function printedColumns(mapping: ColumnMapping): Map<number, CellKey> {
  const out = new Map<number, CellKey>();
  mapping.headers.forEach((h, i) => {
    const key = PRINTED_BY_HEADER.get(headerKey(h));
    if (key && key !== 'remarks') out.set(i, key);
  });
  return out;
}

/** The posting of the cadre the row prints, and the sheet columns that are exactly as printed. */
export interface PrintedMatch {
  posting: ExistingPosting | undefined;
  unchanged: Set<number>;
}

/**
 * Compares a row of a re-imported export with what the app prints for each posting of `cadre`: the
 * posting is the one whose row agrees best (its 挂职单位及职务 or 挂职起止时间 must agree), and the
 * unchanged columns are those equal to its printed cells (the cadre's own columns when no posting
 * agrees).
 */
export function compareWithPrinted(
  row: readonly unknown[],
  columns: ReadonlyMap<number, CellKey>,
  cadre: ExistingCadre,
  postings: readonly ExistingPosting[],
  ctx: Pick<RosterContext, 'units' | 'batches' | 'today'>,
): PrintedMatch {
  const source = {
    postings: postings as ReportPosting[],
    cadres: new Map<string, ReportCadre>([[cadre.id, cadre]]),
    units: new Map(ctx.units.map((u) => [u.id, u as ReportUnit])),
    batches: new Map(ctx.batches.map((b) => [b.id, b as ReportBatch])),
  };
  const file = new Map([...columns].map(([col, key]) => [col, comparable(key, row[col])]));
  // The cadre's own columns, as printed on any row of theirs.
  const cadreOnly = rosterRowCells(source, { ...NO_POSTING, cadreId: cadre.id }, ctx.today);
  let best: PrintedMatch = {
    posting: undefined,
    unchanged: new Set([...columns].filter(([col, key]) => CADRE_COLUMNS.has(key) && comparable(key, cadreOnly[key]) === file.get(col)).map(([col]) => col)),
  };
  let bestScore = -1;
  for (const posting of postings) {
    const printed = rosterRowCells(source, { ...NO_POSTING, ...posting, cadreId: cadre.id } as ReportPosting, ctx.today);
    const unchanged = new Set<number>();
    let anchor = false;
    for (const [col, key] of columns) {
      if (comparable(key, printed[key]) !== file.get(col)) continue;
      unchanged.add(col);
      if (key === 'secondedPost' || key === 'period') anchor = true;
    }
    if (anchor && unchanged.size > bestScore) {
      bestScore = unchanged.size;
      best = { posting, unchanged };
    }
  }
  return best;
}
