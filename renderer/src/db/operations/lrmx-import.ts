import { applyLrmxImport, type LrmxImportResult, type LrmxWrite } from '../repositories/lrmx-import';
import type { Store } from '../store';

export type { LrmxImportResult, LrmxWrite };

/** 导入任免审批表: creates and updates the chosen persons' cadres in ONE transaction (all or nothing). */
export function importLrmx(store: Store, persons: readonly LrmxWrite[], today: string): Promise<LrmxImportResult> {
  return store.write((w) => applyLrmxImport(w, persons, today));
}
