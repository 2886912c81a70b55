import { pinyinFull, pinyinInitials } from '../../../shared/domain/pinyin';
import type { TableName } from '../../../shared/domain/tables';

/**
 * Local derived fields (`_`-prefixed, never stamped or exported): recomputed on every write, local
 * or merged, so indexes stay true to the data.
 */
export function withDerived<T extends { _deleted: boolean; [k: string]: unknown }>(table: TableName, record: T): T {
  const out: Record<string, unknown> = { ...record };
  if (record._deleted) delete out._live;
  else out._live = 1;
  if (table === 'cadres') {
    const name = typeof record.name === 'string' ? record.name : '';
    out._py = pinyinInitials(name);
    out._pinyin = pinyinFull(name);
  }
  return out as T;
}
