// The tabs of 设置. The first holds this PC's identity, the sample data and 关于; every feature that
// has settings of its own (节假日安排, 备份与恢复, rule sets, 纪实手册使用说明 …) adds ONE entry here and
// keeps its screen in its own folder.
import type { ComponentType } from 'react';
import { RecordBookSettingsSection } from '../records/record-book-settings-section';
import { T as RECORDS } from '../records/texts';
import { AttendanceRulesSection } from '../attendance/attendance-rules-section';
import { HolidaysSection } from '../attendance/holidays-section';
import { T as ATTENDANCE_TEXTS } from '../attendance/texts';
import { BackupSection } from '../exchange/backup-section';
import { T as EXCHANGE_T } from '../exchange/texts';
import { ScoreRulesSection } from '../assessment/score-rules-section';
import { T as ASSESSMENT_T } from '../assessment/texts';
import { SiteSettingsSection } from './site-settings-section';
import { T } from './texts';

/** One tab of 设置: its route key (`#/settings/<key>`), its label and its screen. */
export interface SettingsSection {
  key: string;
  label: string;
  Section: ComponentType;
}

/** Every settings tab, in order. */
export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { key: 'site', label: T.tab.site, Section: SiteSettingsSection },
  { key: 'records', label: RECORDS.settings.tab, Section: RecordBookSettingsSection },
  { key: 'holidays', label: ATTENDANCE_TEXTS.tab.holidays, Section: HolidaysSection },
  { key: 'attendance-rules', label: ATTENDANCE_TEXTS.tab.rules, Section: AttendanceRulesSection },
  { key: 'score-rules', label: ASSESSMENT_T.rules.title, Section: ScoreRulesSection },
  { key: 'backup', label: EXCHANGE_T.backup.tab, Section: BackupSection },
];
