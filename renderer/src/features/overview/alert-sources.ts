// The alert sources of 概览: each feature contributes the alerts of its rules and the tabs they
// are shown under, so 概览 itself never changes when a feature adds a warning.
//
// HOW TO ADD AN ALERT SOURCE (e.g. the leave alerts of 考勤请假):
//   1. The rule is a pure function in shared/domain/rules/<feature>.ts returning `Alert[]` (kind,
//      severity, message in Chinese, postingId/cadreId, optionally dueDate and a `link`).
//   2. A query in renderer/src/db/queries/<feature>-alerts.ts loads what the rule needs through
//      indexes (never a whole-table scan on a big table) and calls it: `collect(db, today)`.
//   3. One entry below: the source's key, its `collect`, and its tabs (label with the count, the
//      empty-state text, the alert kinds each tab shows). Texts live in the feature's texts.ts.
//   4. A test that the rule raises the alert (shared) and, if the query is not trivial, a renderer
//      test that `collect` finds it in a database.
import type { Alert } from '@shared/domain/rules/alerts';
import type { ReadDb } from '../../db/database';
import { collectAlerts } from '../../db/queries/alerts';
import { RECORD_BOOK_ALERTS } from '../records/record-book-alerts';
import { collectAttendanceAlerts } from '../../db/queries/attendance-alerts';
import { T as ATTENDANCE_TEXTS } from '../attendance/texts';
import { collectAssessmentAlerts } from '../../db/queries/assessment-alerts';
import { T as ASSESSMENT_T } from '../assessment/texts';
import { T } from './texts';

/** One tab of 需要办理的事项. */
export interface AlertTab {
  key: string;
  label: (count: number) => string;
  empty: string;
  /** the alert kinds this tab lists */
  kinds: readonly string[];
}

/** A feature's alerts: how to collect them and the tabs that show them. */
export interface AlertSource {
  key: string;
  collect: (db: ReadDb, today: string) => Promise<Alert[]>;
  tabs: readonly AlertTab[];
}

/** The registry's own alerts: terms ending, overdue, end-of-term files, data quality. */
const registryAlerts: AlertSource = {
  key: 'registry',
  collect: collectAlerts,
  tabs: [
    { key: 'expiring', label: T.tab.expiring, empty: T.none.expiring, kinds: ['expiring'] },
    { key: 'overdue', label: T.tab.overdue, empty: T.none.overdue, kinds: ['overdue'] },
    { key: 'file', label: T.tab.file, empty: T.none.file, kinds: ['fileIncomplete'] },
    { key: 'dq', label: T.tab.dq, empty: T.none.dq, kinds: ['dataQuality'] },
  ],
};

/** 考勤请假: leave overdue or started unapproved or over the yearly limit, and spot-check grade caps. */
const attendanceAlerts: AlertSource = {
  key: 'attendance',
  collect: collectAttendanceAlerts,
  tabs: [
    { key: 'leave', label: ATTENDANCE_TEXTS.alerts.leave, empty: ATTENDANCE_TEXTS.alerts.leaveNone, kinds: ['leaveOverstayed', 'leaveApprovalIncomplete', 'leaveYearlyLimit', 'calendarMissing'] },
    { key: 'grade-cap', label: ATTENDANCE_TEXTS.alerts.gradeCap, empty: ATTENDANCE_TEXTS.alerts.gradeCapNone, kinds: ['gradeCap'] },
  ],
};

/** 考核: weeks without a score; on a 组织部 PC also proposed, overdue and follow-up talks (one tab, so a township's PC shows no talk tab). */
const assessmentAlerts: AlertSource = {
  key: 'assessment',
  collect: collectAssessmentAlerts,
  tabs: [{ key: 'assessment', label: ASSESSMENT_T.alerts.tab, empty: ASSESSMENT_T.alerts.none, kinds: ['weeklyScoreMissing', 'talkProposed', 'talkOverdue', 'talkFollowUp'] }],
};

/** Every source, in the order of the tabs on 概览. */
export const ALERT_SOURCES: readonly AlertSource[] = [registryAlerts, attendanceAlerts, RECORD_BOOK_ALERTS, assessmentAlerts];

/** The alerts of every source; a source that fails is reported by kind `sourceFailed` instead of hiding the others. */
export async function collectAllAlerts(db: ReadDb, today: string, sources: readonly AlertSource[] = ALERT_SOURCES): Promise<Alert[]> {
  const results = await Promise.all(
    sources.map((s) =>
      s.collect(db, today).catch((e: unknown): Alert[] => [{ kind: 'sourceFailed', severity: 'amber', message: T.sourceFailed(s.key, e instanceof Error ? e.message : String(e)) }]),
    ),
  );
  return results.flat();
}
