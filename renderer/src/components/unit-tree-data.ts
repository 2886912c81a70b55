import type { UnitNode } from '@shared/domain/unit-tree';
import type { Row } from '../db/database';

/** The unit tree as UnitFilter's tree data: each unit by its short name, with its children. */
export function unitTreeData(nodes: UnitNode<Row<'units'>>[]): object[] {
  return nodes.map((n) => ({ value: n.unit.id, title: n.unit.shortName || n.unit.name, children: unitTreeData(n.children) }));
}
