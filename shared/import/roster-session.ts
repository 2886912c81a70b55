import { formatDateDotted } from '../domain/dates';
import { idCardNosIn, namesIn, type ColumnMapping } from './column-mapping';
import { cellText } from './roster-cells';
import { ROSTER_FIELDS, type RosterCompositeKey, type RosterFieldKey } from './roster-columns';
import { evaluateRosterRow, fileNotices, finishRosterRows, rowContext, type RowOutcome } from './roster-import';
import {
  importPlanOf,
  summarizePreview,
  type RosterChange,
  type RosterContext,
  type RosterImportPlan,
  type RosterOptions,
  type RosterPreview,
  type RosterPreviewRow,
  type RosterReadingChoice,
  type RosterRowStatus,
  type RosterSummary,
} from './roster-preview';
import type { RowContext } from './roster-row';

// A validation of one roster sheet that lives as long as the wizard's preview (in a Web Worker):
// every row is evaluated once, and after an edit, a skip or a choice only the rows concerned are
// evaluated again, then the cross-row pass (linear) runs over all outcomes. What the screen shows
// of a row is a small view (RosterRowView); the full plan stays here until the import asks for it.

/** An issue as the preview shows it. */
export interface RosterIssueView {
  field: string | null;
  column: number | null;
  message: string;
}

/** What the preview table shows of one row. */
export interface RosterRowView {
  rowNumber: number;
  status: RosterRowStatus;
  skipReason: string | null;
  name: string;
  idCardNo: string;
  /** Display text of the key columns (工作单位, 接收单位, 挂任职务, 到岗日期). */
  cells: Partial<Record<'homeUnit' | 'receivingUnit' | 'secondedPost' | 'startDate', string>>;
  errors: RosterIssueView[];
  warnings: RosterIssueView[];
  notes: string[];
  pending: string[];
  choices: RosterReadingChoice[];
  /** What happens to the cadre; null when the row cannot be imported. */
  cadreAction: 'create' | 'update' | 'reuse' | 'sameAsRow' | null;
  /** For `sameAsRow`: the earlier row that creates the cadre. */
  sameAsRow: number | null;
  /** Field by field, what the row changes on records already on file (cadre, then posting). */
  changes: RosterChange[];
  /** The row creates a posting. */
  newPosting: boolean;
}

/** Which rows the preview lists: all, only those with errors, or only those with fields 待补充. */
export type RosterRowFilter = 'all' | 'errors' | 'pending';

/** A page of the preview the screen asks for. */
export interface RosterPageQuery {
  filter: RosterRowFilter;
  /** Index of the first row among the rows the filter keeps. */
  offset: number;
  limit: number;
}

/** One page of the preview: the views of its rows and how many rows the filter keeps. */
export interface RosterPage {
  rows: RosterRowView[];
  /** Rows the filter keeps (all pages). */
  total: number;
  /** The offset actually used (moved back onto the last page when the filter keeps fewer rows now). */
  offset: number;
}

/** Everything about the preview but its rows. */
export interface RosterPreviewMeta {
  summary: RosterSummary;
  /** How many rows each filter keeps. */
  filterCounts: Record<RosterRowFilter, number>;
  unitsToCreate: { key: string; name: string; inCounty: boolean; level: string; rowNumbers: number[] }[];
  ignoredRows: number[];
  notices: string[];
}

/** The fields of one row as the row editor shows them: what the file (or an earlier edit) says, as text. */
export type RosterRowFields = Partial<Record<RosterFieldKey, string>>;

