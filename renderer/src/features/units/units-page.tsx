import { App, Button, Card, Descriptions, Empty, Input, Popconfirm, Tag, Tree, Typography } from 'antd';
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
import { removeUnit } from '../../db/operations';
import { listUnits } from '../../db/queries/units';
import { UnitEditor } from './unit-editor';
import { T } from './texts';

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

  const remove = async (id: string) => {
    try {
      await removeUnit(store, id);
      message.success(T.removed);
      setSelected(undefined);
    } catch (e) {
      showError(e, message);
    }
  };

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <Card size="small" style={{ width: 460, flex: 'none' }} title={T.treeTitle} extra={<Button size="small" type="primary" onClick={() => openEditor(undefined, undefined)}>{T.addTop}</Button>}>
        <Input.Search placeholder={T.searchPlaceholder} allowClear onChange={(e) => setFilter(e.target.value.trim())} style={{ marginBottom: 8 }} />
        {units && units.length === 0 ? (
          <Empty description={T.noUnits} />
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
      <Card size="small" style={{ flex: 1 }} title={current ? current.name : T.detailTitle}>
        {current ? (
          <>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={T.label.name} span={2}>{current.name}</Descriptions.Item>
              <Descriptions.Item label={T.label.path} span={2}>{unitPath(byId, current.id)}</Descriptions.Item>
              <Descriptions.Item label={T.label.shortName}>{current.shortName}</Descriptions.Item>
              <Descriptions.Item label={T.label.sortOrder}>{current.sortOrder}</Descriptions.Item>
              <Descriptions.Item label={T.label.level}>{labelOf(UNIT_LEVEL, current.level)}</Descriptions.Item>
              <Descriptions.Item label={T.label.kind}>{labelOf(UNIT_KIND, current.kind)}</Descriptions.Item>
              <Descriptions.Item label={T.label.isInCounty}>{T.inCounty(current.isInCounty)}</Descriptions.Item>
              <Descriptions.Item label={T.label.creditCode}>{current.creditCode}</Descriptions.Item>
              <Descriptions.Item label={T.label.contactName}>{current.contactName}</Descriptions.Item>
              <Descriptions.Item label={T.label.contactPhone}>{current.contactPhone}</Descriptions.Item>
            </Descriptions>
            <div className="gzt-toolbar" style={{ marginTop: 12 }}>
              <Button type="primary" onClick={() => openEditor(current.id)}>{T.edit}</Button>
              <Button onClick={() => openEditor(undefined, current.id)}>{T.addChild}</Button>
              <Popconfirm title={T.confirmRemove(current.name)} okText={T.remove} cancelText={T.cancel} onConfirm={() => remove(current.id)}>
                <Button danger>{T.remove}</Button>
              </Popconfirm>
            </div>
          </>
        ) : (
          <Empty description={T.pickOne} />
        )}
      </Card>
      {editing && <UnitEditor editing={editing} units={units ?? []} onClose={() => setEditing(null)} onSaved={setSelected} />}
    </div>
  );
}
