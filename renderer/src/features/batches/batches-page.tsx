import { App, Button, Col, Form, Input, InputNumber, Modal, Popconfirm, Row as GridRow, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateDotted, todayIso } from '@shared/domain/dates';
import { POSTING_TYPE } from '@shared/domain/enums';
import type { BatchInput } from '@shared/domain/entities/batch';
import { postingDefaults } from '@shared/domain/rules/posting-defaults';
import { navigate } from '../../app/routes';
import { useSite, useStore } from '../../app/store-context';
import { CodeSelect } from '../../components/code-select';
import { enterToNext } from '../../components/enter-to-next';
import { showError } from '../../components/form-errors';
import { autoEndDate, TermFields } from '../../components/term-fields';
import { UnitSelect } from '../../components/unit-select';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { createBatch, removeBatch, updateBatch } from '../../db/operations';
import { countPostingsByBatch, listBatches } from '../../db/queries/batches';
import { listUnits } from '../../db/queries/units';
import { usePostingList } from '../../stores/postings-list';
import { RuleSelect } from '../../components/rule-select';
import { T } from './texts';

const TERM = { start: 'startDate', months: 'defaultTermMonths', end: 'plannedEndDate' };

/** 批次: cohorts dispatched under one document, with their default term and rule sets. */
export function BatchesPage() {
  const store = useStore();
  const { site } = useSite();
  const { message } = App.useApp();
  const batches = useLiveQuery(() => listBatches(store.db), [store]);
  const counts = useLiveQuery(() => countPostingsByBatch(store.db, (batches ?? []).map((b) => b.id)), [store, batches]);
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const [editing, setEditing] = useState<{ id?: string; initial: Partial<BatchInput> } | null>(null);
  const [form] = Form.useForm<BatchInput>();
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
  const onValuesChange = (changed: Partial<BatchInput>, all: Partial<BatchInput>) => {
    const end = autoEndDate(changed, all, TERM);
    if (end) form.setFieldValue('plannedEndDate', end);
  };
  const save = async () => {
    const v = { ...editing?.initial, ...form.getFieldsValue(true) } as BatchInput;
    try {
      const id = editing?.id;
      await (id ? updateBatch(store, id, v) : createBatch(store, v));
      message.success(T.saved);
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    }
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
      <Modal open={!!editing} title={editing?.id ? T.editTitle : T.addTitle} okText={T.save} cancelText={T.cancel} width={720} onOk={save} onCancel={() => setEditing(null)} destroyOnHidden>
        {editing && (
          <Form<BatchInput> form={form} layout="vertical" initialValues={editing.initial} onValuesChange={onValuesChange} onKeyDown={enterToNext} preserve={false}>
            <GridRow gutter={16}>
              <Col span={16}>
                <Form.Item name="name" label={T.column.name} rules={[{ required: true, message: T.required.name }]}>
                  <Input maxLength={60} placeholder={T.namePlaceholder} autoFocus />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="year" label={T.column.year} rules={[{ required: true, message: T.required.year }]}>
                  <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="postingType" label={T.column.postingType} rules={[{ required: true, message: T.required.postingType }]}>
                  <CodeSelect list={POSTING_TYPE} allowClear={false} />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="documentNo" label={T.column.documentNo}>
                  <Input maxLength={40} placeholder={T.documentNoPlaceholder} />
                </Form.Item>
              </Col>
              <TermFields names={TERM} span={8} startLabel={T.label.startDate} />
              <Col span={24}>
                <Form.Item name="organiserUnitId" label={T.label.organiserUnitId} rules={[{ required: true, message: T.required.organiserUnitId }]}>
                  <UnitSelect units={units ?? []} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="leaveRuleSetId" label={T.label.leaveRuleSetId}>
                  <RuleSelect table="leaveRuleSets" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="subsidyRuleId" label={T.label.subsidyRuleId}>
                  <RuleSelect table="subsidyRules" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="notes" label={T.label.notes}>
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
              </Col>
            </GridRow>
          </Form>
        )}
      </Modal>
    </div>
  );
}
