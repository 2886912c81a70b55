import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf, selectableItems } from '@shared/domain/codes/lookup';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { RESERVE_BASIS, RESERVE_STATUS } from '@shared/domain/enums';
import type { InputOf } from '@shared/domain/tables';
import { useStore } from '../../app/store-context';
import { CadrePicker } from '../../components/cadre-picker';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { removeReserveEntry, saveReserveEntry } from '../../db/operations';
import { listReservePool, type ReserveRow } from '../../db/queries/reserve-pool';
import { listUnits } from '../../db/queries/units';
import type { ReportDefinition } from '../../reports/report-definition';
import { ReportDialog } from '../../reports/report-dialog';
import { reservePoolReport } from '../../reports/reserve-pool-report';
import { T } from './texts';
import { useStoreQuery } from './use-store-query';

const STATUS_COLOR: Record<string, string> = { in: 'green', used: 'blue', removed: 'default' };

/** 后备干部库: entries with basis, status and source posting; add, change status, export. */
export function ReserveTab() {
  const store = useStore();
  const { message } = App.useApp();
  const [status, setStatus] = useState('in');
  const [editing, setEditing] = useState<{ entry?: Row<'reservePool'>; name?: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [form] = Form.useForm<InputOf<'reservePool'>>();
  const rows = useStoreQuery(() => listReservePool(store.db, status || undefined), [status]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const unitName = useMemo(() => {
    const m = new Map((units ?? []).map((u) => [u.id, u.shortName || u.name]));
    return (id: string) => m.get(id) ?? '';
  }, [units]);
  const today = todayIso();

  const save = async () => {
    const v = { ...(editing?.entry ? domainFields(editing.entry) : { status: 'in', basis: 'recommendation' }), ...form.getFieldsValue(true) } as InputOf<'reservePool'>;
    try {
      await saveReserveEntry(store, v, today, editing?.entry?.id);
      message.success(T.reserve.saved);
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    }
  };
  const remove = async (id: string) => {
    try {
      await removeReserveEntry(store, id);
      message.success(T.reserve.removed);
    } catch (e) {
      showError(e, message);
    }
  };

  return (
    <div>
      <div className="gzt-toolbar">
        <Select aria-label={T.reserve.status} value={status} onChange={setStatus} style={{ width: 140 }} options={[{ value: '', label: T.reserve.allStatus }, ...selectableItems(RESERVE_STATUS).map((i) => ({ value: i.code, label: i.label }))]} />
        <span className="gzt-spacer" />
        <Button onClick={() => setExporting(true)}>{T.reserve.export}</Button>
        <Button type="primary" onClick={() => setEditing({})}>
          {T.reserve.add}
        </Button>
      </div>
      <Table<ReserveRow>
        size="small"
        rowKey={(r) => r.entry.id}
        dataSource={rows ?? []}
        loading={!rows}
        locale={{ emptyText: T.reserve.empty }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: T.reserve.columns.name, key: 'name', width: 90, render: (_, r) => r.cadre?.name },
          { title: T.reserve.columns.homePost, dataIndex: 'homePost', ellipsis: true },
          { title: T.reserve.columns.source, dataIndex: 'sourcePost', ellipsis: true },
          { title: T.reserve.columns.addedOn, key: 'addedOn', width: 110, render: (_, r) => formatDateDotted(r.entry.addedOn) },
          { title: T.reserve.columns.basis, key: 'basis', width: 120, render: (_, r) => labelOf(RESERVE_BASIS, r.entry.basis) },
          { title: T.reserve.columns.status, key: 'status', width: 90, render: (_, r) => <Tag color={STATUS_COLOR[r.entry.status]}>{labelOf(RESERVE_STATUS, r.entry.status)}</Tag> },
          { title: T.reserve.columns.note, key: 'note', ellipsis: true, render: (_, r) => r.entry.note },
          {
            title: T.reserve.columns.actions,
            key: 'actions',
            width: 150,
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing({ entry: r.entry, name: r.cadre?.name })}>
                  {T.reserve.change}
                </Button>
                <Popconfirm title={T.reserve.removeConfirm} onConfirm={() => void remove(r.entry.id)}>
                  <Button size="small" type="link" danger>
                    {T.reserve.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <Modal open title={editing.entry ? T.reserve.dialogChange(editing.name ?? '') : T.reserve.dialogAdd} onOk={() => void save()} onCancel={() => setEditing(null)} destroyOnHidden okText={T.dialog.ok} cancelText={T.dialog.cancel}>
          <Form form={form} layout="vertical" preserve={false} initialValues={editing.entry ? domainFields(editing.entry) : { addedOn: today, basis: 'recommendation', status: 'in' }}>
            {!editing.entry && (
              <>
                <Form.Item name="cadreId" label={T.reserve.label.cadre} rules={[{ required: true, message: T.reserve.required.cadre }]}>
                  <CadrePicker unitName={unitName} />
                </Form.Item>
                <Form.Item name="addedOn" label={T.reserve.label.addedOn} rules={[{ required: true, message: T.reserve.required.addedOn }]}>
                  <MonthInput kind="date" />
                </Form.Item>
                <Form.Item name="basis" label={T.reserve.label.basis}>
                  <Select options={selectableItems(RESERVE_BASIS).map((i) => ({ value: i.code, label: i.label }))} />
                </Form.Item>
              </>
            )}
            {editing.entry && (
              <Form.Item name="status" label={T.reserve.label.status}>
                <Select options={selectableItems(RESERVE_STATUS).map((i) => ({ value: i.code, label: i.label }))} />
              </Form.Item>
            )}
            <Form.Item name="note" label={T.reserve.label.note}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Form>
        </Modal>
      )}
      {exporting && <ReportDialog report={reservePoolReport as unknown as ReportDefinition} onDone={() => setExporting(false)} />}
    </div>
  );
}
