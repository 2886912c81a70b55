import { Checkbox, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import type { FormInstance } from 'antd';
import { selectableItems } from '@shared/domain/codes/lookup';
import { UNIT_KIND, UNIT_LEVEL } from '@shared/domain/enums';
import type { UnitInput } from '@shared/domain/entities/unit';
import { buildUnitTree, descendantIds, type UnitNode } from '@shared/domain/unit-tree';
import type { Row } from '../../db/database';

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
export function UnitForm(props: { form: FormInstance<UnitInput>; units: U[]; initialValues: Partial<UnitInput>; editingId?: string }) {
  const blocked = props.editingId ? descendantIds(props.units, props.editingId) : new Set<string>();
  return (
    <Form<UnitInput> form={props.form} initialValues={props.initialValues} preserve={false} layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 17 }}>
      <Form.Item name="name" label="单位全称" rules={[{ required: true, message: '请填写单位全称' }]}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item name="shortName" label="简称" extra="花名册等报表中使用，如：讲治镇">
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="parentId" label="上级单位">
        <TreeSelect
          allowClear
          showSearch
          treeNodeFilterProp="title"
          placeholder="不选则为顶级单位"
          treeDefaultExpandAll
          treeData={toTreeData(buildUnitTree(props.units), blocked)}
        />
      </Form.Item>
      <Form.Item name="level" label="层级" rules={[{ required: true, message: '请选择层级' }]}>
        <Select options={selectableItems(UNIT_LEVEL).map((i) => ({ value: i.code, label: i.label }))} />
      </Form.Item>
      <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Select options={selectableItems(UNIT_KIND).map((i) => ({ value: i.code, label: i.label }))} />
      </Form.Item>
      <Form.Item name="isInCounty" label="县内单位" valuePropName="checked">
        <Checkbox>属于本县（外派、上挂的县外单位不勾选）</Checkbox>
      </Form.Item>
      <Form.Item name="sortOrder" label="排序号" extra="数字小的排在前面，花名册按此顺序排列">
        <InputNumber min={0} max={1000000} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="creditCode" label="统一社会信用代码">
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="regionCode" label="行政区划代码">
        <Input maxLength={12} />
      </Form.Item>
      <Form.Item name="contactName" label="联络员">
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="contactPhone" label="联络员电话">
        <Input maxLength={20} />
      </Form.Item>
    </Form>
  );
}
