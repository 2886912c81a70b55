import { describe, expect, it } from 'vitest';
import { GztDatabase } from '../../../../renderer/src/db/database';
import { loadSample, resetThisPc, RESET_BACKUP_NOTE } from '../../../../renderer/src/db/operations';
import { Store } from '../../../../renderer/src/db/store';
import { newStore } from '../test-store';
import { backupBridge } from './backup-bridge';

describe('重置本机', () => {
  it('backs everything up, then the PC opens as on the first start: no site, no records', async () => {
    const store = await newStore();
    await loadSample(store, 30);
    const name = store.db.name;
    const postings = await store.db.postings.count();
    const { bridge, kept } = backupBridge();
    const { backupFileName } = await resetThisPc(store, { bridge });
    expect(backupFileName).toBe('备份.gz');
    expect(kept.rows).toBeGreaterThan(postings);
    expect(kept.header).toMatchObject({ reason: 'manual', note: RESET_BACKUP_NOTE });
    const again = await Store.open(new GztDatabase(name));
    expect(again.site).toBeFalsy();
    expect(await again.db.postings.count()).toBe(0);
    expect(await again.db.cadres.count()).toBe(0);
  });

  it('deletes nothing when the backup fails', async () => {
    const store = await newStore();
    await loadSample(store, 30);
    const postings = await store.db.postings.count();
    await expect(resetThisPc(store, { bridge: backupBridge({ fail: true }).bridge })).rejects.toThrow();
    expect(await store.db.postings.count()).toBe(postings);
    expect(store.site?.countyName).toBe('开江县');
  });
});
