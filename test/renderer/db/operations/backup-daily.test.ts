import { describe, expect, it } from 'vitest';
import { dailyBackupIfDue } from '../../../../renderer/src/db/operations';
import { newStore } from '../test-store';
import { backupBridge } from './backup-bridge';

describe('the daily backup', () => {
  it('is made once a day: a second window or a second start the same day makes none', async () => {
    const store = await newStore();
    const { bridge, kept } = backupBridge();
    await expect(dailyBackupIfDue(store, '2026-11-30', { bridge })).resolves.toMatchObject({ fileName: '备份.gz' });
    expect(kept.header).toMatchObject({ reason: 'daily' });
    await expect(dailyBackupIfDue(store, '2026-11-30', { bridge })).resolves.toBeNull();
    await expect(dailyBackupIfDue(store, '2026-12-01', { bridge })).resolves.not.toBeNull();
  });

  it('is tried again after a failure', async () => {
    const store = await newStore();
    await expect(dailyBackupIfDue(store, '2026-11-30', { bridge: backupBridge({ fail: true }).bridge })).rejects.toThrow();
    await expect(dailyBackupIfDue(store, '2026-11-30', { bridge: backupBridge().bridge })).resolves.not.toBeNull();
  });
});
