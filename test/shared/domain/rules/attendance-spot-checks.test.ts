import { describe, expect, it } from 'vitest';
import { checkSpotCheck } from '@shared/domain/rules/attendance-spot-checks';

const ctx = { today: '2026-11-21', period: { startDate: '2026-03-01', endDate: null }, onApprovedLeave: false, others: [] };

describe('checkSpotCheck', () => {
  it('counts the other absences of the year, not of other years, and names the institution grades', () => {
    const others = [
      { id: 'a', date: '2026-05-10', result: 'absentUnexcused' },
      { id: 'b', date: '2025-12-10', result: 'absentUnexcused' },
      { id: 'c', date: '2026-06-10', result: 'onDuty' },
    ];
    const r = checkSpotCheck({ date: '2026-11-02', result: 'absentUnexcused' }, { ...ctx, others, staffCategory: 'institution' });
    expect(r.cap?.capText).toBe('最高评为基本合格');
    // correcting check a itself does not count it twice
    expect(checkSpotCheck({ id: 'a', date: '2026-05-10', result: 'absentUnexcused' }, { ...ctx, others }).cap?.cap).toBe('2');
  });

  it('warns about an absence on a day of approved leave, and refuses a date before the posting', () => {
    expect(checkSpotCheck({ date: '2026-11-02', result: 'absentUnexcused' }, { ...ctx, onApprovedLeave: true }).warnings[0]!.message).toBe(
      '2026年11月2日有已批准的请假，登记为无故不在岗后当天按缺勤计，请核实',
    );
    expect(checkSpotCheck({ date: '2026-02-27', result: 'onDuty' }, ctx).errors).toEqual([{ field: 'date', message: '抽查日期不在挂职期间（2026年3月1日至今）内' }]);
  });
});
