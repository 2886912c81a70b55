import { describe, expect, it } from 'vitest';
import { AttendanceMonthSchema, DAY_FIELDS, dayField } from '@shared/domain/entities/attendance-month';
import { fieldMeta } from '@shared/domain/entities/fields';
import { zodIssues } from '@shared/domain/issues';

describe('attendance of a posting-month', () => {
  it('has one field per day, labelled in Chinese', () => {
    expect(DAY_FIELDS).toHaveLength(31);
    expect([dayField(1), dayField(31)]).toEqual(['d01', 'd31']);
    expect(fieldMeta(AttendanceMonthSchema.shape.d09)?.title).toBe('9日');
  });

  it('holds a status code or nothing per day', () => {
    const m = AttendanceMonthSchema.parse({ postingId: 'p1', month: '2026-11', d01: 'present', d02: '', d03: null });
    expect([m.d01, m.d02, m.d03, m.d30]).toEqual(['present', null, null, null]);
    const bad = AttendanceMonthSchema.safeParse({ postingId: 'p1', month: '2026-11', d04: 'here' });
    expect(bad.success ? [] : zodIssues(bad.error)).toEqual([{ field: 'd04', message: '4日不在《考勤状态》代码表中' }]);
  });

  it('refuses a day the month does not have', () => {
    const r = AttendanceMonthSchema.safeParse({ postingId: 'p1', month: '2026-02', d28: 'present', d29: 'present', d31: 'leave' });
    expect(r.success ? [] : zodIssues(r.error)).toEqual([
      { field: 'd29', message: '2026年2月只有28天，不能登记29日的考勤' },
      { field: 'd31', message: '2026年2月只有28天，不能登记31日的考勤' },
    ]);
    expect(AttendanceMonthSchema.safeParse({ postingId: 'p1', month: '2028-02', d29: 'present' }).success).toBe(true);
  });
});
