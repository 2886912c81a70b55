import type { TableName } from '@shared/domain/tables';
import type { Row } from './database';
import { TABLE_HOOKS } from './table-hooks';

/**
 * Local derived fields (`_`-prefixed, never stamped or exported) of a record about to be stored,
 * recomputed on every write, local or merged, so indexes stay true to the data: `_live` on every
 * live record (tombstones are absent from the `_live` indexes), then the table's own `derive` hook
 * (table-hooks.ts). Returns a new object.
 */
export function withDerived<T extends TableName>(table: T, record: Row<T>): Row<T> {
  const out = { ...record } as Row<T>;
  if (record._deleted) delete out._live;
  else out._live = 1;
  (TABLE_HOOKS[table]?.derive as ((r: Row<T>) => void) | undefined)?.(out);
  return out;
}
