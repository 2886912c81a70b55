import { describe, expect, it } from 'vitest';
import { checkAttendanceRuleSet } from '@shared/domain/rules/attendance-rule-set';

describe('checkAttendanceRuleSet', () => {
  it('accepts the defaults and a set without 公出', () => {
    expect(checkAttendanceRuleSet({})).toEqual([]);
    expect(checkAttendanceRuleSet({ inPostStatuses: ['present', 'late'] })).toEqual([]);
  });

  it('insists on 在岗 and refuses days not worked, naming them', () => {
    expect(checkAttendanceRuleSet({ inPostStatuses: ['officialOuting'] })).toEqual([{ field: 'inPostStatuses', message: '“在岗”必须计为在岗天数，请勾选' }]);
    expect(checkAttendanceRuleSet({ inPostStatuses: ['present', 'leave', 'rest'] })).toEqual([{ field: 'inPostStatuses', message: '“请假”、“休息”不是在岗，不能计为在岗天数，请取消勾选' }]);
  });
});
