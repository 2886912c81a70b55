import { formatDateDotted, formatMonthDotted } from '@shared/domain/dates';
import { ENTITY_TABLES, type TableName } from '@shared/domain/tables';
import type { ReadDb } from '../database';

/** A record of any table, as titles read it. */
type AnyRecord = { id: string } & Record<string, unknown>;

/** What names a record for a clerk: 李明（城关镇副镇长）, 李明 2026-11 考勤 … */
export type TitleOf = (table: TableName, record: AnyRecord | undefined, id: string) => string;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * A function that names records of any table for the conflict screens, from this PC's cadres,
 * postings and leave requests plus `extra` records (a package about to be imported).
 */
export async function recordTitles(db: ReadDb, extra: Partial<Record<TableName, readonly AnyRecord[]>> = {}): Promise<TitleOf> {
  const cadres = new Map<string, string>();
  for (const c of [...(await db.cadres.toArray()), ...(extra.cadres ?? [])]) if (str(c.name)) cadres.set(c.id, c.name as string);
  const postings = new Map<string, { cadreId: string; post?: string }>();
  for (const p of [...(await db.postings.toArray()), ...(extra.postings ?? [])]) postings.set(p.id, { cadreId: String(p.cadreId), ...(str(p.secondedPost) ? { post: p.secondedPost as string } : {}) });
  const leaves = new Map<string, string>();
  for (const l of [...(await db.leaveRequests.toArray()), ...(extra.leaveRequests ?? [])]) leaves.set(l.id, String(l.postingId));

  const person = (postingId: unknown): string => {
    const p = postings.get(String(postingId));
    return p ? (cadres.get(p.cadreId) ?? '') : '';
  };
  return (table, record, id) => {
    const label = ENTITY_TABLES[table]?.label ?? table;
    if (!record) return `${label}（编号 ${id.slice(0, 8)}）`;
    const own = str(record.name);
    if (own) return own;
    if (table === 'postings') {
      const p = postings.get(record.id);
      return [cadres.get(String(record.cadreId)) ?? '', str(record.secondedPost) ?? p?.post ?? ''].filter(Boolean).join(' ') || label;
    }
    const who = record.postingId !== undefined ? person(record.postingId) : record.leaveRequestId !== undefined ? person(leaves.get(String(record.leaveRequestId))) : cadres.get(String(record.cadreId)) ?? '';
    const month = str(record.month);
    const day = str(record.date) ?? str(record.weekStart) ?? str(record.startDate) ?? str(record.scheduledDate);
    const when = month ? formatMonthDotted(month) : day ? formatDateDotted(day) : (str(record.period) ?? '');
    return [who, when, label].filter(Boolean).join(' ');
  };
}

/** The title of the record of each conflict entry (by entry id), read from this PC's copy of the record. */
export async function conflictTitles(db: ReadDb, rows: readonly { id: string; table: string; recordId: string }[]): Promise<Map<string, string>> {
  const titleOf = await recordTitles(db);
  const out = new Map<string, string>();
  const byTable = new Map<TableName, { id: string; recordId: string }[]>();
  for (const r of rows) if (r.table in ENTITY_TABLES) byTable.set(r.table as TableName, [...(byTable.get(r.table as TableName) ?? []), r]);
  for (const [table, list] of byTable) {
    const records = await db.entity(table).bulkGet(list.map((r) => r.recordId));
    list.forEach((r, i) => out.set(r.id, titleOf(table, records[i] as AnyRecord | undefined, r.recordId)));
  }
  return out;
}
