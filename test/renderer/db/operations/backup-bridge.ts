import type { Bridge } from '@shared/ipc/contract';

/** A bridge that keeps the backup it is given in memory; with `fail`, finishing the backup fails. */
export function backupBridge(opts: { fail?: boolean } = {}) {
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
