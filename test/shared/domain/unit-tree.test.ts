import { describe, expect, it } from 'vitest';
import { buildUnitTree, descendantIds, unitPath } from '@shared/domain/unit-tree';

const units = [
  { id: 'c', name: '开江县', parentId: null },
  { id: 't2', name: '讲治镇', parentId: 'c', sortOrder: 2 },
  { id: 't1', name: '任市镇', parentId: 'c', sortOrder: 1 },
  { id: 'v', name: '石岭村', parentId: 't2' },
  { id: 'o', name: '孤儿单位', parentId: 'gone' },
];

describe('unit tree', () => {
  it('orders siblings by 排序号 and shows orphans as roots instead of hiding them', () => {
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.unit.id).sort()).toEqual(['c', 'o']);
    const county = tree.find((n) => n.unit.id === 'c')!;
    expect(county.children.map((n) => n.unit.name)).toEqual(['任市镇', '讲治镇']);
  });

  it('finds descendants and prints the path from the root', () => {
    expect([...descendantIds(units, 'c')].sort()).toEqual(['c', 't1', 't2', 'v']);
    expect(unitPath(new Map(units.map((u) => [u.id, u])), 'v')).toBe('开江县 / 讲治镇 / 石岭村');
  });
});
