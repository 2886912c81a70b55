import type { ColumnMapping } from '@shared/import/column-mapping';
import type { RosterContext, RosterImportPlan, RosterOptions } from '@shared/import/roster-preview';
import { RosterValidation, rowView, type RosterEdit, type RosterPreviewMeta, type RosterRowFields, type RosterRowView } from '@shared/import/roster-session';

/** Rows evaluated between two progress reports (and two chances to notice a newer request). */
const EVALUATE_CHUNK = 500;
/** Row views per message to the screen (each message stays small to deserialise). */
const VIEW_CHUNK = 2000;

/** A sheet cell as the reader hands it over. */
export type SheetCell = string | number | boolean | null;

/**
 * The roster validation as the wizard calls it, run in a Web Worker through comlink (or in the page
 * when no worker is available, e.g. in unit tests). All state lives here; the screen gets small row
 * views in chunks and the import plan when it imports.
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
   * Reports `onProgress(done, total)`; sends every row's view through `onRows` in chunks; resolves
   * with the meta, or null when a newer validate or edit superseded it.
   */
  validate(
    ctx: RosterContext | null,
    options: Partial<RosterOptions>,
    onProgress: (done: number, total: number) => unknown,
    onRows: (rows: RosterRowView[]) => unknown,
  ): Promise<RosterPreviewMeta | null>;
  /**
   * A skip, restore, row edit or reading choice: only the rows concerned are evaluated again; their
   * views come through `onRows`. Call it only when no validate is under way.
   */
  edit(change: RosterEdit, onRows: (rows: RosterRowView[]) => unknown): Promise<RosterPreviewMeta>;
  /** The fields of a row as text, for the row editor. */
  rowFields(rowNumber: number): RosterRowFields;
  /** What importing writes. */
  plan(): RosterImportPlan;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Sends row views in chunks. Each call is awaited: a comlink callback travels on a port of its own,
 * so only an answered call is sure to have reached the page before the method's own result.
 */
async function sendViews(rows: readonly Parameters<typeof rowView>[0][], onRows: (rows: RosterRowView[]) => unknown): Promise<void> {
  for (let i = 0; i < rows.length; i += VIEW_CHUNK) await onRows(rows.slice(i, i + VIEW_CHUNK).map(rowView));
}

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
    async validate(ctx, options, onProgress, onRows) {
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
      await sendViews(s.preview().rows, onRows);
      return s.meta();
    },
    async edit(change, onRows) {
      const s = current();
      await sendViews(s.edit(change), onRows);
      return s.meta();
    },
    rowFields(rowNumber) {
      return current().rowFields(rowNumber);
    },
    plan() {
      return current().plan();
    },
  };
}
