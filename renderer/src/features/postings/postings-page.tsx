import { Button, Input, Segmented, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { selectableItems } from '@shared/domain/codes/lookup';
import { todayIso } from '@shared/domain/dates';
import { OPEN_POSTING_STATUSES, POSTING_STATUS, POSTING_TYPE } from '@shared/domain/enums';
import type { PostingInput } from '@shared/domain/entities/posting';
import { buildUnitTree } from '@shared/domain/unit-tree';
import { navigate } from '../../app/routes';
import { useStore } from '../../app/store-context';
import { readDraft, type FormDraft } from '../../components/form-drafts';
import { UnitFilter } from '../../components/unit-filter';
import { unitTreeData } from '../../components/unit-tree-data';
import { listBatches } from '../../db/queries/batches';
import { listUnits } from '../../db/queries/units';
import { usePostingList, type PostingListFilter } from '../../stores/postings-list';
import { ColumnChooser, effectiveOrder, effectiveVisibility } from './column-chooser';
import { ExportMenu } from './export-menu';
import { PAIR_DRAFT, PairForm, type PairValues } from './pair-form';
import type { CellContext } from './posting-columns';
import { PostingDrawer } from './posting-drawer';
import { POSTING_DRAFT, PostingForm } from './posting-form';
import { PostingsTable } from './postings-table';
import { RosterImportButton } from './roster-import-button';
import { usePostingIds } from './use-posting-ids';
import { T } from './texts';

/** The status filter as one short tag: 未结束 for the default statuses, else 已选N项. */
function statusTag(open: boolean) {
  return (omitted: { value?: unknown }[]) => T.page.statusTag(open, omitted.length);
}

/** After the first tag of a multi-select: 等N项 (N counts the shown one too). */
const moreTag = (omitted: { value?: unknown }[]) => T.page.more(omitted.length + 1);

const EXPIRY_OPTIONS = [
  { value: 'all', label: T.page.expiry.all },
  { value: '30', label: T.page.expiry.within30 },
  { value: '60', label: T.page.expiry.within60 },
  { value: '90', label: T.page.expiry.within90 },
  { value: 'overdue', label: T.page.expiry.overdue },
];

/** 挂职人员: every posting, filtered and sorted through indexes, with the detail drawer. */
export function PostingsPage(props: { openId?: string | undefined; expiry?: string | undefined }) {
  const store = useStore();
  const today = todayIso();
  const { filter, sort, columnOrder, columnVisibility, setFilter, resetFilter, setSort, setColumns } = usePostingList();
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const batches = useLiveQuery(() => listBatches(store.db), [store]);
  const [searchText, setSearchText] = useState(filter.search);
  // A draft kept across a reload reopens its form as the clerk left it.
  const [editing, setEditing] = useState<{ id?: string; draft?: FormDraft<Partial<PostingInput>> } | null>(() => {
    const d = readDraft<Partial<PostingInput>>(POSTING_DRAFT);
    return d ? { ...(d.id ? { id: d.id } : {}), draft: d } : null;
  });
  const [pairing, setPairing] = useState<{ draft?: FormDraft<PairValues> } | null>(() => {
    const d = readDraft<PairValues>(PAIR_DRAFT);
    return d ? { draft: d } : null;
  });

  useEffect(() => {
    const t = setTimeout(() => setFilter({ search: searchText.trim() }), 180);
    return () => clearTimeout(t);
  }, [searchText, setFilter]);
  useEffect(() => {
    if (props.expiry && EXPIRY_OPTIONS.some((o) => o.value === props.expiry)) setFilter({ expiry: props.expiry as PostingListFilter['expiry'] });
  }, [props.expiry, setFilter]);

  const ids = usePostingIds(filter, sort, units, today);
  const order = effectiveOrder(columnOrder);
  const visibility = effectiveVisibility(columnVisibility);
  const unitNames = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.shortName || u.name])), [units]);
  const batchNames = useMemo(() => new Map((batches ?? []).map((b) => [b.id, b.name])), [batches]);
  const ctx = useMemo<CellContext>(
    () => ({ unitName: (id) => (id ? (unitNames.get(id) ?? T.unitGone) : ''), batchName: (id) => (id ? (batchNames.get(id) ?? '') : ''), today }),
    [unitNames, batchNames, today],
  );
  const tree = useMemo(() => unitTreeData(buildUnitTree(units ?? [])), [units]);
  const open = useCallback((id: string) => navigate({ section: 'registry', tab: 'postings', params: { id } }), []);
  const close = useCallback(() => navigate({ section: 'registry', tab: 'postings' }), []);
  const filtered = filter.types.length + filter.statuses.length + filter.batchIds.length + filter.receivingUnitIds.length + filter.dispatchingUnitIds.length > 0 || filter.expiry !== 'all' || !!filter.search;

  return (
    <div>
      <div className="gzt-toolbar gzt-fit">
        <Input.Search
          className="gzt-shrink"
          placeholder={T.page.searchPlaceholder}
          allowClear
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          aria-label={T.page.search}
        />
        <Segmented value={filter.expiry} options={EXPIRY_OPTIONS} onChange={(v) => setFilter({ expiry: v as PostingListFilter['expiry'] })} />
        <Typography.Text type="secondary" aria-live="polite" data-testid="posting-count">
          {ids ? T.page.count(ids.length) : T.page.querying}
        </Typography.Text>
        <span className="gzt-spacer" />
        <Button type="primary" onClick={() => setEditing({})}>
          {T.page.add}
        </Button>
        <Button onClick={() => setPairing({})}>{T.page.addPair}</Button>
        <RosterImportButton />
        <ExportMenu ids={ids} />
      </div>
      <div className="gzt-toolbar gzt-fit">
        <Select
          className="gzt-shrink"
          mode="multiple"
          allowClear
          placeholder={T.page.type}
          aria-label={T.page.byType}
          value={filter.types}
          onChange={(types) => setFilter({ types })}
          options={selectableItems(POSTING_TYPE).map((i) => ({ value: i.code, label: i.label }))}
          maxTagCount={1}
          maxTagPlaceholder={moreTag}
        />
        <Select
          className="gzt-shrink"
          mode="multiple"
          allowClear
          placeholder={T.page.status}
          aria-label={T.page.byStatus}
          value={filter.statuses}
          onChange={(statuses) => setFilter({ statuses })}
          options={selectableItems(POSTING_STATUS).map((i) => ({ value: i.code, label: i.label }))}
          maxTagCount={filter.statuses.length > 1 ? 0 : 1}
          maxTagPlaceholder={statusTag(filter.statuses.length === OPEN_POSTING_STATUSES.length && OPEN_POSTING_STATUSES.every((x) => filter.statuses.includes(x)))}
        />
        <Select
          className="gzt-shrink"
          mode="multiple"
          allowClear
          placeholder={T.page.batch}
          aria-label={T.page.byBatch}
          value={filter.batchIds}
          onChange={(batchIds) => setFilter({ batchIds })}
          options={(batches ?? []).map((b) => ({ value: b.id, label: b.name }))}
          maxTagCount={1}
          maxTagPlaceholder={moreTag}
        />
        <UnitFilter className="gzt-shrink" label={T.page.receiving} value={filter.receivingUnitIds} onChange={(receivingUnitIds) => setFilter({ receivingUnitIds })} treeData={tree} />
        <UnitFilter className="gzt-shrink" label={T.page.dispatching} value={filter.dispatchingUnitIds} onChange={(dispatchingUnitIds) => setFilter({ dispatchingUnitIds })} treeData={tree} />
        <Space size={4}>
          <Button size="small" type="link" onClick={() => setFilter({ statuses: [...OPEN_POSTING_STATUSES] })}>
            {T.page.openOnly}
          </Button>
          {filtered && (
            <Button
              size="small"
              type="link"
              onClick={() => {
                setSearchText('');
                resetFilter();
              }}
            >
              {T.page.clear}
            </Button>
          )}
        </Space>
        <span className="gzt-spacer" />
        <ColumnChooser order={order} visibility={visibility} onChange={setColumns} />
      </div>
      <PostingsTable ids={ids} ctx={ctx} columnOrder={order} columnVisibility={visibility} sort={sort} onSort={setSort} onOpen={open} selectedId={props.openId} />
      <PostingDrawer postingId={props.openId} ctx={ctx} onClose={close} onOpen={open} onEdit={(id) => setEditing({ id })} />
      {editing && <PostingForm postingId={editing.id} draft={editing.draft} units={units ?? []} batches={batches ?? []} onClose={() => setEditing(null)} onSaved={open} />}
      {pairing && <PairForm draft={pairing.draft} units={units ?? []} batches={batches ?? []} onClose={() => setPairing(null)} onSaved={open} />}
    </div>
  );
}
