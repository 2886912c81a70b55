import { App, Col, Form, Input, InputNumber, Modal, Row as GridRow } from 'antd';
import { POSTING_TYPE } from '@shared/domain/enums';
import type { BatchInput } from '@shared/domain/entities/batch';
import { useStore } from '../../app/store-context';
import { CodeSelect } from '../../components/code-select';
import { enterToNext } from '../../components/enter-to-next';
import { showError, validateForm } from '../../components/form-errors';
import { RuleSelect } from '../../components/rule-select';
import { autoEndDate, TermFields } from '../../components/term-fields';
import { UnitSelect } from '../../components/unit-select';
import { useEditForm } from '../../components/use-edit-form';
import type { Row } from '../../db/database';
import { createBatch, updateBatch } from '../../db/operations';
import { T } from './texts';
import { maxLengthRule, numberRule } from '../../components/number-rule';

const TERM = { start: 'startDate', months: 'defaultTermMonths', end: 'plannedEndDate' };

/** 新增批次 / 修改批次: the dialog; asks before throwing changes away. */
export function BatchEditor(props: { editing: { id?: string; initial: Partial<BatchInput> }; units: Row<'units'>[]; onClose: () => void }) {
  const store = useStore();
  const { message } = App.useApp();
  const [form] = Form.useForm<BatchInput>();
  const editing = props.editing;
  const onValuesChange = (changed: Partial<BatchInput>, all: Partial<BatchInput>) => {
    const end = autoEndDate(changed, all, TERM);
    if (end) form.setFieldValue('plannedEndDate', end);
  };
  const edit = useEditForm(form, { onValuesChange });
  const save = async () => {
    if (!(await validateForm(form))) return;
    const v = { ...editing.initial, ...form.getFieldsValue(true) } as BatchInput;
    try {
      const id = editing.id;
      await (id ? updateBatch(store, id, v) : createBatch(store, v));
      message.success(T.saved);
      edit.saved();
      props.onClose();
    } catch (e) {
      showError(e, message, form);
    }
  };
  const units = props.units;

  return (
    <Modal open title={editing.id ? T.editTitle : T.addTitle} okText={T.save} cancelText={T.cancel} width={720} onOk={save} onCancel={() => edit.requestClose(props.onClose)} destroyOnHidden>
      <Form<BatchInput> form={form} layout="vertical" initialValues={editing.initial} onValuesChange={edit.onValuesChange} onKeyDown={enterToNext} preserve={false}>
        <GridRow gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={T.column.name} rules={[{ required: true, message: T.required.name }, maxLengthRule(T.column.name, 60)]}>
              <Input placeholder={T.namePlaceholder} autoFocus />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={T.column.year} rules={[{ required: true, message: T.required.year }, numberRule({ label: T.column.year, min: 1990, max: 2100, integer: true })]}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="postingType" label={T.column.postingType} rules={[{ required: true, message: T.required.postingType }]}>
              <CodeSelect list={POSTING_TYPE} allowClear={false} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="documentNo" label={T.column.documentNo} rules={[maxLengthRule(T.column.documentNo, 40)]}>
              <Input placeholder={T.documentNoPlaceholder} />
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
            <Form.Item name="notes" label={T.label.notes} rules={[maxLengthRule(T.label.notes, 500)]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </GridRow>
      </Form>
    </Modal>
  );
}
