// Loading the rows of the 月度考勤汇总表 and the 考勤通报: the selected postings (or every posting
// with attendance in the month) through the grid's query, so the reports print what the grid shows.
import { addMonths } from '@shared/domain/dates';
import type { AttendanceReportRow } from '@shared/reports/attendance-summary';
import { gridPostingIds, loadGridRows } from '../db/queries/attendance-grid';
import { listUnits } from '../db/queries/units';
import { ATTENDANCE_REPORT_TEXTS as T } from './attendance-texts';
import type { ReportContext, ReportSelection } from './report-definition';

/** Postings read per chunk. */
const LOAD_CHUNK = 500;

/** The month a monthly report is about: the selected one, else last month (the report due by the 5th). */
export function reportMonth(selection: ReportSelection, today: string): string {
  return selection.month ?? addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** What the attendance reports are built from. */
export interface AttendanceReportData {
  rows: AttendanceReportRow[];
  month: string;
  scopeName: string;
  reportingUnit: string;
  today: string;
}

/** The report rows of the selection's postings (all postings with attendance in the month when none are selected). */
export async function loadAttendanceReport(ctx: ReportContext): Promise<AttendanceReportData> {
  const month = reportMonth(ctx, ctx.today);
  const ids = ctx.postingIds ?? (await gridPostingIds(ctx.db, { month, unitIds: [], batchIds: [], types: [] }));
  const units = new Map((await listUnits(ctx.db)).map((u) => [u.id, u]));
  const rows: AttendanceReportRow[] = [];
  for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
    for (const r of await loadGridRows(ctx.db, ids.slice(i, i + LOAD_CHUNK), month)) {
      const { startDate, endDate } = r.period;
      const remarks = [startDate.startsWith(month) ? T.arrived(startDate) : '', endDate?.startsWith(month) ? T.left(endDate) : ''].filter(Boolean).join('，');
      const dispatching = units.get(r.posting.dispatchingUnitId);
      rows.push({ name: r.name, dispatchingUnit: dispatching?.name ?? '', hostAndPost: `${r.unitLabel} ${r.posting.secondedPost}`, summary: r.summary, ...(remarks ? { remarks } : {}) });
    }
    ctx.onProgress?.(Math.min(1, (i + LOAD_CHUNK) / Math.max(1, ids.length)));
  }
  return { rows, month, scopeName: ctx.scopeName ?? ctx.site.countyName, reportingUnit: ctx.site.reportingUnit, today: ctx.today };
}
