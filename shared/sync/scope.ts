import { ENTITY_TABLES, TABLE_NAMES, type EntityTableSpec, type ScopeRule, type TableName } from '../domain/tables';

/*
 * The scope of a package (issue 11 item 2, DOMAIN §7.7): which records go to which party.
 * A 组织部 PC sends a township the postings it receives (its unit or a unit under it), a 派出单位
 * the postings it dispatched, another 组织部 PC everything; a township or 派出单位 PC sends its own
 * scope back. Each table says how its records relate to postings (`scope` in ENTITY_TABLES), so a
 * table another feature adds travels without code here. Tombstones are members like live records:
 * a deleted posting must reach the township that has it.
 */

/** Who a package is for, as far as what it may carry. */
export type PackageScope =
  /** everything; `restricted` tables (谈话记录) only between 组织部 PCs */
  | { kind: 'all'; restricted: boolean }
  /** postings whose receiving unit is `unitId` or under it (a township, a receiving unit) */
  | { kind: 'receiving'; unitId: string }
  /** postings whose dispatching unit is `unitId` or under it (a 派出单位) */
  | { kind: 'dispatching'; unitId: string };

/** A record as the scope sees it: its id and fields. */
export type ScopedRecord = { id: string } & Record<string, unknown>;

/** Records of every table, for computing a scope (tables not given are empty). */
export type ScopeTables = Partial<Record<TableName, readonly ScopedRecord[]>>;

/**
 * The ids in scope of the tables whose membership is decided by id (postings and referenced
 * tables): what an export remembers so that the next incremental package can tell which records
 * entered the scope since (`null` = the whole county).
 */
export type ScopeSnapshot = Partial<Record<TableName, string[]>> | null;

/** The result: which records of the given tables are in scope. */
export interface ScopeMembers {
  readonly scope: PackageScope;
  /** Whether `record` of `table` is in scope. */
  has(table: TableName, record: ScopedRecord): boolean;
  /** What to remember for the next incremental package. */
  snapshot(): ScopeSnapshot;
  /**
   * Whether `record` (in scope now) was outside the scope of an earlier package whose snapshot and
   * scope are given: it, or the record it belongs to, entered the scope since, so an incremental
   * package must carry it even if it has not changed.
   */
  entered(table: TableName, record: ScopedRecord, before: { scope: PackageScope; snapshot: ScopeSnapshot }): boolean;
}

const spec = (table: TableName): EntityTableSpec => ENTITY_TABLES[table];

/** Whether a scope carries `table` at all (restricted tables only between 组织部 PCs). */
export function scopeCarries(scope: PackageScope, table: TableName): boolean {
  return !spec(table).restricted || (scope.kind === 'all' && scope.restricted);
}

