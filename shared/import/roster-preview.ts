import type { Cadre, CadreInput } from '../domain/entities/cadre';
import type { PostingInput } from '../domain/entities/posting';
import type { UnitInput } from '../domain/entities/unit';
import type { RosterColumnKey, RosterFieldKey } from './roster-columns';
import type { UnitRef } from './unit-names';

// What validating a roster produces: per row the status, every bad cell and the plan (cadre to
// create, update or reuse; posting to create), plus the units to create. Pure data for the preview
// screen and for applyRosterImport.

/** A cadre already in the database, as the preview compares it. */
export type ExistingCadre = Cadre & { id: string };

/** A posting already in the database (any status) of a cadre named in the file. */
export interface ExistingPosting {
  id: string;
  receivingUnitId: string;
  startDate: string;
  status: string;
}

/** What the preview checks the file against. */
export interface RosterContext {
  today: string;
  units: readonly UnitRef[];
  batches: readonly { id: string; name: string; defaultTermMonths: number }[];
  /** Live cadres whose ID number appears in the file, by normalised ID number. */
  existingCadres: ReadonlyMap<string, ExistingCadre>;
  /** Live postings of those cadres, by cadre id (used for “already has an open posting” and “same posting”). */
  existingPostings: ReadonlyMap<string, readonly ExistingPosting[]>;
  options: {
    /** Unit names not found become units to create instead of errors. */
    createMissingUnits: boolean;
    /** Excel row numbers the clerk chose to skip. */
    skipRows?: ReadonlySet<number>;
  };
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

/** A field of an existing cadre the import changes. */
export interface RosterChange {
  field: keyof CadreInput;
  label: string;
  before: string;
  after: string;
}

/** What happens to the cadre of a row. */
export type CadrePlan =
  | { action: 'create'; input: CadreInput }
  | { action: 'update'; id: string; name: string; patch: Partial<CadreInput>; changes: RosterChange[] }
  | { action: 'reuse'; id: string; name: string };

export type RosterRowStatus = 'ok' | 'warning' | 'error' | 'skipped';

/** The cell a field was read from. */
export interface RosterCell {
  /** The cell as in the file (for a combined column, the whole combined cell). */
  raw: unknown;
  column: number | null;
  /** The part of the cell that belongs to this field. */
  text: unknown;
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
  /** The live cadre with this ID number, if any. */
  matchedCadre: { id: string; name: string } | null;
  /** Set when the row can be imported (or was skipped as already imported). */
  cadre: CadrePlan | null;
  /**
   * The posting to create. `cadreId` is NEW_CADRE for a cadre created by this row; unit ids of units
   * to create are `new-unit:<name>` keys of `RosterPreview.unitsToCreate`.
   */
  posting: PostingInput | null;
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

/** Why a row is skipped: chosen by the clerk, or the same posting is already on file. */
export const SKIP_REASON = { byClerk: '已手动跳过', alreadyImported: '已存在相同的挂职记录' } as const;

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
  unitsToCreate: number;
}

/** Counts rows by status and what importing the importable rows would create. */
export function summarizePreview(preview: RosterPreview): RosterSummary {
  const s: RosterSummary = { total: 0, ok: 0, warning: 0, error: 0, skipped: 0, importable: 0, cadresToCreate: 0, cadresToUpdate: 0, unitsToCreate: 0 };
  const unitKeys = new Set<string>();
  for (const r of preview.rows) {
    s.total++;
    s[r.status]++;
    if (r.status !== 'ok' && r.status !== 'warning') continue;
    s.importable++;
    if (r.cadre?.action === 'create') s.cadresToCreate++;
    if (r.cadre?.action === 'update') s.cadresToUpdate++;
    for (const id of [r.posting?.receivingUnitId, r.posting?.dispatchingUnitId, r.cadre?.action === 'create' ? r.cadre.input.homeUnitId : undefined])
      if (id?.startsWith(NEW_UNIT_PREFIX)) unitKeys.add(id);
    if (r.cadre?.action === 'update' && r.cadre.patch.homeUnitId?.startsWith(NEW_UNIT_PREFIX)) unitKeys.add(r.cadre.patch.homeUnitId);
  }
  s.unitsToCreate = unitKeys.size;
  return s;
}
