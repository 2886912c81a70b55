import type { CadreInput } from '@shared/domain/entities/cadre';
import { NEW_CADRE, NEW_UNIT_PREFIX, type RosterPreview, type RosterPreviewRow } from '@shared/import/roster-import';
import { ValidationError } from '../errors';
import type { Writer } from '../writer';
import { createCadre, updateCadre } from './cadres';
import { createPosting } from './postings';
import { createUnit } from './units';

/** What a roster import wrote. */
export interface RosterImportResult {
  unitsCreated: number;
  cadresCreated: number;
  cadresUpdated: number;
  postingsCreated: number;
}

/** A row failed while being written; nothing of the import was kept. */
export class RosterImportError extends Error {
  constructor(
    readonly rowNumber: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RosterImportError';
  }
}

function rowLabel(row: RosterPreviewRow): string {
  return row.name ? `第${row.rowNumber}行（${row.name}）` : `第${row.rowNumber}行`;
}

/**
 * Writes a validated roster preview: units to create, then per row the cadre (created, updated or
 * reused) and its posting, all through the repositories.
 *
 * Atomicity: this must run inside ONE `store.write` opened by the caller, and it never catches an
 * error to carry on. Any failure – a repository refusing a row (say a cadre with the same ID number
 * registered on this PC since the preview), a quota error, a bug – propagates out of the
 * transaction callback, Dexie aborts the transaction, and every unit, cadre and posting written by
 * earlier rows is rolled back together with the advanced clock. A failure on row 1,999 leaves the
 * database exactly as it was. For the same reason `onProgress` must not await anything: awaiting a
 * non-IndexedDB promise would let the transaction commit half-way.
 *
 * Rows with status `error` are refused before anything is written (the caller skips them first);
 * skipped rows are ignored.
 */
export async function applyRosterImport(
  w: Writer,
  preview: RosterPreview,
  today: string,
  onProgress?: (done: number, total: number) => void,
): Promise<RosterImportResult> {
  const blocked = preview.rows.filter((r) => r.status === 'error');
  if (blocked.length > 0) {
    const rows = blocked.slice(0, 5).map((r) => r.rowNumber).join('、');
    throw new ValidationError([
      { field: 'rows', message: `第${rows}行${blocked.length > 5 ? `等${blocked.length}行` : ''}有错误，请先修改或跳过这些行再导入` },
    ]);
  }
  const rows = preview.rows.filter((r) => r.status === 'ok' || r.status === 'warning');
  const result: RosterImportResult = { unitsCreated: 0, cadresCreated: 0, cadresUpdated: 0, postingsCreated: 0 };
  const plannedUnits = new Map(preview.unitsToCreate.map((u) => [u.key, u]));
  const unitIds = new Map<string, string>();

  const unitId = async (id: string): Promise<string> => {
    if (!id.startsWith(NEW_UNIT_PREFIX)) return id;
    const known = unitIds.get(id);
    if (known) return known;
    const planned = plannedUnits.get(id);
    if (!planned) throw new Error(`导入预览中缺少要新建的单位“${id.slice(NEW_UNIT_PREFIX.length)}”，请重新预览后再导入`);
    const unit = await createUnit(w, planned.input);
    result.unitsCreated++;
    unitIds.set(id, unit.id);
    return unit.id;
  };

  let done = 0;
  onProgress?.(0, rows.length);
  for (const row of rows) {
    if (!row.cadre || !row.posting) throw new Error(`${rowLabel(row)}没有可导入的内容，请重新预览后再导入`);
    try {
      let cadreId: string;
      const plan = row.cadre;
      if (plan.action === 'create') {
        const input: CadreInput = { ...plan.input, homeUnitId: await unitId(plan.input.homeUnitId) };
        cadreId = (await createCadre(w, input, today)).id;
        result.cadresCreated++;
      } else if (plan.action === 'update') {
        const patch = { ...plan.patch };
        if (patch.homeUnitId) patch.homeUnitId = await unitId(patch.homeUnitId);
        cadreId = (await updateCadre(w, plan.id, patch, today)).id;
        result.cadresUpdated++;
      } else {
        cadreId = plan.id;
      }
      const posting = {
        ...row.posting,
        cadreId: row.posting.cadreId === NEW_CADRE ? cadreId : row.posting.cadreId,
        dispatchingUnitId: await unitId(row.posting.dispatchingUnitId),
        receivingUnitId: await unitId(row.posting.receivingUnitId),
      };
      await createPosting(w, posting, today);
      result.postingsCreated++;
    } catch (e) {
      if (e instanceof ValidationError) throw new ValidationError(e.issues.map((i) => ({ ...i, message: `${rowLabel(row)}：${i.message}` })));
      const reason = e instanceof Error ? e.message : String(e);
      throw new RosterImportError(row.rowNumber, `${rowLabel(row)}导入失败：${reason}`, { cause: e });
    }
    onProgress?.(++done, rows.length);
  }
  return result;
}
