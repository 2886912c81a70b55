import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import * as repo from '../repositories/spot-checks';
import type { Store } from '../store';

export type { SpotCheckPreview } from '../repositories/spot-checks';

/** What saving a spot check would say (errors, warnings, the grade cap), without saving. */
export function previewSpotCheck(store: Store, input: Partial<InputOf<'spotChecks'>>, today: string, id?: string): Promise<repo.SpotCheckPreview> {
  return store.read((w) => repo.previewSpotCheck(w, input, today, id));
}

/** 登记抽查 (明查暗访): an unexcused absence shows as × in the grid and caps the annual grade. */
export function createSpotCheck(store: Store, input: InputOf<'spotChecks'>, today: string): Promise<{ spotCheck: Row<'spotChecks'> } & repo.SpotCheckPreview> {
  return store.write((w) => repo.createSpotCheck(w, input, today));
}

/** Corrects a spot check. */
export function updateSpotCheck(store: Store, id: string, input: InputOf<'spotChecks'>, today: string): Promise<{ spotCheck: Row<'spotChecks'> } & repo.SpotCheckPreview> {
  return store.write((w) => repo.updateSpotCheck(w, id, input, today));
}

/** Deletes a spot check entered by mistake. */
export function removeSpotCheck(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeSpotCheck(w, id));
}
