import type { BatchInput } from '@shared/domain/entities/batch';
import type { Row } from '../database';
import * as repo from '../repositories/batches';
import type { Store } from '../store';

/** 新建批次. */
export function createBatch(store: Store, input: BatchInput): Promise<Row<'batches'>> {
  return store.write((w) => repo.createBatch(w, input));
}

/** Changes a batch; its postings keep their own dates and terms. */
export function updateBatch(store: Store, id: string, patch: Partial<BatchInput>): Promise<Row<'batches'>> {
  return store.write((w) => repo.updateBatch(w, id, patch));
}

/** Deletes a batch no posting belongs to. */
export function removeBatch(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeBatch(w, id));
}
