import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '@shared/domain/tables';
import { planSampleRemoval, type SampleCandidate, type SampleRemoval } from '@shared/sample/sample-removal';
import { AppError } from '../errors';
import { live } from '../queries/live';
import type { Store } from '../store';
import type { SampleProgress } from './sample';

const CHUNK = 5000;

/** What 清除示例数据 would do now: per table label, how many records go and how many stay as this PC's data. */
export interface SampleClearPreview {
  removal: SampleRemoval;
  removed: { label: string; count: number }[];
  claimed: { label: string; count: number }[];
}

/** Reads every live record and plans the clearing (nothing is written). */
export async function previewSampleClear(store: Store): Promise<SampleClearPreview> {
  const tables: Partial<Record<TableName, SampleCandidate[]>> = {};
  for (const t of TABLE_NAMES) tables[t] = (await live(store.db.entity(t)).toArray()) as unknown as SampleCandidate[];
  const removal = planSampleRemoval(tables);
  const counted = (part: SampleRemoval['remove']) =>
    TABLE_NAMES.filter((t) => part[t]?.length).map((t) => ({ label: ENTITY_TABLES[t].label, count: part[t]!.length }));
  return { removal, removed: counted(removal.remove), claimed: counted(removal.claim) };
}

/**
 * 清除示例数据: tombstones the sample county's records and whatever was entered on them (see
 * shared/sample/sample-removal.ts); the tombstones never leave this PC. Sample units or cadres that
 * real records use stay, as this PC's data. Runs in transactions of 5,000 records, children before
 * parents, so a clearing cut short never leaves a record pointing at a removed one, and running it
 * again finishes the job. Afterwards the sample may be loaded again.
 */
export async function clearSample(store: Store, onProgress?: (p: SampleProgress) => void): Promise<{ removed: number; claimed: number }> {
  const loaded = await store.meta('sampleLoaded');
  if (!loaded || loaded.clearedAt) throw new AppError('本机没有载入示例数据，不需要清除。');
  const { removal } = await previewSampleClear(store);
  const total = removal.removedCount;
  let done = 0;
  await store.write(async (w) => {
    for (const t of TABLE_NAMES) if (removal.claim[t]) await w.claimSample(t, removal.claim[t]);
  });
  for (const t of [...TABLE_NAMES].reverse()) {
    const ids = removal.remove[t] ?? [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await store.write((w) => w.removeSample(t, chunk));
      done += chunk.length;
      onProgress?.({ stage: ENTITY_TABLES[t].label, done, total });
    }
  }
  await store.write((w) => w.setMeta('sampleLoaded', { ...loaded, clearedAt: new Date().toISOString() }));
  return { removed: removal.removedCount, claimed: removal.claimedCount };
}
