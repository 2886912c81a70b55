import type { Row } from '../database';
import * as repo from '../repositories/inspections';
import type { InspectionTarget } from '../queries/inspections';
import type { Store } from '../store';

export type { InspectionInput } from '../repositories/inspections';
export type { InspectionTarget } from '../queries/inspections';

/** Records an inspection of one cadre or a whole township and locks the entries it checked. */
export function recordInspection(store: Store, target: InspectionTarget, input: repo.InspectionInput, today: string): Promise<Row<'inspections'>[]> {
  return store.write((w) => repo.recordInspection(w, target, input, today));
}

/** Marks an inspection's rectification as done. */
export function markRectified(store: Store, id: string, rectifiedOn: string, today: string): Promise<Row<'inspections'>> {
  return store.write((w) => repo.markRectified(w, id, rectifiedOn, today));
}

/** Deletes an inspection recorded by mistake and opens the entries only it had locked. */
export function removeInspection(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeInspection(w, id));
}
