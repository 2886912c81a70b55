import type { Cadre, CadreInput } from '../domain/entities/cadre';
import type { Posting, PostingInput } from '../domain/entities/posting';
import type { UnitInput } from '../domain/entities/unit';
import type { ReportBatch, ReportPosting, ReportUnit } from '../reports/report-records';
import type { RosterColumnKey, RosterCompositeKey, RosterFieldKey } from './roster-columns';
import type { UnitRef } from './unit-names';

// What validating a roster produces: per row the status, every bad cell and the plan (cadre to
// create, update or reuse; posting to create or correct), plus the units to create. Pure data for
// the preview screen and for applyRosterImport.

/** A cadre already in the database, as the preview compares it. */
export type ExistingCadre = Cadre & { id: string };

/**
 * A posting already in the database (any status) of a cadre named in the file. The report fields
 * are there when loaded for a re-imported export, which is compared with what the app would print.
 */
export type ExistingPosting = Pick<ReportPosting, 'id' | 'receivingUnitId' | 'startDate' | 'status'> & Partial<ReportPosting> & Partial<Posting>;

/** A registered unit as the import sees it. */
export type RosterUnit = UnitRef & Partial<Pick<ReportUnit, 'level' | 'parentId' | 'sortOrder'>>;

/** The end status chosen in the wizard for postings whose term is over (issue 9 item 5). */
export type EndedStatus = 'completed' | 'terminated' | 'recalled';

/** What the clerk chose in the wizard; every option has a default. */
export interface RosterOptions {
  /** Unit names not found become units to create instead of errors. */
  createMissingUnits: boolean;
  /** Excel row numbers the clerk chose to skip. */
  skipRows?: ReadonlySet<number>;
  /** The posting type of rows without one (no 挂职类型 column, or a blank cell); default 下派挂职. */
  defaultPostingType?: string;
  /** How postings whose end date has passed are imported; default 期满结束. */
  endedStatus?: EndedStatus;
  /** What the clerk typed in the row editor, by row number and field ('' clears the cell). */
  overrides?: ReadonlyMap<number, Partial<Record<RosterFieldKey, string>>>;
  /** The reading the clerk chose of a unit-and-post cell, by row number and combined column (index into the readings). */
  readings?: ReadonlyMap<number, Partial<Record<RosterCompositeKey, number>>>;
}

/** What the preview checks the file against: loaded once from the database before validating. */
export interface RosterContext {
  today: string;
  /** The county's name (`开江县`): a unit named in a cell that starts with another place is created outside the county. */
  countyName?: string;
  units: readonly RosterUnit[];
  batches: readonly (Pick<ReportBatch, 'id' | 'name'> & Partial<ReportBatch> & { defaultTermMonths: number })[];
  /** Live cadres whose ID number appears in the file, by normalised ID number. */
  existingCadres: ReadonlyMap<string, ExistingCadre>;
  /** Live cadres whose name appears in the file, by name (rows without an ID number are matched by name and birth month). */
  cadresByName?: ReadonlyMap<string, readonly ExistingCadre[]>;
  /** Live postings of those cadres, by cadre id (used for “already has an open posting” and “same posting”). */
  existingPostings: ReadonlyMap<string, readonly ExistingPosting[]>;
  options: RosterOptions;
}

/** One problem of one cell (or of the whole row when `field` is null), in Chinese. */
export interface RosterIssue {
  field: RosterColumnKey | null;
  /** 0-based column of the cell in the sheet; null when the column is not in the file. */
  column: number | null;
  /** The cell as read from the file. */
  raw: unknown;
  /** Names the column and says what to do, e.g. `民族：“汉民”不是有效的民族，请填写如“汉族”或“汉”`. */
  message: string;
}

/** A field of an existing record the import changes. */
export interface RosterChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** What happens to the cadre of a row. */
export type CadrePlan =
  | { action: 'create'; input: CadreInput }
  | { action: 'update'; id: string; name: string; patch: Partial<CadreInput>; changes: RosterChange[] }
  | { action: 'reuse'; id: string; name: string }
  /** The same new person as an earlier row of the file (another posting of theirs): created once, by that row. */
  | { action: 'sameAsRow'; rowNumber: number };

/** A correction of a posting already on file (the same posting found again in the file). */
export interface PostingUpdate {
  id: string;
  patch: Partial<PostingInput>;
  changes: RosterChange[];
}

export type RosterRowStatus = 'ok' | 'warning' | 'error' | 'skipped';

/** The cell a field was read from. */
export interface RosterCell {
  /** The cell as in the file (for a combined column, the whole combined cell). */
  raw: unknown;
  column: number | null;
  /** The part of the cell that belongs to this field. */
  text: unknown;
  /** Typed by the clerk in the row editor. */
  edited?: true;
}

/** Two or more ways to read a unit-and-post cell; the clerk picks one in the preview. */
export interface RosterReadingChoice {
  key: RosterCompositeKey;
  column: number;
  /** Each reading as the clerk sees it: `单位“开江县农业局”，职务“副局长”`. */
  options: string[];
  chosen: number;
}

