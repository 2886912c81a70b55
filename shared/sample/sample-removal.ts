import { ENTITY_TABLES, TABLE_NAMES, type TableName } from '../domain/tables';

/*
 * 清除示例数据 (issue 7 item 10), as a pure plan over this PC's live records.
 *
 * Records written while the sample county loads carry the local mark `_sample` (never stamped,
 * never exported: packages leave sample records on this PC). Clearing tombstones:
 * - every live sample record;
 * - every record that hangs off a removed one (a leave a clerk entered for a sample cadre while
 *   trying the app): its posting, leave request or cadre (the table's `child` scope) is removed.
 * A sample record that a record staying on this PC points at (a real posting received by a sample
 * township, a real cadre whose home unit came with the sample) is claimed instead: it loses its
 * mark and becomes this PC's data, so nothing left points at a tombstone. Claiming can keep more
 * records (the claimed unit's parent, the children of a claimed cadre), so the plan is a fixpoint.
 */

/** A live record as the plan sees it. */
export interface SampleCandidate {
  id: string;
  _sample?: unknown;
  [field: string]: unknown;
}

/** What 清除示例数据 will do, per table. */
export interface SampleRemoval {
  /** records to tombstone */
  remove: Partial<Record<TableName, string[]>>;
  /** sample records kept because data staying on this PC needs them; they lose the mark */
  claim: Partial<Record<TableName, string[]>>;
  removedCount: number;
  claimedCount: number;
}

/** Whether a record is sample data (载入示例数据), which never leaves this PC. */
export function isSampleRecord(record: { _sample?: unknown }): boolean {
  return !!record._sample;
}

/**
 * Whether records created in `table` while the sample loads are marked as sample. County-wide
 * settings (节假日安排, 考勤规则 …) are the county's own from the moment they exist: the sample only
 * fills in what a new PC would have anyway, and clearing it must not take them away.
 */
export function marksSample(table: TableName): boolean {
  return ENTITY_TABLES[table].scope.kind !== 'county';
}

/** The plan for the live records of every table (`tables` holds no tombstones). */
export function planSampleRemoval(tables: Partial<Record<TableName, readonly SampleCandidate[]>>): SampleRemoval {
  const byId = new Map<TableName, Map<string, SampleCandidate>>();
  for (const t of TABLE_NAMES) byId.set(t, new Map((tables[t] ?? []).map((r) => [r.id, r])));
  const claimed = new Map<TableName, Set<string>>(TABLE_NAMES.map((t) => [t, new Set<string>()]));

  for (;;) {
    const removed = removalFor(tables, claimed);
    let grew = false;
    for (const t of TABLE_NAMES) {
      const refs = (ENTITY_TABLES[t] as { refs?: Readonly<Record<string, string>> }).refs ?? {};
      for (const r of tables[t] ?? []) {
        if (removed.get(t)!.has(r.id)) continue;
        for (const [field, target] of Object.entries(refs)) {
          const id = r[field];
          if (typeof id !== 'string' || !removed.get(target as TableName)?.has(id)) continue;
          claimed.get(target as TableName)!.add(id);
          grew = true;
        }
      }
    }
    if (!grew) {
      const remove: SampleRemoval['remove'] = {};
      const claim: SampleRemoval['claim'] = {};
      let removedCount = 0;
      let claimedCount = 0;
      for (const t of TABLE_NAMES) {
        const r = [...removed.get(t)!];
        const c = [...claimed.get(t)!].filter((id) => isSampleRecord(byId.get(t)!.get(id) ?? {}));
        if (r.length) remove[t] = r;
        if (c.length) claim[t] = c;
        removedCount += r.length;
        claimedCount += c.length;
      }
      return { remove, claim, removedCount, claimedCount };
    }
  }
}

/** Sample records not claimed, plus (tables in dependency order) every record whose parent is removed. */
function removalFor(tables: Partial<Record<TableName, readonly SampleCandidate[]>>, claimed: ReadonlyMap<TableName, ReadonlySet<string>>): Map<TableName, Set<string>> {
  const removed = new Map<TableName, Set<string>>();
  for (const t of TABLE_NAMES) {
    const scope = ENTITY_TABLES[t].scope;
    const parent = scope.kind === 'child' ? removed.get(scope.parent as TableName) : undefined;
    const ids = new Set<string>();
    for (const r of tables[t] ?? []) {
      if (claimed.get(t)!.has(r.id)) continue;
      const orphan = scope.kind === 'child' && typeof r[scope.field] === 'string' && !!parent?.has(r[scope.field] as string);
      if (isSampleRecord(r) || orphan) ids.add(r.id);
    }
    removed.set(t, ids);
  }
  return removed;
}
