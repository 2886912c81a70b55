// 出勤率（按月） for the 概览 chart: the county's (or a township's) 合计 出勤率 of each month, the same
// figure as the 合计 row of the 月度考勤汇总表 (attendanceTotals over THE effective attendance).
import { CalendarDataMissingError } from '@shared/domain/calendar';
import { addMonths } from '@shared/domain/dates';
import { attendanceTotals, type AttendanceSummary } from '@shared/domain/rules/attendance';
import type { ReadDb, Row } from '../database';
import { postingsOfMonth, unitsById } from './allowance';
import { loadEffectiveMonths } from './attendance-effective';
import { bulkGetLive } from './live';

/** One bar of the chart. */
export interface MonthRate {
  month: string;
  people: number;
  requiredDays: number;
  presentOnWorkdays: number;
  /** Working days without any status yet: a low rate may only mean attendance was not entered. */
  unrecordedDays: number;
  /** % with one decimal; null when nothing was required or the calendar of the year is missing. */
  rate: number | null;
  calendarMissing: boolean;
}

/** The `count` whole months before the month of `today`, oldest first. */
export function lastMonths(today: string, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(today, i - count).slice(0, 7));
}

/** The 出勤率 of each month, for the postings on post in it (in the township `townId` when given). */
export async function attendanceRateByMonth(db: ReadDb, months: readonly string[], townId: string | null = null): Promise<MonthRate[]> {
  const out: MonthRate[] = [];
  for (const month of months) {
    const ids = (await postingsOfMonth(db, month, { townId })).map((p) => p.id);
    try {
      const totals = attendanceTotals([...(await loadEffectiveMonths(db, ids, month)).values()].map((m) => m.summary));
      out.push({ month, people: totals.people, requiredDays: totals.requiredDays, presentOnWorkdays: totals.presentOnWorkdays, unrecordedDays: totals.unrecordedDays, rate: totals.attendanceRate, calendarMissing: false });
    } catch (e) {
      if (!(e instanceof CalendarDataMissingError)) throw e;
      out.push({ month, people: ids.length, requiredDays: 0, presentOnWorkdays: 0, unrecordedDays: 0, rate: null, calendarMissing: true });
    }
  }
  return out;
}

/** One person behind a bar: the posting, the cadre's name, the receiving unit and the month's figures. */
export interface MonthRateRow {
  posting: Row<'postings'>;
  cadreName: string;
  receivingUnit: string;
  summary: AttendanceSummary;
}

/** The list behind one month's bar, lowest 出勤率 first. */
export async function attendanceRateList(db: ReadDb, month: string, townId: string | null = null): Promise<MonthRateRow[]> {
  const units = await unitsById(db);
  const postings = await postingsOfMonth(db, month, { townId });
  const effective = await loadEffectiveMonths(
    db,
    postings.map((p) => p.id),
    month,
  );
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(postings.map((p) => p.cadreId))])).map((c) => [c.id, c]));
  return [...effective.values()]
    .map((m) => ({ posting: m.posting, cadreName: cadres.get(m.posting.cadreId)?.name ?? '', receivingUnit: units.get(m.posting.receivingUnitId)?.name ?? '', summary: m.summary }))
    .sort((a, b) => (a.summary.attendanceRate ?? 101) - (b.summary.attendanceRate ?? 101) || a.cadreName.localeCompare(b.cadreName, 'zh-CN'));
}
