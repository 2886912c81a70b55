// 考勤通报 (DOMAIN §4.3): the month's summary with the narrative paragraph naming the anomalies.
import { z } from 'zod';
import { todayIso } from '@shared/domain/dates';
import { buildAttendanceBulletin } from '@shared/reports/attendance-summary';
import { loadAttendanceReport, reportMonth } from './attendance-source';
import { ATTENDANCE_REPORT_TEXTS as T } from './attendance-texts';
import { defineReport } from './report-definition';

export const attendanceBulletinReport = defineReport({
  id: 'attendance-bulletin',
  title: T.bulletinTitle,
  rowNoun: '人',
  options: z.object({}),
  selection: { defaultMonth: 'last' },
  intro: (selection) => T.intro(selection.scopeName ?? '', reportMonth(selection, todayIso()), selection.postingIds?.length, T.bulletinTitle),
  load: (ctx) => loadAttendanceReport(ctx),
  build: (data) => buildAttendanceBulletin(data.rows, { month: data.month, scopeName: data.scopeName, reportingUnit: data.reportingUnit, reportDate: data.today }),
  fileName: (data) => T.bulletinFile(data.scopeName, data.month),
});
