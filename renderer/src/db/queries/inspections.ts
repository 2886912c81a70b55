import { CalendarDataMissingError } from '@shared/domain/calendar';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { entriesExpectedFound } from '@shared/domain/rules/record-book';
import { postingsInspected } from '@shared/domain/rules/record-book-inspections';
import { descendantIds } from '@shared/domain/unit-tree';
import type { ReadDb, Row } from '../database';
import { ValidationError } from '../errors';
import { bulkGetLive, getLive, live, liveWhere } from './live';

/** Whom an inspection checks: one cadre's posting, or every cadre on post in a township at once. */
export type InspectionTarget = { postingId: string } | { unitId: string };

/** The postings an inspection of `target` over [from, to] checks. */
export async function inspectedPostings(db: ReadDb, target: InspectionTarget, period: { from: string; to: string }): Promise<Row<'postings'>[]> {
  if ('postingId' in target) {
    const posting = await getLive(db.postings, target.postingId);
    return posting ? [posting] : [];
  }
  const unitIds = descendantIds(await live(db.units).toArray(), target.unitId);
  const candidates = await liveWhere(db.postings, 'receivingUnitId', [...unitIds]).toArray();
  return postingsInspected(candidates, unitIds, period);
}

/**
 * Entries expected (working days of the period on post) and found (days with a 日纪实) of a posting.
 * A year without holiday data cannot be counted: the calendar's message says what to do.
 */
export async function expectedFound(db: ReadDb, posting: Row<'postings'>, period: { from: string; to: string }) {
  const entries = await liveWhere(db.logEntries, 'postingId', posting.id).toArray();
  try {
    return { ...entriesExpectedFound(period, attendancePeriod(posting), entries), entries };
  } catch (e) {
    if (e instanceof CalendarDataMissingError) throw new ValidationError([{ field: 'periodFrom', message: e.message }]);
    throw e;
  }
}


/** One cadre an inspection about to be recorded covers, with the entries expected and found. */
export interface InspectionPreviewRow {
  postingId: string;
  name: string;
  expected: number;
  found: number;
}

/**
 * What recording an inspection of `target` over [from, to] would count, before it is recorded:
 * every cadre covered with the entries expected and found. Throws a ValidationError with the
 * calendar's message for a year without holiday data.
 */
export async function previewInspection(db: ReadDb, target: InspectionTarget, period: { from: string; to: string }): Promise<InspectionPreviewRow[]> {
  const postings = await inspectedPostings(db, target, period);
  const names = new Map((await bulkGetLive(db.cadres, postings.map((p) => p.cadreId))).map((c) => [c.id, c.name]));
  const rows: InspectionPreviewRow[] = [];
  for (const p of postings) {
    const { expected, found } = await expectedFound(db, p, period);
    rows.push({ postingId: p.id, name: names.get(p.cadreId) ?? '', expected, found });
  }
  return rows;
}

/** An inspection as the 检查记录 list shows it. */
export interface InspectionListRow {
  inspection: Row<'inspections'>;
  name: string;
  unitName: string;
}

/** Every live inspection, newest first, with the cadre's name and the receiving unit. */
export async function listInspections(db: ReadDb): Promise<InspectionListRow[]> {
  const inspections = await live(db.inspections).toArray();
  inspections.sort((a, b) => b.date.localeCompare(a.date) || b._hlc.localeCompare(a._hlc));
  const postings = new Map((await bulkGetLive(db.postings, [...new Set(inspections.map((i) => i.postingId))])).map((p) => [p.id, p]));
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set([...postings.values()].map((p) => p.cadreId))])).map((c) => [c.id, c]));
  const units = new Map((await bulkGetLive(db.units, [...new Set([...postings.values()].map((p) => p.receivingUnitId))])).map((u) => [u.id, u]));
  return inspections.map((inspection) => {
    const posting = postings.get(inspection.postingId);
    const unit = posting ? units.get(posting.receivingUnitId) : undefined;
    return { inspection, name: (posting && cadres.get(posting.cadreId)?.name) ?? '', unitName: unit?.shortName ?? unit?.name ?? '' };
  });
}
