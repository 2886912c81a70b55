import { collectRecordBookAlerts } from '../../db/queries/record-book-alerts';
import type { AlertSource } from '../overview/alert-sources';
import { T } from './texts';

/** The 纪实手册's alerts on 概览: gaps in the 纪实, and inspections overdue or not rectified. */
export const RECORD_BOOK_ALERTS: AlertSource = {
  key: 'records',
  collect: collectRecordBookAlerts,
  tabs: [
    { key: 'recordGap', label: T.alerts.gap, empty: T.alerts.noGap, kinds: ['dailyEntryGap', 'monthlyAnalysisMissing', 'calendarMissing'] },
    { key: 'recordCheck', label: T.alerts.check, empty: T.alerts.noCheck, kinds: ['inspectionOverdue', 'rectificationOverdue'] },
  ],
};
