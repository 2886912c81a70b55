// THE effective attendance of posting-months: what the clerk stored, approved leave, spot-check
// absences and the calendar combined by the shared rules (shared/domain/rules/attendance.ts). The
// grid, the 月度考勤汇总表, the alerts and the allowances all read attendance through this query, so
// they never disagree.
import { addDays } from '@shared/domain/dates';
import { monthRange } from '@shared/domain/calendar';
import {
  approvedLeaveDaysOfMonth,
  attendancePeriod,
  effectiveAttendanceMonth,
  summarizeAttendance,
  type AttendanceMonth,
  type AttendanceMonthRecord,
  type AttendancePeriod,
  type AttendanceRuleSet,
  type AttendanceSummary,
} from '@shared/domain/rules/attendance';
import type { LeaveRequestLike } from '@shared/domain/rules/leave';
import { keyedId } from '@shared/domain/tables';
import type { ReadDb, Row } from '../database';
import { loadAttendanceSettings } from './attendance-rules';
import { leaveRulesOf, leaveRulesOfPostings } from './leave-rules';
import { bulkGetLive, isLive, liveWhere } from './live';

/** One posting's month: its records and what the rules make of them. */
export interface EffectivePostingMonth {
  posting: Row<'postings'>;
  /** The dates of the posting that carry attendance. */
  period: AttendancePeriod;
  /** What the clerk (or an import) stored for the month; undefined when nothing was. */
  stored: Row<'attendanceMonths'> | undefined;
  /** Every day with its effective status and source, and what looks wrong, in Chinese. */
  month: AttendanceMonth;
  /** The §4.3 figures: 应出勤, 在岗, 公出, leave by type, 缺勤, 出勤率, 是否达标 … */
  summary: AttendanceSummary;
}

/** Up to this many postings, leave requests are read by posting; beyond, by date range. */
const BY_POSTING_LIMIT = 300;
/** A leave request is at most a year long (the schema's limit on `days`). */
const LONGEST_LEAVE_DAYS = 366;

/**
 * The effective attendance of `postingIds` in `month` ('YYYY-MM'), by posting id (postings that are
 * deleted or unknown are left out). Reads through indexes only: the month records by their keyed
 * ids, leave requests by posting (or, for many postings, by start date), their approvals by
 * request, spot checks by date. The calendar must have the entered years registered (calendar
 * registration at start); throws CalendarDataMissingError when the month's year is not covered.
 */
export async function loadEffectiveMonths(db: ReadDb, postingIds: readonly string[], month: string, opts: { rules?: AttendanceRuleSet } = {}): Promise<Map<string, EffectivePostingMonth>> {
  return loadEffectiveMonthsOf(db, await bulkGetLive(db.postings, [...new Set(postingIds)]), month, opts);
}

/** loadEffectiveMonths of live `postings` already read (the grid has just read them). */
export async function loadEffectiveMonthsOf(db: ReadDb, postings: readonly Row<'postings'>[], month: string, opts: { rules?: AttendanceRuleSet } = {}): Promise<Map<string, EffectivePostingMonth>> {
  const out = new Map<string, EffectivePostingMonth>();
  const { first, last } = monthRange(month);
  if (postings.length === 0) return out;
  const ids = new Set(postings.map((p) => p.id));
  const [stored, leaves, checks, ruleSets, settings] = await Promise.all([
    db.attendanceMonths.bulkGet(postings.map((p) => keyedId('attendanceMonths', p.id, month))),
    leavesTouching(db, ids, first, last),
    db.spotChecks
      .where('date')
      .between(first, last, true, true)
      .toArray()
      .then((rows) => rows.filter((s) => isLive(s) && ids.has(s.postingId))),
    leaveRulesOfPostings(db, postings),
    opts.rules ? Promise.resolve(null) : loadAttendanceSettings(db),
  ]);
  const rules = opts.rules ?? settings!.rules;
  const approvals = leaves.length ? await liveWhere(db.leaveApprovals, 'leaveRequestId', leaves.map((l) => l.id)).toArray() : [];
  const approvalsOf = groupBy(approvals, (a) => a.leaveRequestId);
  const leavesOf = groupBy(leaves, (l) => l.postingId);
  const checksOf = groupBy(checks, (s) => s.postingId);
  postings.forEach((posting, i) => {
    const record = stored[i] && isLive(stored[i]) ? stored[i] : undefined;
    const period = attendancePeriod(posting);
    const leaveRules = leaveRulesOf(ruleSets.get(posting.id)!);
    const cases = (leavesOf.get(posting.id) ?? []).map((request) => ({ request: request as LeaveRequestLike, approvals: approvalsOf.get(request.id) ?? [], rules: leaveRules }));
    const effective = effectiveAttendanceMonth({
      month,
      period,
      stored: record as AttendanceMonthRecord | undefined,
      leaveDays: approvedLeaveDaysOfMonth(cases, month),
      spotChecks: checksOf.get(posting.id) ?? [],
    });
    out.set(posting.id, { posting, period, stored: record, month: effective, summary: summarizeAttendance(effective, { period, postingType: posting.type, rules }) });
  });
  return out;
}

/** Live leave requests of `postingIds` whose dates touch [first, last]. */
async function leavesTouching(db: ReadDb, postingIds: ReadonlySet<string>, first: string, last: string): Promise<Row<'leaveRequests'>[]> {
  const touches = (l: Row<'leaveRequests'>) => isLive(l) && l.startDate <= last && l.endDate >= first && postingIds.has(l.postingId);
  if (postingIds.size <= BY_POSTING_LIMIT) return liveWhere(db.leaveRequests, 'postingId', [...postingIds]).filter(touches).toArray();
  // read whole and filtered here: one getAll instead of a cursor walk (see gridPostings)
  return (await db.leaveRequests.where('startDate').between(addDays(first, -LONGEST_LEAVE_DAYS), last, true, true).toArray()).filter(touches);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
