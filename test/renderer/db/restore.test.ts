import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '@shared/domain/tables';
import { BOOKKEEPING_TABLES, type BookkeepingTable } from '../../../renderer/src/db/database';
import { loadSample, mergeIncoming } from '../../../renderer/src/db/operations';
import type { Store } from '../../../renderer/src/db/store';
import { exportState } from './exchange';
import { databaseHash as hash } from './package-bridge';
import { newStore } from './test-store';

const ALL = [...TABLE_NAMES, ...(Object.keys(BOOKKEEPING_TABLES) as BookkeepingTable[])];

/** Every row of every table, as stored. */
async function rows(store: Store): Promise<Record<string, object[]>> {
  const out: Record<string, object[]> = {};
  for (const t of ALL) out[t] = await store.db.table(t).toArray();
  return out;
}

describe('the database as a whole', () => {
  it('backup rows → wipe → restore gives the identical database (hash compared), and writes continue after it', async () => {
    const store = await newStore();
    await loadSample(store, 60);
    const before = await hash(store);
    const saved = await rows(store);
    // wiped: every table emptied but this PC's identity (a write needs it)
    await store.write((w) => w.replaceAll({ meta: (saved.meta as { key: string }[]).filter((r) => r.key === 'site') }));
    for (const t of TABLE_NAMES) expect(await store.db.table(t).count(), t).toBe(0);
    expect(await store.db.conflicts.count()).toBe(0);
    await store.write((w) => w.replaceAll(saved));
    await store.reload();
    expect(await hash(store)).toBe(before);
    await store.updateSettings({ label: '恢复后改名' });
    expect(store.site?.label).toBe('恢复后改名');
  });

  it('an import that fails in any table leaves the database byte-identical (canonical JSON hash before = after)', async () => {
    const source = await newStore();
    await loadSample(source, 30);
    const incoming = await exportState(source);
    const target = await newStore();
    const before = await hash(target);
    const tables = TABLE_NAMES.filter((t) => incoming.tables[t]?.length);
    expect(tables.length).toBeGreaterThan(3);
    for (const broken of tables) {
      // a record of `broken` whose field value cannot be stored: the merge stops at that table
      const bad = { ...incoming, tables: { ...incoming.tables, [broken]: [...incoming.tables[broken]!, { ...incoming.tables[broken]![0]!, id: `bad-${broken}`, _clock: { bogus: 'x' } }] } };
      await expect(mergeIncoming(target, bad)).rejects.toBeTruthy();
      expect(await hash(target), broken).toBe(before);
    }
  });
});
