import { CalendarDataMissingError } from '@shared/domain/calendar';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { entriesExpectedFound } from '@shared/domain/rules/record-book';
import { postingsInspected } from '@shared/domain/rules/record-book-inspections';
import { descendantIds } from '@shared/domain/unit-tree';
import type { ReadDb, Row } from '../database';
import { ValidationError } from '../errors';
import { getLive, live, liveWhere } from './live';

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

