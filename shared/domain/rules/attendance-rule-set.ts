import type { FieldIssue } from '../issues';
import { DEFAULT_ATTENDANCE_RULES } from './attendance';

/** Statuses that can never count as in post: the day was not worked, or nothing is known of it. */
const NEVER_IN_POST: Readonly<Record<string, string>> = { absent: '缺勤', leave: '请假', unknown: '未记录', rest: '休息', rotatingRest: '轮休' };

/**
 * What is wrong with the county's attendance rule set beyond its field ranges (设置 → 考勤规则), in
 * Chinese: 在岗 must count as in post, and a day not worked (缺勤, 请假, 休息, 轮休, 未记录) never does.
 */
export function checkAttendanceRuleSet(rules: { inPostStatuses?: readonly string[] | undefined }): FieldIssue[] {
  const inPost = rules.inPostStatuses ?? DEFAULT_ATTENDANCE_RULES.inPostStatuses;
  const issues: FieldIssue[] = [];
  if (!inPost.includes('present')) issues.push({ field: 'inPostStatuses', message: '“在岗”必须计为在岗天数，请勾选' });
  const wrong = inPost.filter((s) => s in NEVER_IN_POST).map((s) => `“${NEVER_IN_POST[s]}”`);
  if (wrong.length) issues.push({ field: 'inPostStatuses', message: `${wrong.join('、')}不是在岗，不能计为在岗天数，请取消勾选` });
  return issues;
}
