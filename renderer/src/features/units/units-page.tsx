import { App, Button, Card, Descriptions, Empty, Form, Input, Modal, Popconfirm, Tag, Tree, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { labelOf } from '@shared/domain/codes/lookup';
import { UNIT_KIND, UNIT_LEVEL } from '@shared/domain/enums';
import type { UnitInput } from '@shared/domain/entities/unit';
import { buildUnitTree, unitPath, type UnitNode } from '@shared/domain/unit-tree';
import { useStore } from '../../app/store-context';
import { showError } from '../../components/form-errors';
import type { Row } from '../../db/database';
import { domainFields } from '../../db/domain-fields';
import { createUnit, removeUnit, updateUnit } from '../../db/operations';
import { listUnits } from '../../db/queries/units';
import { UnitForm } from './unit-form';

type U = Row<'units'>;

function treeData(nodes: UnitNode<U>[], filter: string): object[] {
  const out: object[] = [];
  for (const n of nodes) {
    const children = treeData(n.children, filter);
    const hit = !filter || n.unit.name.includes(filter) || (n.unit.shortName ?? '').includes(filter);
    if (!hit && children.length === 0) continue;
    out.push({
      key: n.unit.id,
      title: (
        <span>
          {n.unit.name}
          <Tag style={{ marginLeft: 6 }} bordered={false}>
            {labelOf(UNIT_LEVEL, n.unit.level)}
          </Tag>
          {labelOf(UNIT_KIND, n.unit.kind) !== labelOf(UNIT_LEVEL, n.unit.level) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labelOf(UNIT_KIND, n.unit.kind)}
            </Typography.Text>
          )}
        </span>
      ),
      children,
    });
  }
  return out;
}

/** 单位: the unit tree with level and kind; add, edit, move and delete units. */
export function UnitsPage() {
  const store = useStore();
  const { message } = App.useApp();
  const units = useLiveQuery(() => listUnits(store.db), [store]);
  const [selected, setSelected] = useState<string>();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id?: string; initial: Partial<UnitInput> } | null>(null);
  const [form] = Form.useForm<UnitInput>();
  const byId = useMemo(() => new Map((units ?? []).map((u) => [u.id, u])), [units]);
  const tree = useMemo(() => buildUnitTree(units ?? []), [units]);
  const current = selected ? byId.get(selected) : undefined;

  const openEditor = (id?: string, parentId?: string) => {
    if (id) return setEditing({ id, initial: domainFields(byId.get(id)!) as Partial<UnitInput> });
    const parent = parentId ? byId.get(parentId) : undefined;
    const underTown = parent?.level === 'township';
    setEditing({
      initial: {
        parentId: parentId ?? null,
        level: underTown ? 'village' : (parent?.level ?? 'county'),
        kind: underTown ? 'village' : 'govOrgan',
        isInCounty: parent ? parent.isInCounty : true,
      },
    });
  };

  const save = async () => {
    const values = await form.validateFields();
    try {
      const saved = await (editing?.id ? updateUnit(store, editing.id, values) : createUnit(store, values));
      message.success(editing?.id ? '已保存' : `已添加“${saved.name}”`);
      setSelected(saved.id);
      setEditing(null);
    } catch (e) {
      showError(e, message, form);
    }
  };

  const remove = async (id: string) => {
    try {
      await removeUnit(store, id);
      message.success('已删除');
      setSelected(undefined);
    } catch (e) {
      showError(e, message);
    }
  };

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <Card size="small" style={{ width: 460, flex: 'none' }} title="单位树" extra={<Button size="small" type="primary" onClick={() => openEditor(undefined, undefined)}>新增顶级单位</Button>}>
        <Input.Search placeholder="按单位名称查找" allowClear onChange={(e) => setFilter(e.target.value.trim())} style={{ marginBottom: 8 }} />
        {units && units.length === 0 ? (
          <Empty description="还没有单位" />
        ) : (
          <Tree
            blockNode
            defaultExpandAll
            key={filter + (units?.length ?? 0)}
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => setSelected(keys[0] as string | undefined)}
            treeData={treeData(tree, filter) as never}
            height={620}
          />
        )}
      </Card>
      <Card size="small" style={{ flex: 1 }} title={current ? current.name : '单位详情'}>
        {current ? (
          <>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="单位全称" span={2}>{current.name}</Descriptions.Item>
              <Descriptions.Item label="所在位置" span={2}>{unitPath(byId, current.id)}</Descriptions.Item>
              <Descriptions.Item label="简称">{current.shortName}</Descriptions.Item>
              <Descriptions.Item label="排序号">{current.sortOrder}</Descriptions.Item>
              <Descriptions.Item label="层级">{labelOf(UNIT_LEVEL, current.level)}</Descriptions.Item>
              <Descriptions.Item label="类别">{labelOf(UNIT_KIND, current.kind)}</Descriptions.Item>
              <Descriptions.Item label="县内单位">{current.isInCounty ? '是' : '否（县外）'}</Descriptions.Item>
              <Descriptions.Item label="统一社会信用代码">{current.creditCode}</Descriptions.Item>
              <Descriptions.Item label="联络员">{current.contactName}</Descriptions.Item>
              <Descriptions.Item label="联络员电话">{current.contactPhone}</Descriptions.Item>
            </Descriptions>
            <div className="gzt-toolbar" style={{ marginTop: 12 }}>
              <Button type="primary" onClick={() => openEditor(current.id)}>修改</Button>
              <Button onClick={() => openEditor(undefined, current.id)}>新增下级单位</Button>
              <Popconfirm title={`确定删除“${current.name}”吗？`} okText="删除" cancelText="取消" onConfirm={() => remove(current.id)}>
                <Button danger>删除</Button>
              </Popconfirm>
            </div>
          </>
        ) : (
          <Empty description="在左侧选择一个单位" />
        )}
      </Card>
      <Modal
        open={!!editing}
        title={editing?.id ? '修改单位' : '新增单位'}
        okText="保存"
        cancelText="取消"
        width={620}
        destroyOnHidden
        onOk={save}
        onCancel={() => setEditing(null)}
      >
        {editing && <UnitForm form={form} units={units ?? []} initialValues={editing.initial} {...(editing.id ? { editingId: editing.id } : {})} />}
      </Modal>
    </div>
  );
}
