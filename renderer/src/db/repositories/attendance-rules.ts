import { COUNTY_SCOPE } from '@shared/domain/entities/attendance-rules';
import { checkAttendanceRuleSet } from '@shared/domain/rules/attendance-rule-set';
import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { DEFAULT_LEAVE_RULE_SET_ID } from '../queries/leave-rules';
import { getLive } from '../queries/live';
import type { Writer } from '../writer';

/** What 设置 → 考勤规则 saves: the county's rule set, and how its default leave rule set counts days. */
export type AttendanceRulesInput = Omit<InputOf<'attendanceRules'>, 'scope'> & {
  /** Written to the chosen 请假审批规则 (every batch and posting that uses it counts the same way). */
  leave: Pick<InputOf<'leaveRuleSets'>, 'countWorkingDaysOnly' | 'yearlyLimitDays'>;
};

/**
 * Saves the county's attendance rules (the one keyed record; only the fields given are stamped) and
 * the day counting and yearly limit of the default leave rule set it names, in one transaction.
 */
export async function saveAttendanceRules(w: Writer, input: AttendanceRulesInput): Promise<Row<'attendanceRules'>> {
  const { leave, ...rules } = input;
  const issues = checkAttendanceRuleSet(rules);
  const setId = rules.leaveRuleSetId || DEFAULT_LEAVE_RULE_SET_ID;
  const set = await getLive(w.db.leaveRuleSets, setId);
  if (!set) issues.push({ field: 'leaveRuleSetId', message: '所选的请假审批规则已被删除，请重新选择' });
  if (issues.length) throw new ValidationError(issues);
  const row = await w.create('attendanceRules', { ...rules, scope: COUNTY_SCOPE });
  if (set!.countWorkingDaysOnly !== leave.countWorkingDaysOnly || set!.yearlyLimitDays !== leave.yearlyLimitDays) await w.update('leaveRuleSets', setId, leave);
  return row;
}
