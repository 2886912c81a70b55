import type { UnitInput } from '@shared/domain/entities/unit';
import type { Row } from '../database';
import * as repo from '../repositories/units';
import type { Store } from '../store';

/** Adds a unit to the tree. */
export function createUnit(store: Store, input: UnitInput): Promise<Row<'units'>> {
  return store.write((w) => repo.createUnit(w, input));
}

/** Changes a unit (name, level, kind, parent, order …). */
export function updateUnit(store: Store, id: string, patch: Partial<UnitInput>): Promise<Row<'units'>> {
  return store.write((w) => repo.updateUnit(w, id, patch));
}

/** Deletes a unit nothing refers to any more; never this PC's own unit. */
export function removeUnit(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeUnit(w, id, store.site?.homeUnitId));
}
