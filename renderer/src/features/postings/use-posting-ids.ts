import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { descendantIds, unitTreeRanks } from '@shared/domain/unit-tree';
import { useStore } from '../../app/store-context';
import type { Row } from '../../db/database';
import { queryPostingIds, type PostingFilter, type PostingSort } from '../../db/queries/postings';
import type { PostingListFilter } from '../../stores/postings-list';

/** Units in tree order (the order rosters use), as ranks for sorting by unit. */
export function unitRanks(units: Row<'units'>[]): Map<string, number> {
  return unitTreeRanks(units);
}

/** The clerk's filter as the query takes it: units expanded to everything below them. */
export function toQueryFilter(f: PostingListFilter, units: Row<'units'>[]): PostingFilter {
  const expand = (ids: string[]) => [...new Set(ids.flatMap((id) => [...descendantIds(units, id)]))];
  return {
    types: f.types,
    statuses: f.statuses,
    batchIds: f.batchIds,
    receivingUnitIds: expand(f.receivingUnitIds),
    dispatchingUnitIds: expand(f.dispatchingUnitIds),
    expiry: f.expiry === 'all' ? null : f.expiry === 'overdue' ? { overdue: true } : { withinDays: Number(f.expiry) },
    search: f.search,
  };
}

/**
 * The filtered, sorted posting ids, live: any write to postings or cadres re-runs the query.
 * Each run leaves a `postings:query` performance measure (read by `npm run bench`).
 */
export function usePostingIds(filter: PostingListFilter, sort: PostingSort, units: Row<'units'>[] | undefined, today: string): string[] | undefined {
  const store = useStore();
  // The unit tree matters only for unit filters and unit sorts; otherwise the query must not wait
  // for it, nor run again when it arrives.
  const needsUnits = filter.receivingUnitIds.length > 0 || filter.dispatchingUnitIds.length > 0 || sort.key === 'receivingUnit' || sort.key === 'dispatchingUnit';
  const treeUnits = needsUnits ? units : null;
  const ranks = useMemo(() => unitRanks(treeUnits ?? []), [treeUnits]);
  const query = useMemo(() => toQueryFilter(filter, treeUnits ?? []), [filter, treeUnits]);
  return useLiveQuery(async () => {
    if (treeUnits === undefined) return undefined;
    const t0 = performance.now();
    const ids = await queryPostingIds(store.db, query, sort, today, ranks);
    performance.measure('postings:query', { start: t0, end: performance.now(), detail: { count: ids.length } });
    return ids;
  }, [store, query, sort, today, ranks, treeUnits]);
}
