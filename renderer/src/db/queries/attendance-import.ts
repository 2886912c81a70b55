// What the clock-in import reads: the postings a person of the export may be, and what is stored on
// the days it would write (the month records, and which statuses the last import set).
import { dayField } from '@shared/domain/entities/attendance-month';
import { monthOf } from '@shared/domain/dates';
import { ON_POST_STATUSES } from '@shared/domain/enums';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import type { MatchCandidate } from '@shared/import/clock-in-match';
import type { PlanPosting } from '@shared/import/clock-in-plan';
import { keyedId } from '@shared/domain/tables';
import { descendantIds } from '@shared/domain/unit-tree';
import type { ReadDb, Row } from '../database';
import { bulkGetSparse } from './bulk-get-sparse';
import { isLive } from './live';
import { listUnits } from './units';

/** Statuses of a posting that has (had) a cadre on post: the ones that carry attendance. */
export const STARTED_POSTING_STATUSES: ReadonlySet<string> = new Set([...ON_POST_STATUSES, 'completed', 'terminated', 'recalled']);

/** The postings an export covering [from, to] may name, with what matching needs. */
export async function loadClockCandidates(db: ReadDb, from: string, to: string, opts: { unitId?: string | null } = {}): Promise<{ candidates: MatchCandidate[]; fromUnit: Set<string> }> {
  const postings = await db.postings
    .where('startDate')
    .belowOrEqual(to)
    .filter((p) => {
      if (!isLive(p) || !STARTED_POSTING_STATUSES.has(p.status)) return false;
      const end = attendancePeriod(p).endDate;
      return end === null || end >= from;
    })
    .toArray();
  const units = await listUnits(db);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const cadres = new Map((await db.cadres.bulkGet([...new Set(postings.map((p) => p.cadreId))])).filter(isLive).map((c) => [c.id, c]));
  const inUnit = opts.unitId ? descendantIds(units, opts.unitId) : null;
  const fromUnit = new Set<string>();
  const candidates: MatchCandidate[] = [];
  for (const p of postings) {
    const cadre = cadres.get(p.cadreId);
    if (!cadre) continue;
    const unit = unitById.get(p.receivingUnitId);
    const places = [unit?.name, unit?.shortName, p.village, p.teamId].filter((x): x is string => !!x);
    candidates.push({ postingId: p.id, name: cadre.name, phone: cadre.phone ?? null, places, label: `${unit?.shortName || unit?.name || ''} ${p.village ?? ''} ${p.secondedPost}`.replace(/\s+/g, ' ').trim() });
    if (inUnit?.has(p.receivingUnitId)) fromUnit.add(p.id);
  }
  return { candidates, fromUnit };
}

/**
 * For each posting, its period and what is stored on the given dates: the month records (by their
 * keyed ids) and, for days that hold a status, the status the last import set (from the month's
 * details record).
 */
export async function loadPlanPostings(db: ReadDb, dates: ReadonlyMap<string, readonly string[]>): Promise<Map<string, PlanPosting>> {
  const ids = [...dates.keys()];
  const postings = new Map((await db.postings.bulkGet(ids)).filter(isLive).map((p) => [p.id, p]));
  const monthKeys: [string, string][] = [];
  for (const [postingId, list] of dates) for (const m of new Set(list.map(monthOf))) monthKeys.push([postingId, m]);
  const months = await db.attendanceMonths.bulkGet(monthKeys.map(([p, m]) => keyedId('attendanceMonths', p, m)));
  const monthOfKey = new Map<string, Row<'attendanceMonths'>>();
  monthKeys.forEach(([p, m], i) => {
    const row = months[i];
    if (row && isLive(row)) monthOfKey.set(`${p}|${m}`, row);
  });
  const storedOf = (postingId: string, date: string): string | null =>
    (monthOfKey.get(`${postingId}|${monthOf(date)}`)?.[dayField(Number(date.slice(8, 10)))] as string | null | undefined) ?? null;
  // the status the last import set, from the details of the months that hold a status on these days
  const detailKeys = monthKeys.filter(([p, m]) => {
    const month = monthOfKey.get(`${p}|${m}`);
    return month !== undefined && (dates.get(p) ?? []).some((d) => d.startsWith(m) && month[dayField(Number(d.slice(8, 10)))] != null);
  });
  const details = await bulkGetSparse(db.attendanceDetails, detailKeys.map(([p, m]) => keyedId('attendanceDetails', p, m)));
  const detailOfKey = new Map<string, Row<'attendanceDetails'>>();
  detailKeys.forEach(([p, m], i) => {
    const row = details[i];
    if (row && isLive(row)) detailOfKey.set(`${p}|${m}`, row);
  });
  const importedOf = (postingId: string, date: string): string | null => {
    if (storedOf(postingId, date) === null) return null;
    return detailOfKey.get(`${postingId}|${monthOf(date)}`)?.[dayField(Number(date.slice(8, 10)))]?.importedStatus ?? null;
  };
  const out = new Map<string, PlanPosting>();
  for (const [id, posting] of postings) {
    out.set(id, { period: attendancePeriod(posting), stored: (date) => storedOf(id, date), imported: (date) => importedOf(id, date) });
  }
  return out;
}
