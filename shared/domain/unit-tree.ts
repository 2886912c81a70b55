/** The fields of a unit the tree needs. */
export interface TreeUnit {
  id: string;
  name: string;
  shortName?: string | null;
  parentId?: string | null;
  sortOrder?: number | null;
}

export interface UnitNode<U extends TreeUnit> {
  unit: U;
  children: UnitNode<U>[];
}

/** Sibling order: the clerk's 排序号 first (units without one last), then the name in pinyin order. */
export function compareUnits(a: TreeUnit, b: TreeUnit): number {
  const sa = a.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const sb = b.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return sa !== sb ? sa - sb : a.name.localeCompare(b.name, 'zh-Hans-CN');
}

/**
 * Builds the unit tree. A unit whose parent is missing (deleted, or not yet received from another
 * PC) is shown as a root rather than hidden.
 */
export function buildUnitTree<U extends TreeUnit>(units: readonly U[]): UnitNode<U>[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as UnitNode<U>[] }]));
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode<U>[]) => {
    list.sort((a, b) => compareUnits(a.unit, b.unit));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Every unit's position in tree order (parents before their children, siblings in order), for sorting by unit. */
export function unitTreeRanks<U extends TreeUnit>(units: readonly U[]): Map<string, number> {
  const rank = new Map<string, number>();
  const walk = (nodes: UnitNode<U>[]) => {
    for (const n of nodes) {
      rank.set(n.unit.id, rank.size);
      walk(n.children);
    }
  };
  walk(buildUnitTree(units));
  return rank;
}

/** The ids of a unit and everything below it. */
export function descendantIds(units: readonly TreeUnit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** `开江县 / 讲治镇 / 石岭村`: the names from the root down to the unit. */
export function unitPath(units: ReadonlyMap<string, TreeUnit>, id: string, sep = ' / '): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let u = units.get(id); u && !seen.has(u.id); u = u.parentId ? units.get(u.parentId) : undefined) {
    seen.add(u.id);
    names.unshift(u.name);
  }
  return names.join(sep);
}
