import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import * as repo from '../repositories/reserve-pool';
import type { Store } from '../store';

/** 纳入后备干部库, or (with `id`) changes an entry: 已使用 / 已出库 with the reason in the note. */
export function saveReserveEntry(store: Store, input: InputOf<'reservePool'>, today: string, id?: string): Promise<Row<'reservePool'>> {
  return store.write((w) => repo.addReserveEntry(w, input, today, id));
}

/** Deletes an entry made by mistake. */
export function removeReserveEntry(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeReserveEntry(w, id));
}
