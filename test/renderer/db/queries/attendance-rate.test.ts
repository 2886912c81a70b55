import { describe, expect, it } from 'vitest';
import { attendanceTotals } from '@shared/domain/rules/attendance';
import { setAttendanceCells } from '../../../../renderer/src/db/operations';
import { attendanceRateByMonth, attendanceRateList, lastMonths } from '../../../../renderer/src/db/queries/attendance-rate';
import { loadAttendanceReport } from '../../../../renderer/src/reports/attendance-source';
import { attendanceCounty, TODAY } from '../attendance-fixture';
import { newStore } from '../test-store';

const WORKDAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30];
const cells = (postingId: string, days: readonly number[]) => days.map((d) => ({ postingId, date: `2026-11-${String(d).padStart(2, '0')}`, status: 'present' as const }));

describe('概览 出勤率（按月）', () => {
  it('is the 合计 出勤率 of the attendance summary for the same month, for the county and a township', async () => {
    const store = await newStore();
    const c = await attendanceCounty(store);
    // 张伟 20 of 21 working days, 刘洋 all 21, 王芳 (from the 16th: 11 working days) none recorded.
    await setAttendanceCells(store, [...cells(c.postings.down.id, WORKDAYS.slice(1)), ...cells(c.postings.elsewhere.id, WORKDAYS)]);
    const [county] = await attendanceRateByMonth(store.db, ['2026-11']);
    expect(county).toMatchObject({ month: '2026-11', people: 3, requiredDays: 53, presentOnWorkdays: 41, rate: 77.4 });
    // the 合计 of the 月度考勤汇总表 of the same month
    const report = await loadAttendanceReport({ db: store.db, site: { countyName: '开江县', reportingUnit: '中共开江县委组织部' }, today: TODAY, month: '2026-11' });
    const totals = attendanceTotals(report.rows.map((r) => r.summary));
    expect([county!.people, county!.requiredDays, county!.presentOnWorkdays, county!.rate]).toEqual([totals.people, totals.requiredDays, totals.presentOnWorkdays, totals.attendanceRate]);

    const [town] = await attendanceRateByMonth(store.db, ['2026-11'], c.township.id);
    expect(town).toMatchObject({ people: 2, requiredDays: 32, presentOnWorkdays: 20, rate: 62.5 });
    // The list behind the bar, lowest rate first.
    const list = await attendanceRateList(store.db, '2026-11', c.township.id);
    expect(list.map((r) => [r.cadreName, r.summary.attendanceRate])).toEqual([
      ['王芳', 0],
      ['张伟', 95.2],
    ]);
    // Before anyone was on post: no bar height.
    const [empty] = await attendanceRateByMonth(store.db, ['2025-12']);
    expect(empty).toMatchObject({ people: 0, rate: null });
  });

  it('covers the 12 whole months before this one', () => {
    expect(lastMonths('2026-11-21')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
  });
});