/** How the preview shows a date field's value. */
function shownDate(v: unknown): string {
  const t = cellText(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? formatDateDotted(t) : t;
}

/** The small view of a row the screen shows. */
export function rowView(r: RosterPreviewRow): RosterRowView {
  const issue = (i: RosterPreviewRow['errors'][number]): RosterIssueView => ({ field: i.field, column: i.column, message: i.message });
  return {
    rowNumber: r.rowNumber,
    status: r.status,
    skipReason: r.skipReason,
    name: r.name,
    idCardNo: r.idCardNo,
    cells: {
      homeUnit: cellText(r.cells.homeUnit?.text),
      receivingUnit: cellText(r.cells.receivingUnit?.text),
      secondedPost: cellText(r.cells.secondedPost?.text),
      startDate: shownDate(r.cells.startDate?.text),
    },
    errors: r.errors.map(issue),
    warnings: r.warnings.map(issue),
    notes: r.notes,
    pending: r.pending,
    choices: r.choices,
    cadreAction: r.cadre?.action ?? null,
    sameAsRow: r.cadre?.action === 'sameAsRow' ? r.cadre.rowNumber : null,
    changes: [...(r.cadre?.action === 'update' ? r.cadre.changes : []), ...(r.postingUpdate?.changes ?? [])],
    newPosting: !!r.posting,
  };
}

/** A change the clerk makes in the preview. */
export interface RosterEdit {
  /** Rows to skip or bring back. */
  skip?: number[];
  restore?: number[];
  /** The row editor saved: the fields typed ('' clears one). Replaces the row's earlier edits. */
  fields?: { rowNumber: number; values: RosterRowFields };
  /** A reading chosen for a unit-and-post cell. */
  reading?: { rowNumber: number; key: RosterCompositeKey; index: number };
  /** Skip every row that has errors now (跳过全部错误行). */
  skipErrors?: true;
}

/** Whether the filter keeps a row. */
function kept(filter: RosterRowFilter, r: RosterPreviewRow): boolean {
  return filter === 'all' || (filter === 'errors' ? r.status === 'error' : r.pending.length > 0);
}

/** One roster sheet under validation. */
export class RosterValidation {
  private readonly sheet: (readonly unknown[])[] = [];
  private ctx: RosterContext | undefined;
  private rc: RowContext | undefined;
  /** Outcome of each data row by Excel row number (ignored rows have none). */
  private readonly outcomes = new Map<number, RowOutcome>();
  private ignoredRows: number[] = [];
  private finished: { rows: RosterPreviewRow[]; unitsToCreate: RosterPreview['unitsToCreate'] } = { rows: [], unitsToCreate: [] };

  constructor(private readonly mapping: ColumnMapping) {}

  /** Adds sheet rows from `offset` (0-based; rows[0] is Excel row 1). */
  addRows(offset: number, rows: readonly (readonly unknown[] | undefined)[]): void {
    rows.forEach((r, i) => (this.sheet[offset + i] = r ?? []));
  }

  /** Excel row numbers of the data rows (after the header). */
  get dataRowNumbers(): number[] {
    const out: number[] = [];
    for (let i = this.mapping.headerRowIndex + 1; i < this.sheet.length; i++) out.push(i + 1);
    return out;
  }

  /** The ID numbers and names of the file, for loading the cadres on file once. */
  keys(): { idCardNos: string[]; names: string[] } {
    return { idCardNos: idCardNosIn(this.sheet, this.mapping), names: namesIn(this.sheet, this.mapping) };
  }

  /** What the rows are checked against (loaded from the database), with the clerk's options. */
  setContext(ctx: RosterContext): void {
    this.ctx = ctx;
    this.rc = rowContext(ctx);
  }

  get options(): RosterOptions {
    return this.context.options;
  }

  private get context(): RosterContext {
    if (!this.ctx) throw new Error('RosterValidation: setContext first');
    return this.ctx;
  }

  /** Changes options that concern every row (units to create, default type, ended status): every row is evaluated again. */
  setOptions(options: Partial<RosterOptions>): void {
    this.setContext({ ...this.context, options: { ...this.context.options, ...options } });
  }

  /** Evaluates the data rows with these Excel row numbers (each on its own). */
  evaluate(rowNumbers: readonly number[]): void {
    const rc = this.rc ?? rowContext(this.context);
    for (const n of rowNumbers) {
      const e = evaluateRosterRow(this.sheet[n - 1] ?? [], n, this.mapping, rc);
      if (e.kind === 'data') this.outcomes.set(n, e.outcome);
      else this.outcomes.delete(n);
    }
  }

  /**
   * Runs the cross-row pass over every outcome and returns the rows whose view changed since the
   * last pass (all rows the first time).
   */
  finish(): RosterPreviewRow[] {
    const before = new Map(this.finished.rows.map((r) => [r.rowNumber, r]));
    const ordered = [...this.outcomes.keys()].sort((a, b) => a - b).map((n) => this.outcomes.get(n)!);
    this.finished = finishRosterRows(ordered);
    this.ignoredRows = this.dataRowNumbers.filter((n) => !this.outcomes.has(n) && (this.sheet[n - 1] ?? []).some((v) => cellText(v) !== ''));
    return this.finished.rows.filter((r) => before.get(r.rowNumber) !== r);
  }

  /** Applies a change of the clerk and re-evaluates only the rows it concerns; returns the rows whose view changed. */
  edit(change: RosterEdit): RosterPreviewRow[] {
    const options = this.context.options;
    const touched = new Set<number>();
    const skip = [...(change.skip ?? []), ...(change.skipErrors ? this.finished.rows.filter((r) => r.status === 'error').map((r) => r.rowNumber) : [])];
    if (skip.length || change.restore?.length) {
      const skipRows = new Set(options.skipRows ?? []);
      for (const n of skip) skipRows.add(n);
      for (const n of change.restore ?? []) skipRows.delete(n);
      for (const n of [...skip, ...(change.restore ?? [])]) touched.add(n);
      this.setOptionsKeepRows({ skipRows });
    }
    if (change.fields) {
      const overrides = new Map(options.overrides ?? []);
      const own = this.rowFields(change.fields.rowNumber, false);
      const typed: RosterRowFields = {};
      for (const [field, value] of Object.entries(change.fields.values) as [RosterFieldKey, string][]) if ((own[field] ?? '') !== value) typed[field] = value;
      if (Object.keys(typed).length) overrides.set(change.fields.rowNumber, typed);
      else overrides.delete(change.fields.rowNumber);
      this.setOptionsKeepRows({ overrides });
      touched.add(change.fields.rowNumber);
    }
    if (change.reading) {
      const readings = new Map(options.readings ?? []);
      readings.set(change.reading.rowNumber, { ...(readings.get(change.reading.rowNumber) ?? {}), [change.reading.key]: change.reading.index });
      this.setOptionsKeepRows({ readings });
      touched.add(change.reading.rowNumber);
    }
    this.evaluate([...touched]);
    return this.finish();
  }

  private setOptionsKeepRows(options: Partial<RosterOptions>): void {
    // Row-level options: the lookups stay, only the options object changes.
    this.ctx = { ...this.context, options: { ...this.context.options, ...options } };
    this.rc = { ...(this.rc ?? rowContext(this.ctx)), ctx: this.ctx };
  }

  /**
   * The fields of a row as text for the row editor: the clerk's edits, else what was read from the
   * file (a combined cell split into its fields); `withEdits` false leaves the edits out.
   */
  rowFields(rowNumber: number, withEdits = true): RosterRowFields {
    const row = this.finished.rows.find((r) => r.rowNumber === rowNumber) ?? this.outcomes.get(rowNumber)?.row;
    const out: RosterRowFields = {};
    for (const f of ROSTER_FIELDS) {
      const cell = row?.cells[f.key];
      if (cell && (withEdits || !cell.edited)) out[f.key] = typeof cell.text === 'string' ? cell.text.trim() : cellText(cell.text);
    }
    if (withEdits) {
      const edits = this.context.options.overrides?.get(rowNumber) ?? {};
      for (const [field, value] of Object.entries(edits) as [RosterFieldKey, string][]) out[field] = value;
    }
    return out;
  }

  /** The preview as it stands. */
  preview(): RosterPreview {
    return { rows: this.finished.rows, unitsToCreate: this.finished.unitsToCreate, ignoredRows: this.ignoredRows, notices: this.notices() };
  }

  private notices(): string[] {
    const out = fileNotices(this.mapping, this.context);
    const examples = this.ignoredRows.filter((n) => evaluateRosterRow(this.sheet[n - 1] ?? [], n, this.mapping, this.rc!).kind === 'example');
    for (const n of examples) out.push(`第${n}行是模板中的填写示例，已忽略。`);
    return out;
  }

  /**
   * The views of one page of the rows the filter keeps (the screen never holds more than a page);
   * an offset past the end moves back to the last page.
   */
  page(query: RosterPageQuery): RosterPage {
    const rows = query.filter === 'all' ? this.finished.rows : this.finished.rows.filter((r) => kept(query.filter, r));
    const limit = Math.max(1, Math.floor(query.limit));
    const last = Math.max(0, Math.floor((rows.length - 1) / limit) * limit);
    const offset = Math.min(Math.max(0, Math.floor(query.offset)), last);
    return { rows: rows.slice(offset, offset + limit).map(rowView), total: rows.length, offset };
  }

  /** Counts, units to create and notes about the file. */
  meta(): RosterPreviewMeta {
    const p = this.preview();
    const filterCounts: Record<RosterRowFilter, number> = { all: 0, errors: 0, pending: 0 };
    for (const r of p.rows) for (const f of ['all', 'errors', 'pending'] as const) if (kept(f, r)) filterCounts[f]++;
    return {
      summary: summarizePreview(p),
      filterCounts,
      unitsToCreate: p.unitsToCreate.map((u) => ({ key: u.key, name: u.input.name, inCounty: !!u.input.isInCounty, level: u.input.level, rowNumbers: u.rowNumbers })),
      ignoredRows: p.ignoredRows,
      notices: p.notices,
    };
  }

  /** What importing would write. */
  plan(): RosterImportPlan {
    return importPlanOf(this.preview());
  }
}
