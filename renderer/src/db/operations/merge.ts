import { mergeIncoming as merge, resolveConflict as resolve, type ConflictAction, type IncomingState, type MergeOutcome } from '../repositories/merge';
import type { Store } from '../store';

export type { ConflictAction, IncomingState, MergeOutcome };

/** 数据交换 → 冲突: keeps the current value, uses the other one, or restores a deleted record (a write that travels). */
export function resolveConflict(store: Store, conflictId: string, action: ConflictAction): Promise<void> {
  return store.write((w) => resolve(w, conflictId, action));
}

/**
 * Merges another PC's records into this one in ONE transaction: all of it is applied or, if anything
 * fails, nothing (the import of an exchange package builds on this).
 */
export function mergeIncoming(store: Store, incoming: IncomingState): Promise<MergeOutcome> {
  return store.write((w) => merge(w, incoming));
}
