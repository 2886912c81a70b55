import type { ColumnMapping } from '@shared/import/column-mapping';
import type { RosterContext, RosterImportPlan, RosterOptions } from '@shared/import/roster-preview';
import { RosterValidation, type RosterEdit, type RosterPage, type RosterPageQuery, type RosterPreviewMeta, type RosterRowFields } from '@shared/import/roster-session';

/** Rows evaluated between two progress reports (and two chances to notice a newer request). */
const EVALUATE_CHUNK = 500;

/** A sheet cell as the reader hands it over. */
export type SheetCell = string | number | boolean | null;

/**
 * The roster validation as the wizard calls it, run in a Web Worker through comlink (or in the page
 * when no worker is available, e.g. in unit tests). All state lives here: the screen holds the
 * counts and the views of the one page it shows (it asks for another page or filter), never the
 * rows of the whole sheet; the import gets the plan when it imports.
 */
export interface RosterValidationService {
  /** Starts a new validation of a sheet with this column mapping (forgets the previous one). */
  begin(mapping: ColumnMapping): void;
  /** Hands over sheet rows from `offset` (rows[0] is Excel row 1), in chunks. */
  addRows(offset: number, rows: SheetCell[][]): void;
  /** The ID numbers and names of the file (what the cadres on file are loaded by). */
  keys(): { idCardNos: string[]; names: string[] };
  /**
   * Evaluates every row: with `ctx` (first time) or with changed `options` (the context stays).
   * Reports `onProgress(done, total)`; resolves with the meta, or null when a newer validate
   * superseded it.
   */
  validate(ctx: RosterContext | null, options: Partial<RosterOptions>, onProgress: (done: number, total: number) => unknown): Promise<RosterPreviewMeta | null>;
  /**
   * A skip, restore, row edit, reading choice or 跳过全部错误行: only the rows concerned are
   * evaluated again. Call it only when no validate is under way.
   */
  edit(change: RosterEdit): RosterPreviewMeta;
  /** The views of one page of the rows a filter keeps, with how many rows it keeps. */
  page(query: RosterPageQuery): RosterPage;
  /** The fields of a row as text, for the row editor. */
  rowFields(rowNumber: number): RosterRowFields;
  /** What importing writes. */
  plan(): RosterImportPlan;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Creates the service (one per worker). */
export function createRosterValidationService(): RosterValidationService {
  let session: RosterValidation | undefined;
  let generation = 0;
  const current = () => {
    if (!session) throw new Error('RosterValidationService: begin first');
    return session;
  };
  return {
    begin(mapping) {
      generation++;
      session = new RosterValidation(mapping);
    },
    addRows(offset, rows) {
      current().addRows(offset, rows);
    },
    keys() {
      return current().keys();
    },
    async validate(ctx, options, onProgress) {
      const s = current();
      const mine = ++generation;
      if (ctx) s.setContext({ ...ctx, options: { ...ctx.options, ...options } });
      else s.setOptions(options);
      const numbers = s.dataRowNumbers;
      await onProgress(0, numbers.length);
      for (let i = 0; i < numbers.length; i += EVALUATE_CHUNK) {
        s.evaluate(numbers.slice(i, i + EVALUATE_CHUNK));
        await onProgress(Math.min(numbers.length, i + EVALUATE_CHUNK), numbers.length);
        await tick();
        if (mine !== generation) return null;
      }
      s.finish();
      return s.meta();
    },
    edit(change) {
      const s = current();
      s.edit(change);
      return s.meta();
    },
    page(query) {
      return current().page(query);
    },
    rowFields(rowNumber) {
      return current().rowFields(rowNumber);
    },
    plan() {
      return current().plan();
    },
  };
}
