import { App, Button, Checkbox, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ETHNICITY, POLITICAL_STATUS, SEX } from '@shared/domain/codes';
import { shortLabelOf, labelOf } from '@shared/domain/codes/lookup';
import { birthWithAge } from '@shared/domain/age';
import { todayIso } from '@shared/domain/dates';
import type { CadreInput } from '@shared/domain/entities/cadre';
import { cadreDataIssues } from '@shared/domain/rules/data-quality';
import { buildUnitTree, descendantIds } from '@shared/domain/unit-tree';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { removeCadre } from '../../db/operations';
import { CADRE_SEARCH_LIMIT, listCadres } from '../../db/queries/cadres';
import { getLive } from '../../db/queries/live';
import { listUnits } from '../../db/queries/units';
import { LrmxImportButton } from '../lrmx-import/lrmx-import-button';
import { readDraft } from '../../components/form-drafts';
import { UnitFilter } from '../../components/unit-filter';
import { unitTreeData } from '../../components/unit-tree-data';
import { unitRanks } from '../postings/use-posting-ids';
import { CADRE_DRAFT, CadreEditor, type CadreEditing } from './cadre-editor';
import { T } from './texts';

type C = Row<'cadres'>;

const EMPTY: Partial<CadreInput> = { ethnicity: '01', politicalStatus: '01', staffCategory: 'civilServant', health: T.defaultHealth };

/** 干部库: search cadres by name, pinyin initials or ID number; add and edit with the full form. */
export function CadresPage(props: { openId?: string }) {
  const store = useStore();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [unitFilter, setUnitFilter] = useState<string[]>([]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const unitName = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.shortName || u.name])), [units]);
  const rank = useMemo(() => unitRanks(units ?? []), [units]);
  const tree = useMemo(() => unitTreeData(buildUnitTree(units ?? [])), [units]);
  const unitIds = useMemo(() => (unitFilter.length ? [...new Set(unitFilter.flatMap((id) => [...descendantIds(units ?? [], id)]))] : null), [unitFilter, units]);
  const result = useLiveQuery(async () => (units ? listCadres(store.db, { query, unitIds, rank, flagged }) : undefined), [store, query, unitIds, rank, units, flagged]);
  // A draft kept across a reload reopens the form as the clerk left it.
  const [editing, setEditing] = useState<CadreEditing | null>(() => {
    const d = readDraft<Partial<CadreInput>>(CADRE_DRAFT);
    return d ? { ...(d.id ? { id: d.id } : {}), initial: d.values, restoredAt: d.savedAt } : null;
  });

  useEffect(() => {
    if (!props.openId) return;
    getLive(store.db.cadres, props.openId).then((c) => c && setEditing((e) => e ?? { id: c.id, initial: domainFields(c) as Partial<CadreInput> }));
  }, [props.openId, store]);

  const open = (c?: C) => setEditing(c ? { id: c.id, initial: domainFields(c) as Partial<CadreInput> } : { initial: EMPTY });

  const remove = async (c: C) => {
    try {
      await removeCadre(store, c.id);
      message.success(T.removed(c.name));
    } catch (e) {
      showError(e, message);
    }
  };
  const today = todayIso();
  return (
    <div>
      <div className="gzt-toolbar gzt-fit">
        <Input.Search className="gzt-shrink" placeholder={T.searchPlaceholder} allowClear onChange={(e) => setQuery(e.target.value)} aria-label={T.search} />
        <UnitFilter className="gzt-shrink" label={T.byUnit} value={unitFilter} onChange={setUnitFilter} treeData={tree} />
        <Checkbox checked={flagged} onChange={(e) => setFlagged(e.target.checked)}>
          {T.flaggedOnly}
        </Checkbox>
        <Typography.Text type="secondary">
          {result ? T.count(result.rows.length, result.more, CADRE_SEARCH_LIMIT) : ''}
          {result?.more ? T.tooMany(CADRE_SEARCH_LIMIT) : ''}
        </Typography.Text>
        <span className="gzt-spacer" />
        <LrmxImportButton />
        <Button type="primary" onClick={() => open()}>
          {T.add}
        </Button>
      </div>
      <Table<C>
        size="small"
        rowKey="id"
        loading={!result}
        tableLayout="fixed"
        dataSource={result?.rows ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => T.total(t) }}
        onRow={(c) => ({ onDoubleClick: () => open(c) })}
        columns={[
          { title: T.column.no, width: 60, render: (_v, _c, i) => i + 1 },
          { title: T.column.name, dataIndex: 'name', width: 100 },
          { title: T.column.sex, dataIndex: 'sex', width: 60, render: (v: string) => labelOf(SEX, v) },
          { title: T.column.birth, dataIndex: 'birthDate', width: 140, render: (v: string) => birthWithAge(v, today) },
          { title: T.column.ethnicity, dataIndex: 'ethnicity', width: 80, render: (v: string) => labelOf(ETHNICITY, v) },
          { title: T.column.politicalStatus, dataIndex: 'politicalStatus', width: 110, render: (v: string) => shortLabelOf(POLITICAL_STATUS, v) },
          { title: T.column.homeUnit, dataIndex: 'homeUnitId', ellipsis: true, render: (v: string) => unitName.get(v) ?? T.unitGone },
          { title: T.column.currentPost, dataIndex: 'currentPost', ellipsis: true },
          { title: T.column.idCardNo, dataIndex: 'idCardNo', width: 180 },
          ...(flagged ? [{ title: T.flaggedColumn, key: 'dq', render: (_v: unknown, c: C) => <Typography.Text type="warning">{cadreDataIssues(c).map((i) => i.message).join('；')}</Typography.Text> }] : []),
          {
            title: T.column.actions,
            width: 120,
            render: (_v, c) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => open(c)}>
                  {T.edit}
                </Button>
                <Popconfirm title={T.confirmRemove(c.name)} okText={T.remove} cancelText={T.cancel} onConfirm={() => remove(c)}>
                  <Button size="small" type="link" danger>
                    {T.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <CadreEditor editing={editing} units={units ?? []} onClose={() => setEditing(null)} />}
    </div>
  );
}
