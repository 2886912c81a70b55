import type { SiteSettings } from '@shared/domain/site';
import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import * as repo from '../repositories/attendance-rules';
import type { SiteState, Store } from '../store';

export type { AttendanceRulesInput } from '../repositories/attendance-rules';

/** First-run setup: this PC's site id, role, label and home unit, and the preset rule sets. */
export function setUpSite(store: Store, settings: Omit<SiteSettings, 'homeUnitId'>, homeUnit: InputOf<'units'>): Promise<SiteState> {
  return store.setUp(settings, homeUnit);
}

/** 设置: changes this PC's label, role, county name or home unit. */
export function updateSettings(store: Store, patch: Partial<SiteSettings>): Promise<SiteState> {
  return store.updateSettings(patch);
}

/** 设置 → 考勤规则: saves the county's attendance rules and its default leave rule set's day counting (synced). */
export function saveAttendanceRules(store: Store, input: repo.AttendanceRulesInput): Promise<Row<'attendanceRules'>> {
  return store.write((w) => repo.saveAttendanceRules(w, input));
}
