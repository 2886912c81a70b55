import type { Store } from '../store';
import { backUp, type BackupDeps } from './backup';

/** The note of the backup taken before a reset (shown in 设置 → 备份与恢复). */
export const RESET_BACKUP_NOTE = '重置本机前自动备份';

/**
 * 重置本机: a full backup first — a reset by mistake is undone from 设置 → 备份与恢复 after the
 * first-run setup —, then the whole database is deleted. Nothing is deleted when the backup fails.
 * The caller reloads the page, which opens the first-run setup.
 */
export async function resetThisPc(store: Store, deps: BackupDeps = {}): Promise<{ backupFileName: string }> {
  const { fileName } = await backUp(store, 'manual', { note: RESET_BACKUP_NOTE }, deps);
  await store.db.delete();
  return { backupFileName: fileName };
}
