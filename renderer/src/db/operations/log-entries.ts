import type { Row } from '../database';
import * as repo from '../repositories/log-entries';
import type { Store } from '../store';

export type { AmendmentInput, EntryInput } from '../repositories/log-entries';

/** Who writes: this PC's label, as the entries' `enteredBy`. */
function enteredBy(store: Store): string {
  return store.site?.label ?? '';
}

/** Saves one 纪实 entry (saving a 日纪实 or period entry empty deletes it); refuses an inspected one. */
export function saveLogEntry(store: Store, input: repo.EntryInput, today: string): Promise<Row<'logEntries'> | null> {
  return store.write((w) => repo.saveEntry(w, input, { today, enteredBy: enteredBy(store) }));
}

/** Deletes a 纪实 entry that was not inspected. */
export function removeLogEntry(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removeEntry(w, id));
}

/** Amends an inspected entry; the original is kept and printed with the amendment. */
export function amendLogEntry(store: Store, entryId: string, input: repo.AmendmentInput, today: string): Promise<Row<'logAmendments'>> {
  return store.write((w) => repo.amendEntry(w, entryId, input, { today, enteredBy: enteredBy(store) }));
}
