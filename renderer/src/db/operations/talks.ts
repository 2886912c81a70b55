import type { Row } from '../database';
import * as repo from '../repositories/talks';
import type { Store } from '../store';

export type { TalkInput } from '../repositories/talks';

/** 安排谈话 / 记录谈话 / 办结: creates a talk, or changes the one with `id` (组织部 PCs only). */
export function saveTalk(store: Store, input: repo.TalkInput, today: string, id?: string): Promise<Row<'talkRecords'>> {
  return store.write((w) => repo.saveTalk(w, input, today, id));
}

/** Deletes a talk entered by mistake. */
export function removeTalk(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeTalk(w, id));
}
