// The report registry: every Excel report the app offers, in the order the reports centre lists them.
//
// HOW TO ADD A REPORT (e.g. 请假登记表)
//   1. shared/reports/<name>.ts: a pure builder `buildLeaveRegister(source, opts): WorkbookDocument`
//      made of the document builders — countySheetHead (title, 填报单位/日期 and the header, grouped
//      columns as header paths such as ['请假天数', '事假']), textLines / textBand / totalBand /
//      signatureBand for the footer (shared/reports/document/). Its test in test/shared/reports/
//      checks the rows a clerk would read.
//   2. renderer/src/reports/<name>-report.ts: `export const leaveReport = defineReport({ id, title,
//      rowNoun, options, load, build, fileName })`. Options are a z.object whose every field has a
//      default and goes through option(schema, { label, control }) so the options form can show it;
//      `load` only reads (the query functions of db/queries and the tables, in chunks for big sets)
//      and puts the site and today into the data, so `build` stays pure; Chinese text goes into
//      ./texts.ts.
//   3. Add it to REPORTS below, and a test in test/renderer/reports/ (load from a test store,
//      build, check the document).
// Nothing in a component: a screen offers a report with <ReportDialog report={…} /> (./report-dialog.tsx),
// which shows the options, loads, builds and exports with the progress bar.
import type { ReportDefinition } from './report-definition';
import { allowanceReport } from './allowance-report';
import { attendanceBulletinReport } from './attendance-bulletin-report';
import { attendanceSummaryReport } from './attendance-summary-report';
import { expiryReport } from './expiry-report';
import { leaveRegisterReport } from './leave-register-report';
import { spotCheckRegisterReport } from './spot-check-register-report';
import { rosterReport } from './roster-report';
import { statisticsReport } from './statistics-report';
import { weeklyScoreReport } from './weekly-score-report';
import { redBlackReport } from './red-black-report';
import { talkReport } from './talk-report';
import { annualAssessmentReport } from './annual-assessment-report';
import { reservePoolReport } from './reserve-pool-report';

/** Every report, by id. */
export const REPORTS: readonly ReportDefinition[] = [
  rosterReport,
  statisticsReport,
  expiryReport,
  attendanceSummaryReport,
  attendanceBulletinReport,
  leaveRegisterReport,
  spotCheckRegisterReport,
  weeklyScoreReport,
  redBlackReport,
  talkReport,
  annualAssessmentReport,
  reservePoolReport,
  allowanceReport,
];

/** The report with `id`, or undefined. */
export function reportById(id: string): ReportDefinition | undefined {
  return REPORTS.find((report) => report.id === id);
}
