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
      message.success('批次已保存');
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    }
  };
  const remove = async (b: Row<'batches'>) => {
    try {
      await removeBatch(store, b.id);
      message.success(`已删除“${b.name}”`);
    } catch (e) {
      showError(e, message);
    }
  };

  return (
    <div>
      <div className="gzt-toolbar">
        <span className="gzt-spacer" />
        <Button type="primary" onClick={() => open()}>
          新建批次
        </Button>
      </div>
      <Table<Row<'batches'>>
        size="small"
        rowKey="id"
        loading={!batches}
        dataSource={sorted}
        pagination={false}
        columns={[
          { title: '批次名称', dataIndex: 'name' },
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '挂职类型', dataIndex: 'postingType', width: 110, render: (v: string) => labelOf(POSTING_TYPE, v) },
          { title: '文号', dataIndex: 'documentNo', width: 160 },
          { title: '起止时间', width: 200, render: (_v, b) => `${formatDateDotted(b.startDate)}—${formatDateDotted(b.plannedEndDate)}` },
          { title: '期限', dataIndex: 'defaultTermMonths', width: 70, render: (v: number) => `${v}个月` },
          {
            title: '人数',
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
                {counts?.get(b.id) ?? '…'}人
              </Button>
            ),
          },
          {
            title: '操作',
            width: 120,
            render: (_v, b) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => open(b)}>
                  修改
                </Button>
                <Popconfirm title={`确定删除“${b.name}”吗？`} okText="删除" cancelText="取消" onConfirm={() => remove(b)}>
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={!!editing} title={editing?.id ? '修改批次' : '新建批次'} okText="保存" cancelText="取消" width={720} onOk={save} onCancel={() => setEditing(null)} destroyOnHidden>
        {editing && (
          <Form<BatchInput> form={form} layout="vertical" initialValues={editing.initial} onValuesChange={onValuesChange} onKeyDown={enterToNext} preserve={false}>
            <GridRow gutter={16}>
              <Col span={16}>
                <Form.Item name="name" label="批次名称" rules={[{ required: true, message: '请填写批次名称' }]}>
                  <Input maxLength={60} placeholder="如：2025年第一批双向挂职" autoFocus />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
                  <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="postingType" label="挂职类型" rules={[{ required: true, message: '请选择挂职类型' }]}>
                  <CodeSelect list={POSTING_TYPE} allowClear={false} />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="documentNo" label="文号">
                  <Input maxLength={40} placeholder="如：开组通〔2025〕8号" />
                </Form.Item>
              </Col>
              <TermFields names={TERM} span={8} startLabel="开始日期" />
              <Col span={24}>
                <Form.Item name="organiserUnitId" label="组织单位" rules={[{ required: true, message: '请选择组织单位' }]}>
                  <UnitSelect units={units ?? []} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="leaveRuleSetId" label="请假审批规则">
                  <RuleSelect table="leaveRuleSets" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="subsidyRuleId" label="补助标准">
                  <RuleSelect table="subsidyRules" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="notes" label="备注">
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