/** One data row of the roster after validation. */
export interface RosterPreviewRow {
  /** The Excel row number as the clerk sees it (1-based). */
  rowNumber: number;
  status: RosterRowStatus;
  /** Why a skipped row is skipped. */
  skipReason: string | null;
  /** Display values. */
  name: string;
  idCardNo: string;
  cells: Partial<Record<RosterFieldKey, RosterCell>>;
  errors: RosterIssue[];
  warnings: RosterIssue[];
  /** What the import will do besides the obvious (posting imported as ended …); never blocking. */
  notes: string[];
  /** The cadre's fields still to be completed after the import (`参加工作时间`, `入党时间` …). */
  pending: string[];
  /** Unit-and-post cells that can be read in more than one way. */
  choices: RosterReadingChoice[];
  /** The live cadre this row is matched to (ID number, else name and birth month), if any. */
  matchedCadre: { id: string; name: string } | null;
  /** Set when the row can be imported (or was skipped as already imported). */
  cadre: CadrePlan | null;
  /**
   * The posting to create. `cadreId` is NEW_CADRE for a cadre created by this row (or an earlier
   * row: cadre plan `sameAsRow`); unit ids of units to create are `new-unit:<name>` keys of
   * `RosterPreview.unitsToCreate`.
   */
  posting: PostingInput | null;
  /** The posting already on file this row corrects. */
  postingUpdate: PostingUpdate | null;
}

/** A unit the import will create (only when `createMissingUnits` is on). */
export interface UnitToCreate {
  key: string;
  input: UnitInput;
  rowNumbers: number[];
}

/** The whole preview: every data row, units to create, and notes about the file. */
export interface RosterPreview {
  rows: RosterPreviewRow[];
  unitsToCreate: UnitToCreate[];
  /** Blank rows, 合计/填表人 lines and group titles that were left out. */
  ignoredRows: number[];
  /** Notes about the whole file, e.g. a column that is missing and what is used instead. */
  notices: string[];
}

/** Why a row is skipped: chosen by the clerk, or the same posting is already on file unchanged. */
export const SKIP_REASON = { byClerk: '已手动跳过', alreadyImported: '已存在相同的挂职记录，无变化' } as const;

/** Placeholder cadre id of a posting whose cadre the same row creates. */
export const NEW_CADRE = 'new-cadre';
/** Prefix of the placeholder id of a unit the import creates. */
export const NEW_UNIT_PREFIX = 'new-unit:';

/** Counts for the summary line and the import button. */
export interface RosterSummary {
  total: number;
  ok: number;
  warning: number;
  error: number;
  skipped: number;
  /** Rows that will be imported (ok + warning). */
  importable: number;
  cadresToCreate: number;
  cadresToUpdate: number;
  postingsToCreate: number;
  postingsToUpdate: number;
  unitsToCreate: number;
  /** Cadres created or updated that stay 待补充. */
  incomplete: number;
}

/** Unit ids of units to create that a row refers to. */
function newUnitKeys(r: RosterPreviewRow): string[] {
  const ids = [r.posting?.receivingUnitId, r.posting?.dispatchingUnitId, r.postingUpdate?.patch.receivingUnitId, r.postingUpdate?.patch.dispatchingUnitId];
  if (r.cadre?.action === 'create') ids.push(r.cadre.input.homeUnitId);
  if (r.cadre?.action === 'update') ids.push(r.cadre.patch.homeUnitId);
  return ids.filter((id): id is string => !!id?.startsWith(NEW_UNIT_PREFIX));
}

/** Counts rows by status and what importing the importable rows would create or change. */
export function summarizePreview(preview: Pick<RosterPreview, 'rows'>): RosterSummary {
  const s: RosterSummary = {
    total: 0,
    ok: 0,
    warning: 0,
    error: 0,
    skipped: 0,
    importable: 0,
    cadresToCreate: 0,
    cadresToUpdate: 0,
    postingsToCreate: 0,
    postingsToUpdate: 0,
    unitsToCreate: 0,
    incomplete: 0,
  };
  const unitKeys = new Set<string>();
  for (const r of preview.rows) {
    s.total++;
    s[r.status]++;
    if (r.status !== 'ok' && r.status !== 'warning') continue;
    s.importable++;
    if (r.cadre?.action === 'create') s.cadresToCreate++;
    if (r.cadre?.action === 'update') s.cadresToUpdate++;
    if (r.posting) s.postingsToCreate++;
    if (r.postingUpdate) s.postingsToUpdate++;
    if (r.pending.length && (r.cadre?.action === 'create' || r.cadre?.action === 'update')) s.incomplete++;
    for (const key of newUnitKeys(r)) unitKeys.add(key);
  }
  s.unitsToCreate = unitKeys.size;
  return s;
}

/** One importable row as the writer needs it. */
export type RosterPlanRow = Pick<RosterPreviewRow, 'rowNumber' | 'name' | 'cadre' | 'posting' | 'postingUpdate'>;

/** What importing writes: the units to create and every importable row's plan, in file order. */
export interface RosterImportPlan {
  unitsToCreate: UnitToCreate[];
  rows: RosterPlanRow[];
  /** Rows that still have errors (the writer refuses a plan with any). */
  errorRows: number[];
}

/** The plan of a preview: its importable rows (ok and warning), and the rows that block it. */
export function importPlanOf(preview: Pick<RosterPreview, 'rows' | 'unitsToCreate'>): RosterImportPlan {
  const rows: RosterPlanRow[] = [];
  const errorRows: number[] = [];
  for (const r of preview.rows) {
    if (r.status === 'error') errorRows.push(r.rowNumber);
    else if (r.status === 'ok' || r.status === 'warning')
      rows.push({ rowNumber: r.rowNumber, name: r.name, cadre: r.cadre, posting: r.posting, postingUpdate: r.postingUpdate });
  }
  return { unitsToCreate: preview.unitsToCreate, rows, errorRows };
}
