import { describe, expect, it } from 'vitest';
import type { Bridge } from '@shared/ipc/contract';
import { GztDatabase } from '../../../../renderer/src/db/database';
import { loadSample, resetThisPc, RESET_BACKUP_NOTE } from '../../../../renderer/src/db/operations';
import { Store } from '../../../../renderer/src/db/store';
import { newStore } from '../test-store';

/** A bridge that keeps the backup it is given in memory; with `fail`, finishing the backup fails. */
function backupBridge(opts: { fail?: boolean } = {}) {
  const kept = { header: undefined as unknown, rows: 0 };
  const bridge = {
    appInfo: async () => ({ name: '挂职通', version: '0.1.0', electron: false, platform: 'linux' }),
    beginBackup: async ({ header }: { header: unknown }) => ((kept.header = header), { jobId: 'b1' }),
    appendBackupRows: async ({ rows }: { rows: unknown[] }) => void (kept.rows += rows.length),
    finishBackup: async () => {
      if (opts.fail) throw new Error('磁盘已满');
      return { fileName: '备份.gz', sizeBytes: 1 };
    },
    abortBackup: async () => undefined,
  };
  return { bridge: bridge as unknown as Bridge, kept };
}

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
