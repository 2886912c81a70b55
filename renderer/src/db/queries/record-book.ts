import { addMonths, monthOf } from '@shared/domain/dates';
import { attendancePeriod, summarizeAttendance } from '@shared/domain/rules/attendance';
import { recordBookInstructionsOf } from '@shared/domain/rules/record-book-settings';
import type { RecordBookInput } from '@shared/reports/record-book/build';
import type { ReadDb } from '../database';
import { extensionsByPosting } from './extensions';
import { getLive, liveWhere } from './live';
import { loadPostingEntries } from './log-entries';
import { loadEffectiveAttendance } from './record-book-attendance';
import { loadRecordBookSettings } from './record-book-settings';

/** The months of a posting from its start to today (or its end), 'YYYY-MM'. */
function monthsOnPost(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(start); m <= monthOf(end); m = addMonths(`${m}-01`, 1).slice(0, 7)) out.push(m);
  return out;
}

/**
 * Everything the 纪实手册 of one posting prints (shared/reports/record-book/build.ts), read through
 * indexes: the posting with its cadre, units, batch and extensions, the 纪实 and amendments, the
 * inspections, attendance month by month, leave with its approvals, spot checks, assessments and
 * (on request, for the 组织部's copy) the talk records. Undefined when the posting is gone.
 */
export async function loadRecordBookInput(db: ReadDb, postingId: string, opts: { today: string; countyName: string; talks?: boolean }): Promise<RecordBookInput | undefined> {
  const posting = await getLive(db.postings, postingId);
  if (!posting) return undefined;
  const [cadre, receivingUnit, dispatchingUnit, batch, extensions, { entries, amendments }, inspections, leaveRequests, spotChecks, assessments, settings, talks] = await Promise.all([
    getLive(db.cadres, posting.cadreId),
    getLive(db.units, posting.receivingUnitId),
    getLive(db.units, posting.dispatchingUnitId),
    getLive(db.batches, posting.batchId),
    extensionsByPosting(db, [posting.id]).then((m) => m.get(posting.id) ?? []),
    loadPostingEntries(db, posting.id),
    liveWhere(db.inspections, 'postingId', posting.id).toArray(),
    liveWhere(db.leaveRequests, 'postingId', posting.id).toArray(),
    liveWhere(db.spotChecks, 'postingId', posting.id).toArray(),
    liveWhere(db.assessments, 'postingId', posting.id).toArray(),
    loadRecordBookSettings(db),
    opts.talks ? liveWhere(db.talkRecords, 'postingId', posting.id).toArray() : Promise.resolve(null),
  ]);
  if (!cadre || !receivingUnit || !dispatchingUnit) return undefined;
  const approvals = leaveRequests.length ? await liveWhere(db.leaveApprovals, 'leaveRequestId', leaveRequests.map((r) => r.id)).toArray() : [];
  const period = attendancePeriod(posting);
  const end = period.endDate !== null && period.endDate < opts.today ? period.endDate : opts.today;
  const months = end < posting.startDate ? [] : monthsOnPost(posting.startDate, end);
  const effective = await loadEffectiveAttendance(db, posting, months);
  return {
    countyName: opts.countyName,
    today: opts.today,
    instructions: recordBookInstructionsOf(settings),
    posting: { ...posting, extensions },
    cadre,
    receivingUnit,
    dispatchingUnit,
    batch: batch ?? null,
    entries,
    amendments: [...amendments.values()].flat(),
    inspections,
    attendance: months.flatMap((month) => {
      const m = effective.get(month);
      return m ? [{ month, summary: summarizeAttendance(m, { period, postingType: posting.type }) }] : [];
    }),
    attendanceMissing: effective.size < months.length,
    leaves: leaveRequests.map((l) => ({ ...l, approvals: approvals.filter((a) => a.leaveRequestId === l.id) })),
    spotChecks,
    assessments,
    talks,
  };
}
