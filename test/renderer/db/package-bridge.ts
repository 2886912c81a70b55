// A bridge for tests that open and import exchange packages the way the app does: the package
// channels are main's own services (createPackageServices, main's read budgets) called through
// `dispatch`, so every request and answer passes the contract's schemas as over IPC; backups are
// kept in memory (backupBridge) and can be made to fail. The reader is the app's worker-based
// TableReader where a tier builds the worker (the fuzz tier), or the same read and decode in
// this thread (inProcessReader) where none is built (the renderer tier).
import { TABLE_NAMES } from '@shared/domain/tables';
import { CHANNEL_METHODS, type Channel } from '@shared/ipc/channels';
import type { Bridge } from '@shared/ipc/contract';
import { BridgeException } from '@shared/ipc/errors';
import { canonicalJson } from '@shared/sync/canonical-json';
import { decodePackage, PackageRefusal } from '@shared/sync/package/decoder';
import type { Stored } from '@shared/sync/record';
import { sha256Hex } from '@shared/sync/sha256';
import { dispatch, type ChannelService } from '../../../electron/main/services/dispatch';
import { createHeldData } from '../../../electron/main/services/package/held-data';
import { createPackageServices } from '../../../electron/main/services/package/package-services';
import { readTableFile } from '../../../electron/main/services/tables/read-table-file';
import type { TableReader } from '../../../electron/main/services/tables/table-reader';
import { PACKAGE_REFUSED } from '../../../electron/main/services/tables/table-read-worker';
import { pagedPackage } from '../../../electron/main/services/package/paged-tables';
import { BOOKKEEPING_TABLES, type BookkeepingTable } from '../../../renderer/src/db/database';
import type { Store } from '../../../renderer/src/db/store';
import { backupBridge } from './operations/backup-bridge';

/** The read-and-decode of the package worker (table-read-worker.ts), in this thread. */
export function inProcessReader(): Pick<TableReader, 'readPackage'> {
  return {
    async readPackage({ bytes, name, limits, package: options }) {
      const book = await readTableFile(bytes, name, limits);
      try {
        return pagedPackage(decodePackage(book.sheets, options));
      } catch (err) {
        if (err instanceof PackageRefusal) throw new BridgeException({ code: PACKAGE_REFUSED, message: err.message });
        throw err;
      }
    },
  };
}

/** A bridge whose package channels are main's services over `reader`; `failBackup` makes the automatic backup fail; `log` hears of unexpected service failures. */
export function packageBridge(reader: Pick<TableReader, 'readPackage'>, opts: { failBackup?: boolean; log?: (message: string, detail: unknown) => void } = {}): { bridge: Bridge; backups: { header: unknown; rows: number } } {
  const { services } = createPackageServices({ reader: reader as TableReader, held: createHeldData() });
  const backup = backupBridge({ ...(opts.failBackup ? { fail: true } : {}) });
  const bridge: Record<string, unknown> = { ...backup.bridge };
  for (const [channel, service] of Object.entries(services) as [Channel, ChannelService<Channel>][]) {
    bridge[CHANNEL_METHODS[channel]] = async (request: unknown) => {
      const answer = await dispatch(channel, [request], service, opts.log ?? (() => undefined));
      if (!answer.ok) throw new BridgeException(answer.error);
      return answer.value;
    };
  }
  return { bridge: bridge as unknown as Bridge, backups: backup.kept };
}

const ALL_TABLES = [...TABLE_NAMES, ...(Object.keys(BOOKKEEPING_TABLES) as BookkeepingTable[])];

/** The SHA-256 of the canonical JSON of the whole database (every table, bookkeeping included). */
export async function databaseHash(store: Store): Promise<string> {
  const rows: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) rows[t] = await store.db.table(t).toArray();
  return sha256Hex(canonicalJson(rows));
}

/** A stored record as a package carries it: domain fields and sync metadata, no local fields. */
export function wireRecord(record: object): Stored<object> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !k.startsWith('_') || ['_deleted', '_clock', '_hlc', '_known'].includes(k))) as Stored<object>;
}
