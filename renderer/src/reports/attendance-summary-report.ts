// 月度考勤汇总表 (DOMAIN §4.3) of the postings shown in 考勤表 for its month.
import { z } from 'zod';
import { todayIso } from '@shared/domain/dates';
import { buildAttendanceSummary } from '@shared/reports/attendance-summary';
import { loadAttendanceReport, reportMonth } from './attendance-source';
import { ATTENDANCE_REPORT_TEXTS as T } from './attendance-texts';
import { defineReport } from './report-definition';

export const attendanceSummaryReport = defineReport({
  id: 'attendance-summary',
  title: T.summaryTitle,
  rowNoun: '人',
  options: z.object({}),
  selection: { defaultMonth: 'last' },
  intro: (selection) => T.intro(selection.scopeName ?? '', reportMonth(selection, todayIso()), selection.postingIds?.length, T.summaryTitle),
  load: (ctx) => loadAttendanceReport(ctx),
  build: (data) => buildAttendanceSummary(data.rows, { month: data.month, scopeName: data.scopeName, reportingUnit: data.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.summaryFile(data.scopeName, data.month),
});
