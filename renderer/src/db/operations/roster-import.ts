import type { RosterImportPlan } from '@shared/import/roster-import';
import { applyRosterImport, type RosterImportResult } from '../repositories/roster-import';
import type { Store } from '../store';

export type { RosterImportResult };
export { RosterImportError } from '../repositories/roster-import';

/**
 * 导入花名册: writes a checked import plan (units to create, cadres, postings) in ONE transaction,
 * so a failure on any row leaves the database exactly as it was. `onProgress` must not await
 * anything (see applyRosterImport).
 */
export async function importRoster(store: Store, plan: RosterImportPlan, today: string, onProgress?: (done: number, total: number) => void): Promise<RosterImportResult> {
  const start = performance.now();
  const result = await store.write((w) => applyRosterImport(w, plan, today, onProgress));
  // Read by `npm run bench` (the write against a raw bulkPut of the same records).
  performance.measure('roster-import:write', { start, end: performance.now() });
  return result;
}
