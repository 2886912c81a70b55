import { Alert, App, Button, Checkbox, Col, Dropdown, Form, Input, InputNumber, Modal, Popconfirm, Row as GridRow, Space, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { formatDateDotted } from '@shared/domain/dates';
import { ATTENDANCE_STATUS, PAYER, POSTING_TYPE, SUBSIDY_BASIS } from '@shared/domain/enums';
import { SUBSIDY_RULE_PRESETS } from '@shared/domain/presets';
import type { InputOf } from '@shared/domain/tables';
import { useStore } from '../../app/store-context';
import { CodeSelect } from '../../components/code-select';
import { showError } from '../../components/form-errors';
import { MonthInput } from '../../components/month-input';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { removeSubsidyRule, saveSubsidyRule } from '../../db/operations';
import { listSubsidyRules, ruleUsage } from '../../db/queries/allowance';
import { T as ALL } from './texts';

const T = ALL.rules;
type RuleInput = InputOf<'subsidyRules'>;

/** 补助标准: the rules payments are computed under, with the two shipped presets offered as templates. */
export function RulesTab() {
  const store = useStore();
  const { message } = App.useApp();
  const rules = useLiveQuery(() => listSubsidyRules(store.db), [store]);
  const usage = useLiveQuery(() => ruleUsage(store.db), [store]);
  const [editing, setEditing] = useState<{ id?: string; initial: Partial<RuleInput> } | null>(null);
  const [form] = Form.useForm<RuleInput>();

  const save = async () => {
    const v = { ...editing?.initial, ...form.getFieldsValue(true) } as RuleInput;
    try {
      await saveSubsidyRule(store, v, editing?.id);
      message.success(T.saved);
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    }
  };
  const remove = async (r: Row<'subsidyRules'>) => {
    try {
      await removeSubsidyRule(store, r.id);
      message.success(T.removed(r.name));
    } catch (e) {
      showError(e, message);
    }
  };
  const fromTemplate = (id: string) => {
    const { id: _id, ...preset } = SUBSIDY_RULE_PRESETS.find((p) => p.id === id)!;
    setEditing({ initial: { ...preset, validFrom: null as never } });
  };

  return (
    <div>
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title={T.changeHint} />
      <div className="gzt-toolbar">
        <span className="gzt-spacer" />
        <Dropdown menu={{ items: SUBSIDY_RULE_PRESETS.map((p) => ({ key: p.id, label: p.name })), onClick: ({ key }) => fromTemplate(key) }}>
          <Button>{T.fromTemplate}</Button>
        </Dropdown>
        <Button type="primary" onClick={() => setEditing({ initial: { basis: 'perPresentDay', countStatuses: ['present', 'officialOuting'], payer: 'dispatching', appliesTo: [] } })}>
          {T.add}
        </Button>
      </div>
      <Table<Row<'subsidyRules'>>
        size="small"
        rowKey="id"
        loading={!rules}
        dataSource={rules ?? []}
        pagination={false}
        columns={[
          { title: T.column.name, dataIndex: 'name', width: 260 },
          { title: T.column.basis, width: 100, render: (_v, r) => labelOf(SUBSIDY_BASIS, r.basis) },
          { title: T.column.amount, width: 90, align: 'right', render: (_v, r) => r.amount },
          { title: T.column.trips, width: 170, render: (_v, r) => T.tripsText(r.maxTripsPerMonth, r.tripFare) },
          {
            title: T.column.appliesTo,
            render: (_v, r) => (
              <>
                {r.appliesTo.length ? r.appliesTo.map((t) => <Tag key={t}>{labelOf(POSTING_TYPE, t)}</Tag>) : T.allTypes}
                {r.outOfCountyOnly ? T.outOfCountyOnly : ''}
              </>
            ),
          },
          { title: T.column.payer, width: 90, render: (_v, r) => labelOf(PAYER, r.payer) },
          { title: T.column.validity, width: 190, render: (_v, r) => T.validFromTo(formatDateDotted(r.validFrom), r.validTo ? formatDateDotted(r.validTo) : null) },
          { title: T.column.usage, width: 150, render: (_v, r) => T.usage(usage?.get(r.id)?.total ?? 0, usage?.get(r.id)?.paid ?? 0) },
          {
            title: T.column.actions,
            width: 110,
            render: (_v, r) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => setEditing({ id: r.id, initial: domainFields(r) as Partial<RuleInput> })}>
                  {T.edit}
                </Button>
                <Popconfirm title={T.confirmRemove(r.name)} okText={T.remove} cancelText={ALL.cancel} onConfirm={() => remove(r)}>
                  <Button size="small" type="link" danger>
                    {T.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={!!editing} title={editing?.id ? T.editTitle : T.addTitle} okText={ALL.save} cancelText={ALL.cancel} width={760} onOk={save} onCancel={() => setEditing(null)} destroyOnHidden>
        {editing && (
          <Form<RuleInput> form={form} layout="vertical" initialValues={editing.initial} preserve={false}>
            <GridRow gutter={16}>
              <Col span={24}>
                <Form.Item name="name" label={T.label.name} rules={[{ required: true, message: T.required.name }]}>
                  <Input maxLength={60} autoFocus />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="basis" label={T.label.basis} rules={[{ required: true, message: T.required.basis }]}>
                  <CodeSelect list={SUBSIDY_BASIS} allowClear={false} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="amount" label={T.label.amount} rules={[{ required: true, message: T.required.amount }]}>
                  <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="payer" label={T.label.payer} rules={[{ required: true, message: T.required.payer }]}>
                  <CodeSelect list={PAYER} allowClear={false} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="countStatuses" label={T.label.countStatuses}>
                  <Checkbox.Group options={ATTENDANCE_STATUS.items.map((i) => ({ value: i.code, label: i.label }))} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="prorateByWorkdays" valuePropName="checked">
                  <Checkbox>{T.label.prorateByWorkdays}</Checkbox>
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="maxTripsPerMonth" label={T.label.maxTripsPerMonth}>
                  <InputNumber min={0} max={31} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="tripFare" label={T.label.tripFare}>
                  <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={18}>
                <Form.Item name="appliesTo" label={T.label.appliesTo}>
                  <CodeSelect list={POSTING_TYPE} mode="multiple" />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="outOfCountyOnly" valuePropName="checked" label=" ">
                  <Checkbox>{T.label.outOfCountyOnly}</Checkbox>
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="validFrom" label={T.label.validFrom} rules={[{ required: true, message: T.required.validFrom }]}>
                  <MonthInput kind="date" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="validTo" label={T.label.validTo}>
                  <MonthInput kind="date" />
                </Form.Item>
              </Col>
            </GridRow>
          </Form>
        )}
      </Modal>
    </div>
  );
}
