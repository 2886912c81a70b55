import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { OPEN_POSTING_STATUSES } from '@shared/domain/enums';
import type { PostingSort } from '../db/queries/postings';

/** The list's filter inputs as the clerk set them (units not yet expanded to descendants). */
export interface PostingListFilter {
  types: string[];
  statuses: string[];
  batchIds: string[];
  receivingUnitIds: string[];
  dispatchingUnitIds: string[];
  expiry: 'all' | '30' | '60' | '90' | 'overdue';
  search: string;
}

export const EMPTY_FILTER: PostingListFilter = { types: [], statuses: [], batchIds: [], receivingUnitIds: [], dispatchingUnitIds: [], expiry: 'all', search: '' };

/** What the list shows when opened: postings not yet ended (ended ones are one click away). */
export const DEFAULT_FILTER: PostingListFilter = { ...EMPTY_FILTER, statuses: [...OPEN_POSTING_STATUSES] };

interface PostingListState {
  filter: PostingListFilter;
  sort: PostingSort;
  /** column ids in display order */
  columnOrder: string[];
  /** column id → shown */
  columnVisibility: Record<string, boolean>;
  setFilter: (patch: Partial<PostingListFilter>) => void;
  resetFilter: () => void;
  setSort: (sort: PostingSort) => void;
  setColumns: (order: string[], visibility: Record<string, boolean>) => void;
}

/** UI state of the postings list. Column choices survive restarts; filters do not. */
export const usePostingList = create<PostingListState>()(
  persist(
    (set) => ({
      filter: DEFAULT_FILTER,
      sort: { key: 'plannedEndDate', desc: false },
      columnOrder: [],
      columnVisibility: {},
      // A patch that changes nothing keeps the same filter object, so the list does not re-query.
      setFilter: (patch) =>
        set((s) => ((Object.keys(patch) as (keyof PostingListFilter)[]).every((k) => s.filter[k] === patch[k]) ? s : { filter: { ...s.filter, ...patch } })),
      resetFilter: () => set({ filter: EMPTY_FILTER }),
      setSort: (sort) => set({ sort }),
      setColumns: (columnOrder, columnVisibility) => set({ columnOrder, columnVisibility }),
    }),
    { name: 'gzt.postings-list', partialize: (s) => ({ columnOrder: s.columnOrder, columnVisibility: s.columnVisibility, sort: s.sort }) },
  ),
);
