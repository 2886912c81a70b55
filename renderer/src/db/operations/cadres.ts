import type { CadreInput } from '@shared/domain/entities/cadre';
import type { Row } from '../database';
import * as repo from '../repositories/cadres';
import type { Store } from '../store';

/** 登记干部: sex and birth date come from the ID number; the ID number must be new. */
export function createCadre(store: Store, input: CadreInput, today: string): Promise<Row<'cadres'>> {
  return store.write((w) => repo.createCadre(w, input, today));
}

/** Changes a cadre's data; only changed fields are stamped. */
export function updateCadre(store: Store, id: string, patch: Partial<CadreInput>, today: string): Promise<Row<'cadres'>> {
  return store.write((w) => repo.updateCadre(w, id, patch, today));
}

/** Deletes a cadre who has no postings left. */
export function removeCadre(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeCadre(w, id));
}
