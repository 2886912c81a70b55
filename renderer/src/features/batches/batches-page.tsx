import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { POSTING_TYPE } from '@shared/domain/enums';
import type { BatchInput } from '@shared/domain/entities/batch';
import { postingDefaults } from '@shared/domain/rules/posting-defaults';
import { navigate } from '../../app/routes';
import { useSite, useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { removeBatch } from '../../db/operations';
import { countPostingsByBatch, listBatches } from '../../db/queries/batches';
import { listUnits } from '../../db/queries/units';
import { usePostingList } from '../../stores/postings-list';
import { BatchEditor } from './batch-editor';
import { T } from './texts';

/** 批次: cohorts dispatched under one document, with their default term and rule sets. */
export function BatchesPage() {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const batches = useLiveQuery(() => listBatches(store.db), [store]);
  const counts = useLiveQuery(() => countPostingsByBatch(store.db, (batches ?? []).map((b) => b.id)), [store, batches]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const [editing, setEditing] = useState<{ id?: string; initial: Partial<BatchInput> } | null>(null);
  const setFilter = usePostingList((s) => s.setFilter);
  const sorted = useMemo(() => [...(batches ?? [])].sort((a, b) => b.year - a.year || b.startDate.localeCompare(a.startDate)), [batches]);

  const open = (b?: Row<'batches'>) => {
    const y = Number(todayIso().slice(0, 4));
    const d = postingDefaults({ type: 'secondmentDown' });
    setEditing(
      b
        ? { id: b.id, initial: domainFields(b) as Partial<BatchInput> }
        : { initial: { year: y, postingType: d.type, defaultTermMonths: d.termMonths, organiserUnitId: site?.homeUnitId, leaveRuleSetId: d.leaveRuleSetId, subsidyRuleId: d.subsidyRuleId } },
    );
  };
  const remove = async (b: Row<'batches'>) => {
    try {
      await removeBatch(store, b.id);
      message.success(T.removed(b.name));
    } catch (e) {
      showError(e, message);
    }
  };

  return (
    <div>
      <div className="gzt-toolbar">
        <span className="gzt-spacer" />
        <Button type="primary" onClick={() => open()}>
          {T.add}
        </Button>
      </div>
      <Table<Row<'batches'>>
        size="small"
        rowKey="id"
        loading={!batches}
        dataSource={sorted}
        pagination={false}
        columns={[
          { title: T.column.name, dataIndex: 'name' },
          { title: T.column.year, dataIndex: 'year', width: 70 },
          { title: T.column.postingType, dataIndex: 'postingType', width: 110, render: (v: string) => labelOf(POSTING_TYPE, v) },
          { title: T.column.documentNo, dataIndex: 'documentNo', width: 160 },
          { title: T.column.period, width: 200, render: (_v, b) => `${formatDateDotted(b.startDate)}—${formatDateDotted(b.plannedEndDate)}` },
          { title: T.column.term, dataIndex: 'defaultTermMonths', width: 70, render: (v: number) => T.termMonths(v) },
          {
            title: T.column.people,
            width: 80,
            render: (_v, b) => (
              <Button
                type="link"
                size="small"
                onClick={() => {
                  setFilter({ batchIds: [b.id], statuses: [] });
                  navigate({ section: 'registry', tab: 'postings' });
                }}
              >
                {T.people(counts?.get(b.id))}
              </Button>
            ),
          },
          {
            title: T.column.actions,
            width: 120,
            render: (_v, b) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => open(b)}>
                  {T.edit}
                </Button>
                <Popconfirm title={T.confirmRemove(b.name)} okText={T.remove} cancelText={T.cancel} onConfirm={() => remove(b)}>
                  <Button size="small" type="link" danger>
                    {T.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <BatchEditor editing={editing} units={units ?? []} onClose={() => setEditing(null)} />}
    </div>
  );
}
