import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useStore } from '../../app/store-context';
import { loadPostingRows, type PostingListRow, type PostingSort } from '../../db/queries/postings';
import { fitColumns } from './fit-columns';
import { POSTING_COLUMNS, type CellContext } from './posting-columns';
import './postings-table.css';
import { T } from './texts';

const features = tableFeatures({ columnOrderingFeature, columnVisibilityFeature, columnSizingFeature, rowSortingFeature });
const ROW_HEIGHT = 34;
/** Width of the 序号 column (postings-table.css). */
const SEQ_WIDTH = 48;
/** Rows are loaded in pages around the visible window, so scrolling reloads rarely. */
const PAGE = 60;

/**
 * The postings list: TanStack Table owns columns (order, visibility, widths, the sort indicator);
 * TanStack Virtual renders only the rows on screen; the records of those rows are loaded by id from
 * IndexedDB, a page at a time. The full id list comes already filtered and sorted from the indexes.
 */
export function PostingsTable(props: {
  ids: string[] | undefined;
  ctx: CellContext;
  columnOrder: string[];
  columnVisibility: Record<string, boolean>;
  sort: PostingSort;
  onSort: (sort: PostingSort) => void;
  onOpen: (postingId: string) => void;
  selectedId?: string | undefined;
}) {
  const store = useStore();
  const ids = props.ids ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState(0);
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length ? items[items.length - 1]!.index : 0;
  const from = Math.max(0, Math.floor(first / PAGE) * PAGE - PAGE);
  const to = Math.min(ids.length, (Math.floor(last / PAGE) + 2) * PAGE);
  const rows = useLiveQuery(() => loadPostingRows(store.db, ids.slice(from, to)), [store, ids, from, to]);
  const boxWidth = useClientWidth(scrollRef);

  useEffect(() => {
    if (rows && rows.length) performance.mark('postings:rows-loaded');
  }, [rows]);
  useEffect(() => {
    setCursor(0);
    virtualizer.scrollToIndex(0);
  }, [props.ids]); // eslint-disable-line react-hooks/exhaustive-deps

  const columns = useMemo<ColumnDef<typeof features, PostingListRow>[]>(
    () =>
      POSTING_COLUMNS.map((c) => ({
        id: c.id,
        header: c.header,
        size: c.width,
        enableSorting: !!c.sortKey,
        accessorFn: (r: PostingListRow) => r.posting.id,
        cell: (info) => {
          // Text cut with … on a narrow screen shows in full on hover.
          const v = c.value(info.row.original, props.ctx);
          return typeof v === 'string' && v ? <span title={v}>{v}</span> : v;
        },
      })),
    [props.ctx],
  );
  // Column widths follow the screen: spare width to units and posts, too little taken from every
  // column above its minimum (fit-columns.ts), so 剩余 and 状态 stay on a 1366-pixel screen.
  const columnSizing = useMemo(() => {
    const shown = props.columnOrder.map((id) => POSTING_COLUMNS.find((c) => c.id === id)).filter((c) => c && props.columnVisibility[c.id] !== false) as typeof POSTING_COLUMNS;
    return fitColumns(shown, boxWidth - SEQ_WIDTH);
  }, [props.columnOrder, props.columnVisibility, boxWidth]);
  const sortColumn = POSTING_COLUMNS.find((c) => c.sortKey === props.sort.key && (c.id === props.sort.key || c.id !== 'daysLeft'));
  const sorting: SortingState = sortColumn ? [{ id: sortColumn.id, desc: props.sort.desc }] : [];
  const table = useTable({
    features,
    columns,
    data: rows ?? [],
    getRowId: (r) => r.posting.id,
    manualSorting: true,
    state: { columnOrder: props.columnOrder, columnVisibility: props.columnVisibility, sorting, columnSizing },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const col = POSTING_COLUMNS.find((c) => c.id === next[0]?.id);
      props.onSort(col?.sortKey ? { key: col.sortKey, desc: !!next[0]?.desc } : { key: 'plannedEndDate', desc: false });
    },
  });
  const rowById = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const totalWidth = headers.reduce((s, h) => s + h.getSize(), SEQ_WIDTH);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!ids.length) return;
    const move = (to: number) => {
      e.preventDefault();
      const i = Math.max(0, Math.min(ids.length - 1, to));
      setCursor(i);
      virtualizer.scrollToIndex(i);
    };
    if (e.key === 'ArrowDown') move(cursor + 1);
    else if (e.key === 'ArrowUp') move(cursor - 1);
    else if (e.key === 'PageDown') move(cursor + 15);
    else if (e.key === 'PageUp') move(cursor - 15);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(ids.length - 1);
    else if (e.key === 'Enter' && ids[cursor]) {
      e.preventDefault();
      props.onOpen(ids[cursor]!);
    }
  };

  return (
    <div className="gzt-ptable" role="grid" aria-label={T.table.label} aria-rowcount={ids.length} tabIndex={0} onKeyDown={onKeyDown} ref={scrollRef}>
      <div className="gzt-ptable-inner" style={{ width: totalWidth, height: virtualizer.getTotalSize() + ROW_HEIGHT }}>
        <div className="gzt-ptable-head" role="row">
          <div className="gzt-ptable-cell gzt-ptable-seq">{T.table.no}</div>
          {headers.map((h) => {
            const sorted = h.column.getIsSorted();
            return (
              <div
                key={h.id}
                role="columnheader"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                className={`gzt-ptable-cell${h.column.getCanSort() ? ' gzt-sortable' : ''}`}
                style={{ width: h.getSize() }}
                onClick={h.column.getToggleSortingHandler()}
                title={h.column.getCanSort() ? T.table.sortHint : undefined}
              >
                <table.FlexRender header={h} />
                {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
              </div>
            );
          })}
        </div>
        {items.map((item) => {
          const id = ids[item.index]!;
          const row = rowById.get(id);
          const classes = ['gzt-ptable-row', item.index % 2 ? 'gzt-odd' : '', item.index === cursor ? 'gzt-cursor' : '', id === props.selectedId ? 'gzt-selected' : ''].join(' ');
          return (
            <div
              key={id}
              role="row"
              aria-rowindex={item.index + 1}
              data-posting-id={id}
              className={classes}
              style={{ transform: `translateY(${item.start + ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setCursor(item.index);
                props.onOpen(id);
              }}
            >
              <div className="gzt-ptable-cell gzt-ptable-seq">{item.index + 1}</div>
              {row
                ? row.getVisibleCells().map((cell) => (
                    <div key={cell.id} role="gridcell" className="gzt-ptable-cell" style={{ width: cell.column.getSize() }}>
                      <table.FlexRender cell={cell} />
                    </div>
                  ))
                : headers.map((h) => <div key={h.id} className="gzt-ptable-cell gzt-loading" style={{ width: h.getSize() }} />)}
            </div>
          );
        })}
      </div>
      {props.ids === undefined && (
        <div className="gzt-ptable-overlay">
          <Spin tip={T.table.querying} />
        </div>
      )}
      {props.ids && ids.length === 0 && (
        <div className="gzt-ptable-overlay">
          <Empty description={T.table.empty} />
        </div>
      )}
    </div>
  );
}

/** The inner width of an element (scroll bar excluded), following its resizes. */
function useClientWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
