import { pinyinFull, pinyinInitials } from '@shared/domain/pinyin';
import { cadreDataIssues } from '@shared/domain/rules/data-quality';
import type { TableName } from '@shared/domain/tables';

/**
 * Local derived fields (`_`-prefixed, never stamped or exported): recomputed on every write, local
 * or merged, so indexes stay true to the data. `_live` marks non-deleted records, `_py`/`_pinyin`
 * serve name search and sorting, `_dq` flags a cadre with a data-quality problem (sparse index).
 */
export function withDerived<T extends { _deleted: boolean; [k: string]: unknown }>(table: TableName, record: T): T {
  const out: Record<string, unknown> = { ...record };
  if (record._deleted) delete out._live;
  else out._live = 1;
  if (table === 'cadres') {
    const name = typeof record.name === 'string' ? record.name : '';
    out._py = pinyinInitials(name);
    out._pinyin = pinyinFull(name);
    if (!record._deleted && cadreDataIssues(out).length > 0) out._dq = 1;
    else delete out._dq;
  }
  return out as T;
}

/** Sort keys copied from a posting's cadre (kept in step by the Writer when either changes). */
export function cadreSortKeys(cadre: { name?: unknown; birthDate?: unknown; _pinyin?: unknown } | undefined): { _sName: string; _sBirth: string } {
  if (!cadre) return { _sName: '~', _sBirth: '9999-99-99' };
  const pinyin = typeof cadre._pinyin === 'string' ? cadre._pinyin : pinyinFull(typeof cadre.name === 'string' ? cadre.name : '');
  return { _sName: pinyin, _sBirth: typeof cadre.birthDate === 'string' ? cadre.birthDate : '9999-99-99' };
}
