import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { buildUnitTree, type UnitNode } from '@shared/domain/unit-tree';
import type { Row } from '../db/database';
import { T } from './texts';

type U = Row<'units'>;

function toData(nodes: UnitNode<U>[]): object[] {
  return nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, search: `${n.unit.name} ${n.unit.shortName ?? ''}`, children: toData(n.children) }));
}

/** Picks a unit from the tree; type part of its full or short name to find it. */
export function UnitSelect(props: Omit<TreeSelectProps<string>, 'treeData'> & { units: U[] }) {
  const { units, ...rest } = props;
  const data = useMemo(() => toData(buildUnitTree(units)), [units]);
  return (
    <TreeSelect<string>
      showSearch={{ filterTreeNode: (input, node) => String((node as { search?: string }).search ?? '').includes(input.trim()) }}
      allowClear
      treeDefaultExpandAll
      placeholder={T.unitSelect}
      treeData={data}
      {...rest}
    />
  );
}
