import type { RosterPreview } from '@shared/import/roster-import';
import { applyRosterImport, type RosterImportResult } from '../repositories/roster-import';
import type { Store } from '../store';

export type { RosterImportResult };
export { RosterImportError } from '../repositories/roster-import';

/**
 * 导入花名册: writes a checked preview (units to create, cadres, postings) in ONE transaction, so a
 * failure on any row leaves the database exactly as it was. `onProgress` must not await anything
 * (see applyRosterImport).
 */
export function importRoster(store: Store, preview: RosterPreview, today: string, onProgress?: (done: number, total: number) => void): Promise<RosterImportResult> {
  return store.write((w) => applyRosterImport(w, preview, today, onProgress));
}
