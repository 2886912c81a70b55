import { describe, expect, it } from 'vitest';
import { isWorkday } from '@shared/domain/calendar';
import { addDays, addMonths, monthOf } from '@shared/domain/dates';
import { generateSampleRecords, type SampleRecordPosting } from '@shared/sample/records';

/** A dozen cadres on post since 2025, half in villages. */
const postings: SampleRecordPosting[] = Array.from({ length: 12 }, (_, i) => ({
  id: `p${String(i).padStart(2, '0')}`,
  type: i < 6 ? 'firstSecretary' : 'downward',
  status: 'active',
  startDate: `2025-0${1 + (i % 9)}-01`,
  unitName: i < 6 ? '石岭村' : '普安镇',
  townName: '普安镇',
  village: i < 6 ? '石岭村' : null,
  secondedPost: i < 6 ? '第一书记' : '党委副书记',
}));

function dailyMonths(today: string): string[] {
  const { entries } = generateSampleRecords({ postings, today, seed: 20261130 });
  return [...new Set(entries.filter((e) => e.kind === 'daily').map((e) => e.date!.slice(0, 7)))].sort();
}

describe('sample 纪实 dates', () => {
  it.each([
    // an ordinary day: two whole months and this month up to yesterday
    ['2026-11-18', ['2026-09', '2026-10', '2026-11']],
    // the 1st of a month (a Tuesday): this month has nothing yet, so the three months before it
    ['2026-12-01', ['2026-09', '2026-10', '2026-11']],
    // a month starting on a Sunday, and on a Monday
    ['2026-11-01', ['2026-08', '2026-09', '2026-10']],
    ['2026-06-01', ['2026-03', '2026-04', '2026-05']],
    // 1 January, also of a year the holiday data does not cover yet
    ['2026-01-01', ['2025-10', '2025-11', '2025-12']],
    ['2027-01-01', ['2026-10', '2026-11', '2026-12']],
  ])('on %s covers three months of daily entries: %j', (today, months) => {
    expect(dailyMonths(today)).toEqual(months);
  });

  it('on every day of the year: the month of yesterday and the two before it, nothing from today on', () => {
    for (let today = '2026-01-02'; today <= '2027-01-01'; today = addDays(today, 1)) {
      const yesterday = addDays(today, -1);
      const window = [-2, -1, 0].map((n) => monthOf(addMonths(`${monthOf(yesterday)}-01`, n)));
      const { entries, inspection } = generateSampleRecords({ postings, today, seed: 20261130 });
      const daily = entries.filter((e) => e.kind === 'daily');
      const months = [...new Set(daily.map((e) => e.date!.slice(0, 7)))].sort();
      expect(daily.every((e) => e.date! <= yesterday), today).toBe(true);
      expect(months.slice(0, 2), today).toEqual(window.slice(0, 2));
      // yesterday's month is surely written in once it has had a working day (on 3 October it is all 国庆 holiday)
      let worked = false;
      for (let d = `${window[2]}-01`; d <= yesterday; d = addDays(d, 1)) worked ||= isWorkday(d);
      if (worked) expect(months, today).toEqual(window);
      else expect(months.every((m) => window.includes(m)), today).toBe(true);
      expect(new Set(daily.map((e) => e.postingId)).size, today).toBe(12);
      // the inspection checks entries of last month that are there
      expect(inspection, today).not.toBeNull();
      expect(daily.some((e) => e.postingId === inspection!.postingId && e.date! >= inspection!.periodFrom && e.date! <= inspection!.periodTo), today).toBe(true);
    }
  });
});
