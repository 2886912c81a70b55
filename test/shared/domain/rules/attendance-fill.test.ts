import { describe, expect, it } from 'vitest';
import { effectiveAttendanceMonth } from '@shared/domain/rules/attendance';
import { datesToMarkPresent, weekAround } from '@shared/domain/rules/attendance-fill';

describe('本周全部在岗', () => {
  it('finds the Monday-to-Sunday week of a date', () => {
    expect(weekAround('2026-11-05')).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
    expect(weekAround('2026-11-01')[0]).toBe('2026-10-26');
  });

  it('marks only blank working days in the period: recorded days, leave, spot-check absences and weekends stay', () => {
    const month = effectiveAttendanceMonth({
      month: '2026-10',
      period: { startDate: '2026-10-01', endDate: null },
      stored: { postingId: 'p', month: '2026-10', d13: 'officialOuting' },
      leaveDays: [{ date: '2026-10-14', fraction: 1, leaveRequestId: 'l', type: 'sick' }],
      spotChecks: [{ date: '2026-10-15', result: 'absentUnexcused' }],
    });
    // the week of 12 October 2026 (no holiday); 国庆节: 1–7 off, Thu 8 and Fri 9 worked, Sat 10 a make-up day
    expect(datesToMarkPresent(month, weekAround('2026-10-14'))).toEqual(['2026-10-12', '2026-10-16']);
    expect(datesToMarkPresent(month, weekAround('2026-10-03'))).toEqual([]);
    expect(datesToMarkPresent(month, weekAround('2026-10-10'))).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
  });
});
