import { dayField } from '@shared/domain/entities/attendance-month';
import { attendancePeriod, type AttendanceStatusCode } from '@shared/domain/rules/attendance';
import { formatDateChinese, monthOf } from '@shared/domain/dates';
import type { FieldIssue } from '@shared/domain/issues';
import type { PlannedDay } from '@shared/import/clock-in-plan';
import type { InputOf } from '@shared/domain/tables';
import { ValidationError } from '../errors';
import { bulkGetLive } from '../queries/live';
import type { Writer } from '../writer';

/** One cell of the grid: a posting-day and the status to store (null clears what was stored). */
export interface CellChange {
  postingId: string;
  /** `YYYY-MM-DD` */
  date: string;
  status: AttendanceStatusCode | null;
}

/**
 * Stores the status of many posting-days in one write: one keyed month record per posting-month,
 * only the given days stamped, so another PC's entries for other days of the month survive the
 * merge. Refuses (and writes nothing) when a posting is gone or a day lies outside its period.
 */
export async function setAttendanceCells(w: Writer, changes: readonly CellChange[]): Promise<number> {
  if (changes.length === 0) return 0;
  const postings = new Map((await bulkGetLive(w.db.postings, [...new Set(changes.map((c) => c.postingId))])).map((p) => [p.id, p]));
  const issues: FieldIssue[] = [];
  const months = new Map<string, Record<string, unknown>>();
  for (const c of changes) {
    const posting = postings.get(c.postingId);
    if (!posting) {
      issues.push({ field: 'postingId', message: '挂职记录已被删除，不能登记考勤' });
      continue;
    }
    const period = attendancePeriod(posting);
    if (c.date < period.startDate || (period.endDate !== null && c.date > period.endDate)) {
      issues.push({ field: 'date', message: `${formatDateChinese(c.date)}不在挂职期间内，不能登记考勤` });
      continue;
    }
    const key = `${c.postingId}|${monthOf(c.date)}`;
    const input = months.get(key) ?? { postingId: c.postingId, month: monthOf(c.date) };
    input[dayField(Number(c.date.slice(8, 10)))] = c.status;
    months.set(key, input);
  }
  if (issues.length) throw new ValidationError(dedupe(issues));
  await w.createMany(
    'attendanceMonths',
    [...months.values()].map((input) => ({ input: input as InputOf<'attendanceMonths'> })),
  );
  return changes.length;
}

/** Saves the details of one posting-day (note, times, who checked); an empty detail stays a record with nulls. */
export async function setAttendanceDetail(w: Writer, input: InputOf<'attendanceDays'>): Promise<void> {
  await w.create('attendanceDays', input);
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.message) && seen.add(i.message));
}

/** What the import of one clock-in export writes (the preview's days, and where they came from). */
export interface ClockImport {
  days: readonly PlannedDay[];
  /** The file's name, kept with every day's punches. */
  sourceFile: string;
}

/**
 * Imports a clock-in export as previewed, in one transaction: the status of every day the plan
 * sets or overwrites (never a kept hand-set day), and for every day in the posting period the raw
 * punches with their source file, 签到/签退 times and the status the import suggested (so a later
 * import knows which statuses a clerk set by hand). Days outside the posting period are skipped.
 */
export async function importClockIn(w: Writer, plan: ClockImport): Promise<{ statuses: number; days: number }> {
  const inPeriod = plan.days.filter((d) => d.action !== 'outside');
  const statuses = await setAttendanceCells(
    w,
    inPeriod.filter((d) => d.action === 'set' || d.action === 'overwrite').map((d) => ({ postingId: d.postingId, date: d.date, status: d.suggestion.status })),
  );
  await w.createMany(
    'attendanceDays',
    inPeriod.map((d) => ({
      input: {
        postingId: d.postingId,
        date: d.date,
        method: 'appImport',
        importedStatus: d.suggestion.status,
        punches: d.punches.slice(0, MAX_PUNCHES).map((p) => ({ time: p.time, kind: p.kind, result: p.result.slice(0, 40), place: p.place ? p.place.slice(0, 200) : null })),
        signInTime: d.signIn,
        signOutTime: d.signOut,
        sourceFile: plan.sourceFile.slice(0, 200),
      },
    })),
  );
  return { statuses, days: inPeriod.length };
}

/** Punches kept per day (the schema's limit); a day with more keeps the first ones. */
const MAX_PUNCHES = 50;
