import { mergeIncoming as merge, type IncomingState, type MergeOutcome } from '../repositories/merge';
import type { Store } from '../store';

export type { IncomingState, MergeOutcome };

/**
 * Merges another PC's records into this one in ONE transaction: all of it is applied or, if anything
 * fails, nothing (the import of an exchange package builds on this).
 */
export function mergeIncoming(store: Store, incoming: IncomingState): Promise<MergeOutcome> {
  return store.write((w) => merge(w, incoming));
}
