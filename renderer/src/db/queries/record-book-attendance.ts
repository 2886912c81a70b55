import { CalendarDataMissingError } from '@shared/domain/calendar';
import { keyedId } from '@shared/domain/tables';
import { approvedLeaveDaysOfMonth, attendancePeriod, effectiveAttendanceMonth, type AttendanceMonth, type AttendanceMonthRecord } from '@shared/domain/rules/attendance';
import type { ReadDb, Row } from '../database';
import { leaveRulesOf, leaveRulesOfPostings } from './leave-rules';
import { liveWhere } from './live';

/**
 * The effective attendance of a posting's months as the 纪实手册 shows it (the status beside each
 * day of the entry screen, the attendance section of the printed book): stored month records,
 * approved leave and spot checks, through the shared attendance rules. A month of a year without
 * holiday data is left out (the screens say so).
 *
 * TODO(merge): the attendance feature owns `queries/attendance-effective.ts` (loadEffectiveMonths);
 * once it is on main this loader should call it instead of assembling the inputs itself.
 */
export async function loadEffectiveAttendance(db: ReadDb, posting: Row<'postings'>, months: readonly string[]): Promise<Map<string, AttendanceMonth>> {
  const out = new Map<string, AttendanceMonth>();
  if (months.length === 0) return out;
  const [stored, spotChecks, requests] = await Promise.all([
    db.attendanceMonths.bulkGet(months.map((m) => keyedId('attendanceMonths', posting.id, m))),
    liveWhere(db.spotChecks, 'postingId', posting.id).toArray(),
    liveWhere(db.leaveRequests, 'postingId', posting.id).toArray(),
  ]);
  const approvals = requests.length ? await liveWhere(db.leaveApprovals, 'leaveRequestId', requests.map((r) => r.id)).toArray() : [];
  const rules = leaveRulesOf((await leaveRulesOfPostings(db, [posting])).get(posting.id)!);
  const cases = requests.map((request) => ({ request, approvals: approvals.filter((a) => a.leaveRequestId === request.id), rules }));
  const period = attendancePeriod(posting);
  months.forEach((month, i) => {
    const record = stored[i] && !stored[i]!._deleted ? (stored[i] as unknown as AttendanceMonthRecord) : null;
    try {
      out.set(
        month,
        effectiveAttendanceMonth({
          month,
          period,
          stored: record,
          leaveDays: approvedLeaveDaysOfMonth(cases, month),
          spotChecks: spotChecks.filter((s) => s.date.startsWith(month)),
        }),
      );
    } catch (e) {
      if (!(e instanceof CalendarDataMissingError)) throw e;
    }
  });
  return out;
}
