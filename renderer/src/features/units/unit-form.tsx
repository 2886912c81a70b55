import { Checkbox, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import type { FormInstance } from 'antd';
import { selectableItems } from '@shared/domain/codes/lookup';
import { UNIT_KIND, UNIT_LEVEL } from '@shared/domain/enums';
import type { UnitInput } from '@shared/domain/entities/unit';
import { buildUnitTree, descendantIds, type UnitNode } from '@shared/domain/unit-tree';
import type { Row } from '../../db/database';
import { T } from './texts';
import { maxLengthRule, numberRule } from '../../components/number-rule';

type U = Row<'units'>;

function toTreeData(nodes: UnitNode<U>[], disabled: Set<string>): object[] {
  return nodes.map((n) => ({
    value: n.unit.id,
    title: n.unit.name,
    disabled: disabled.has(n.unit.id),
    children: toTreeData(n.children, disabled),
  }));
}

/** The fields of a unit. Used for adding and editing; a unit cannot be moved under itself. */
export function UnitForm(props: { form: FormInstance<UnitInput>; units: U[]; initialValues: Partial<UnitInput>; editingId?: string; onValuesChange?: (changed: Partial<UnitInput>, all: UnitInput) => void }) {
  const blocked = props.editingId ? descendantIds(props.units, props.editingId) : new Set<string>();
  return (
    <Form<UnitInput>
      form={props.form}
      initialValues={props.initialValues}
      preserve={false}
      layout="horizontal"
      labelCol={{ span: 6 }}
      wrapperCol={{ span: 17 }}
      {...(props.onValuesChange ? { onValuesChange: props.onValuesChange } : {})}
    >
      <Form.Item name="name" label={T.label.name} rules={[{ required: true, message: T.required.name }, maxLengthRule(T.label.name, 60)]}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="shortName" label={T.label.shortName} extra={T.shortNameHelp} rules={[maxLengthRule(T.label.shortName, 20)]}>
        <Input />
      </Form.Item>
      <Form.Item name="parentId" label={T.label.parentId}>
        <TreeSelect
          allowClear
          showSearch
          treeNodeFilterProp="title"
          placeholder={T.parentPlaceholder}
          treeDefaultExpandAll
          treeData={toTreeData(buildUnitTree(props.units), blocked)}
        />
      </Form.Item>
      <Form.Item name="level" label={T.label.level} rules={[{ required: true, message: T.required.level }]}>
        <Select options={selectableItems(UNIT_LEVEL).map((i) => ({ value: i.code, label: i.label }))} />
      </Form.Item>
      <Form.Item name="kind" label={T.label.kind} rules={[{ required: true, message: T.required.kind }]}>
        <Select options={selectableItems(UNIT_KIND).map((i) => ({ value: i.code, label: i.label }))} />
      </Form.Item>
      <Form.Item name="isInCounty" label={T.label.isInCounty} valuePropName="checked">
        <Checkbox>{T.isInCountyBox}</Checkbox>
      </Form.Item>
      <Form.Item name="sortOrder" label={T.label.sortOrder} extra={T.sortOrderHelp} rules={[numberRule({ label: T.label.sortOrder, min: 0, max: 1000000, integer: true })]}>
        <InputNumber style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="creditCode" label={T.label.creditCode} rules={[maxLengthRule(T.label.creditCode, 18)]}>
        <Input />
      </Form.Item>
      <Form.Item name="regionCode" label={T.label.regionCode} rules={[maxLengthRule(T.label.regionCode, 12)]}>
        <Input />
      </Form.Item>
      <Form.Item name="contactName" label={T.label.contactName} rules={[maxLengthRule(T.label.contactName, 20)]}>
        <Input />
      </Form.Item>
      <Form.Item name="contactPhone" label={T.label.contactPhone} rules={[maxLengthRule(T.label.contactPhone, 20)]}>
        <Input />
      </Form.Item>
    </Form>
  );
}
