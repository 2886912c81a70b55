import { COUNTY_SCOPE, type AttendanceRules } from '@shared/domain/entities/attendance-rules';
import { DEFAULT_ATTENDANCE_RULES, type AttendanceRuleSet } from '@shared/domain/rules/attendance';
import { DEFAULT_ATTENDANCE_SYMBOLS, type AttendanceSymbol } from '@shared/domain/rules/attendance-symbols';
import { keyedId } from '@shared/domain/tables';
import type { ReadDb } from '../database';
import { getLive } from './live';

/** The county's attendance rules as the rules and the grid use them. */
export interface AttendanceSettings {
  rules: AttendanceRuleSet;
  symbols: readonly AttendanceSymbol[];
  /** The stored record, or null while the defaults apply. */
  stored: AttendanceRules | null;
}

/** The id of the county's attendance rule set (one record, keyed by its scope). */
export const ATTENDANCE_RULES_ID = keyedId('attendanceRules', COUNTY_SCOPE);

/** The defaults of DOMAIN §7.1 and the default symbols, as a form starts from. */
export function defaultAttendanceRules(): AttendanceRules {
  return {
    scope: COUNTY_SCOPE,
    minDaysPerMonth: DEFAULT_ATTENDANCE_RULES.minDaysPerMonth,
    minDaysPerYear: DEFAULT_ATTENDANCE_RULES.minDaysPerYear,
    basis: DEFAULT_ATTENDANCE_RULES.basis,
    postingTypes: [...DEFAULT_ATTENDANCE_RULES.postingTypes],
    inPostStatuses: [...DEFAULT_ATTENDANCE_RULES.inPostStatuses],
    leaveRuleSetId: null,
    symbols: DEFAULT_ATTENDANCE_SYMBOLS.map((s) => ({ ...s })),
  };
}

/** The attendance rules in force: the 组织部's record (设置 → 考勤规则), or the defaults. */
export async function loadAttendanceSettings(db: ReadDb): Promise<AttendanceSettings> {
  const row = await getLive(db.attendanceRules, ATTENDANCE_RULES_ID);
  const r = row ?? defaultAttendanceRules();
  return {
    rules: {
      minDaysPerMonth: r.minDaysPerMonth,
      minDaysPerYear: r.minDaysPerYear,
      basis: r.basis as AttendanceRuleSet['basis'],
      postingTypes: [...r.postingTypes],
      inPostStatuses: [...r.inPostStatuses],
    },
    symbols: r.symbols as AttendanceSymbol[],
    stored: row ?? null,
  };
}
