import { dayField } from '@shared/domain/entities/attendance-month';
import { attendancePeriod, type AttendanceStatusCode } from '@shared/domain/rules/attendance';
import { AttendanceDayDetailSchema, isEmptyDayDetail, type AttendanceDayDetailInput } from '@shared/domain/entities/attendance-details';
import { formatDateChinese, isValidIsoDate, monthOf } from '@shared/domain/dates';
import type { FieldIssue } from '@shared/domain/issues';
import type { PlannedDay } from '@shared/import/clock-in-plan';
import { keyedId, type InputOf } from '@shared/domain/tables';
import { ValidationError } from '../errors';
import { bulkGetLive, getLive } from '../queries/live';
import { issuesOf, type Writer } from '../writer';

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

/** The details of one posting-day to save: the fields given replace the day's, the others stay. */
export type DayDetailInput = { postingId: string; date: string } & Partial<AttendanceDayDetailInput>;

/**
 * Saves the details of one posting-day (note, times, who checked) into its month's details record:
 * the given fields over what the day holds, the day stamped as a whole. A day left with nothing is
 * stored as null (no details).
 */
export async function setAttendanceDetail(w: Writer, input: DayDetailInput): Promise<void> {
  const { postingId, date, ...given } = input;
  if (!isValidIsoDate(date)) throw new ValidationError([{ field: 'date', message: '日期应为有效日期（如2024-05-06）' }]);
  const month = monthOf(date);
  const field = dayField(Number(date.slice(8, 10)));
  const stored = await getLive(w.db.attendanceDetails, keyedId('attendanceDetails', postingId, month));
  const day = AttendanceDayDetailSchema.safeParse({ ...(stored?.[field] ?? {}), ...given });
  if (!day.success) throw new ValidationError(issuesOf(day.error));
  await w.create('attendanceDetails', { postingId, month, [field]: isEmptyDayDetail(day.data) ? null : day.data } as InputOf<'attendanceDetails'>);
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
 * Both go into one keyed record per posting-month (statuses and details), only the imported days
 * stamped; a day's details replace what an earlier import or the clerk stored for that day.
 */
export async function importClockIn(w: Writer, plan: ClockImport): Promise<{ statuses: number; days: number }> {
  const inPeriod = plan.days.filter((d) => d.action !== 'outside');
  const statuses = await setAttendanceCells(
    w,
    inPeriod.filter((d) => d.action === 'set' || d.action === 'overwrite').map((d) => ({ postingId: d.postingId, date: d.date, status: d.suggestion.status })),
  );
  const sourceFile = plan.sourceFile.slice(0, 200);
  const months = new Map<string, Record<string, unknown>>();
  for (const d of inPeriod) {
    const key = `${d.postingId}|${monthOf(d.date)}`;
    const input = months.get(key) ?? { postingId: d.postingId, month: monthOf(d.date) };
    input[dayField(Number(d.date.slice(8, 10)))] = {
      method: 'appImport',
      importedStatus: d.suggestion.status,
      punches: d.punches.slice(0, MAX_PUNCHES).map((p) => ({ time: p.time, kind: p.kind, result: p.result.slice(0, 40), place: p.place ? p.place.slice(0, 200) : null })),
      signInTime: d.signIn,
      signOutTime: d.signOut,
      sourceFile,
    } satisfies AttendanceDayDetailInput;
    months.set(key, input);
  }
  await w.createMany(
    'attendanceDetails',
    [...months.values()].map((input) => ({ input: input as InputOf<'attendanceDetails'> })),
  );
  return { statuses, days: inPeriod.length };
}

/** Punches kept per day (the schema's limit); a day with more keeps the first ones. */
const MAX_PUNCHES = 50;