/** The units at or under `root` (a unit tree given as id → parent id; cycles are cut). */
export function unitSubtree(parents: ReadonlyMap<string, string | null | undefined>, root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parents) if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  const out = new Set<string>([root]);
  const todo = [root];
  while (todo.length) {
    for (const child of children.get(todo.pop()!) ?? []) {
      if (out.has(child)) continue;
      out.add(child);
      todo.push(child);
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Computes which records of `tables` are in `scope`. */
export function scopeMembers(scope: PackageScope, tables: ScopeTables): ScopeMembers {
  const rows = (t: TableName) => tables[t] ?? [];
  const byId = new Map<TableName, Map<string, ScopedRecord>>();
  const recordOf = (t: TableName, id: string): ScopedRecord | undefined => {
    let map = byId.get(t);
    if (!map) byId.set(t, (map = new Map(rows(t).map((r) => [r.id, r]))));
    return map.get(id);
  };

  // An earlier package's snapshot as sets (made once per snapshot). A record entered the scope
  // since that package when the package's scope did not carry its table, or its id (or its
  // parent's) is not in the package's snapshot; a package of everything (snapshot null) held all.
  const sets = new WeakMap<object, Map<TableName, Set<string>>>();
  const entered: ScopeMembers['entered'] = (table, record, before) => {
    if (!scopeCarries(before.scope, table)) return true;
    if (before.snapshot === null) return false;
    let map = sets.get(before.snapshot);
    if (!map) sets.set(before.snapshot, (map = new Map(Object.entries(before.snapshot).map(([t, list]) => [t as TableName, new Set(list)]))));
    const rule = spec(table).scope;
    if (rule.kind === 'county') return false;
    if (rule.kind === 'child') {
      const parentTable = rule.parent as TableName;
      const parent = recordOf(parentTable, str(record[rule.field]) ?? '');
      return !parent || entered(parentTable, parent, before);
    }
    return !(map.get(table)?.has(record.id) ?? false);
  };

  // A package of everything after one of a township's (the receiver imported a package addressed
  // to a township, and confirmed it): everything outside that township's snapshot entered.
  if (scope.kind === 'all') return { scope, has: (table) => scopeCarries(scope, table), snapshot: () => null, entered };

  // Postings of the scope: by their receiving or dispatching unit, under the scope's unit.
  const parents = new Map(rows('units').map((u) => [u.id, str(u.parentId)]));
  const under = unitSubtree(parents, scope.unitId);
  const unitField = scope.kind === 'receiving' ? 'receivingUnitId' : 'dispatchingUnitId';
  const ids = new Map<TableName, Set<string>>(TABLE_NAMES.map((t) => [t, new Set<string>()]));
  for (const t of TABLE_NAMES) {
    if (spec(t).scope.kind !== 'posting') continue;
    for (const r of rows(t)) if (under.has(str(r[unitField]) ?? '')) ids.get(t)!.add(r.id);
  }
  // The scope's own units are its business even when no posting names them yet.
  for (const u of under) ids.get('units')!.add(u);

  const childRule = (t: TableName) => spec(t).scope as Extract<ScopeRule, { kind: 'child' }>;
  /** Whether a child record's parent chain ends in an in-scope record. */
  const childIn = (t: TableName, r: ScopedRecord): boolean => {
    const rule = childRule(t);
    const parentTable = rule.parent as TableName;
    const parentId = str(r[rule.field]);
    if (!parentId) return false;
    if (spec(parentTable).scope.kind === 'child') {
      const parent = recordOf(parentTable, parentId);
      return !!parent && childIn(parentTable, parent);
    }
    return ids.get(parentTable)!.has(parentId);
  };

  // References, to a fixed point: in-scope records bring the shared records they point at, and
  // units their parent units. Children of cadres (reserve pool) come after the cadres are known.
  const addRefs = (t: TableName, r: ScopedRecord, todo: [TableName, string][]) => {
    for (const [field, target] of Object.entries(spec(t).refs ?? {})) {
      const id = str(r[field]);
      const targetTable = target as TableName;
      if (id && spec(targetTable).scope.kind === 'referenced' && !ids.get(targetTable)!.has(id)) {
        ids.get(targetTable)!.add(id);
        todo.push([targetTable, id]);
      }
    }
  };
  const todo: [TableName, string][] = [];
  for (const t of TABLE_NAMES) {
    const kind = spec(t).scope.kind;
    if (!scopeCarries(scope, t)) continue;
    if (kind === 'posting' || kind === 'referenced') for (const id of ids.get(t)!) todo.push([t, id]);
  }
  const drain = () => {
    while (todo.length) {
      const [t, id] = todo.pop()!;
      const r = recordOf(t, id);
      if (r) addRefs(t, r, todo);
    }
  };
  drain();
  // Children follow their parents; the records they point at join in turn, until nothing changes.
  const childIds = new Map<TableName, Set<string>>();
  for (let size = -1; size !== memberCount(); ) {
    size = memberCount();
    for (const t of TABLE_NAMES) {
      if (spec(t).scope.kind !== 'child' || !scopeCarries(scope, t)) continue;
      const set = new Set<string>();
      for (const r of rows(t)) {
        if (!childIn(t, r)) continue;
        set.add(r.id);
        addRefs(t, r, todo);
      }
      childIds.set(t, set);
      drain();
    }
  }
  function memberCount(): number {
    let n = 0;
    for (const set of ids.values()) n += set.size;
    for (const set of childIds.values()) n += set.size;
    return n;
  }

  const has = (table: TableName, record: ScopedRecord): boolean => {
    if (!scopeCarries(scope, table)) return false;
    const kind = spec(table).scope.kind;
    if (kind === 'county') return true;
    if (kind === 'child') return childIds.get(table)?.has(record.id) === true || childIn(table, record);
    return ids.get(table)!.has(record.id);
  };

  const snapshot = (): ScopeSnapshot => {
    const out: Partial<Record<TableName, string[]>> = {};
    for (const t of TABLE_NAMES) {
      const kind = spec(t).scope.kind;
      if ((kind === 'posting' || kind === 'referenced') && scopeCarries(scope, t)) out[t] = [...ids.get(t)!].sort();
    }
    return out;
  };

  return { scope, has, snapshot, entered };
}

/** A readable key of a scope, for logs and matching (`receiving:<unit id>`). */
export function scopeKey(scope: PackageScope): string {
  return scope.kind === 'all' ? (scope.restricted ? 'all+restricted' : 'all') : `${scope.kind}:${scope.unitId}`;
}
