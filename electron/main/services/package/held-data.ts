// Data main has read for the renderer (a package's records, a backup's rows), kept under a handle
// as JSON text page by page (paged-tables.ts) and handed over in chunks (ARCHITECTURE §4: large
// data crosses the bridge in chunks, never as one blocking call), then released — by the renderer
// when it is done, by the page going, or after ten idle minutes.
import { createJobRegistry, type JobRegistry } from '../excel/job-registry';
import { packageBusy, packageNotFound } from './messages';
import { emptyPage, pageBytes, pagedTables, type PagedTables } from './paged-tables';

/** Rows by table. */
export type HeldTables = Readonly<Record<string, readonly object[]>>;

interface Held {
  tables: PagedTables;
  abort(): Promise<void>;
}

/** The handles of read data. */
export interface HeldData {
  /** Keeps `tables`; returns the handle. */
  hold(tables: HeldTables): Promise<string>;
  /** Keeps tables paged already (by the reading worker); returns the handle. */
  holdPaged(tables: PagedTables): Promise<string>;
  /** The page (UTF-8 text, held-page.ts) of rows `offset`… of `table` (at most `limit`) and how many there are. */
  rows(handle: string, table: string, offset: number, limit: number): Promise<{ page: Uint8Array; total: number }>;
  /** Drops what `handle` holds; false when it held nothing. */
  release(handle: string): Promise<boolean>;
  /** Drops everything (page gone, app quitting). */
  releaseAll(): Promise<void>;
  readonly registry: JobRegistry<Held>;
}

/** A place for read data: at most `maxHeld` at once, each dropped after `idleTimeoutMs` unused. */
export function createHeldData(options: { maxHeld?: number; idleTimeoutMs?: number; now?: () => number } = {}): HeldData {
  const maxHeld = options.maxHeld ?? 4;
  const registry = createJobRegistry<Held>({
    maxJobs: maxHeld,
    idleTimeoutMs: options.idleTimeoutMs ?? 10 * 60_000,
    ...(options.now ? { now: options.now } : {}),
    busy: () => packageBusy(maxHeld),
    notFound: packageNotFound,
  });
  const holdPaged = async (tables: PagedTables) => {
    await registry.ensureRoom();
    const held: Held = { tables, abort: async () => undefined };
    return registry.add(held);
  };
  return {
    registry,
    hold: (tables) => holdPaged(pagedTables(tables)),
    holdPaged,
    rows(handle, table, offset, limit) {
      return registry.run(handle, async (held) => {
        const paged = held.tables[table];
        return paged ? { page: pageBytes(paged, offset, limit), total: paged.total } : { page: emptyPage(), total: 0 };
      });
    },
    async release(handle) {
      const had = registry.size;
      await registry.end(handle);
      return registry.size < had;
    },
    releaseAll: () => registry.endAll(),
  };
}
