// The `xlsx:read`, `xlsx:cancel-read` and `xlsx:read-progress` channels over the worker-based
// reader, the same for Electron main and the web host.
import type { ServiceTable } from '../dispatch';
import type { TableReader } from './table-reader';

/** The channels of reading table files. */
export type TableReadChannel = 'xlsx:read' | 'xlsx:cancel-read' | 'xlsx:read-progress';

/** The read services over `reader`; a cancel or a progress question also reaches reads of the `others` (the package reader). */
export function createTableReadServices(reader: TableReader, ...others: TableReader[]): ServiceTable<TableReadChannel> {
  return {
    'xlsx:read': async ({ data, maxRows, name, readId }) =>
      reader.readPacked({ bytes: data, name: name ?? '表格', ...(readId ? { readId } : {}), limits: { maxRows } }),
    'xlsx:cancel-read': async ({ readId }) => ({ cancelled: [reader, ...others].some((r) => r.cancel(readId)) }),
    'xlsx:read-progress': async ({ readId }) => [reader, ...others].map((r) => r.progress(readId)).find((p) => p !== null) ?? null,
  };
}
