import { TABLE_NAMES } from '@shared/domain/tables';
import { mergeIncoming, type IncomingState, type MergeOutcome } from '../../../renderer/src/db/operations';
import type { Store } from '../../../renderer/src/db/store';

/** Every record of every synced table of `store` (tombstones included) and its knowledge vector. */
export async function exportState(store: Store): Promise<IncomingState> {
  const tables: IncomingState['tables'] = {};
  for (const t of TABLE_NAMES) tables[t] = await store.db.entity(t).toArray();
  return { tables, seen: await store.seen(), sourceSite: store.site!.siteId };
}

/** One PC's full state merged into another in one transaction, as the import of a package does. */
export async function exchange(from: Store, to: Store): Promise<MergeOutcome> {
  return mergeIncoming(to, await exportState(from));
}
