import { describe, expect, it } from 'vitest';
import { generateSampleAttendance, type AttendanceSamplePosting } from '@shared/sample/attendance';

const tiers = [
  { maxDays: 3, approverRole: '乡镇党委书记', label: null },
  { maxDays: 7, approverRole: '县委组织部', label: null },
];

/** Postings received in December, when the calendar knows this year but not the next. */
function decemberPostings(count: number): AttendanceSamplePosting[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    type: i % 2 ? '驻村工作队' : '下派',
    status: 'active',
    startDate: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
    plannedEndDate: '2028-12-31',
    tiers,
    countWorkingDaysOnly: true,
  }));
}

describe('sample attendance in December', () => {
  it('loads without asking for next year’s holidays: leaves that would run into 2027 are left out', () => {
    let leaves = 0;
    for (const today of ['2026-12-01', '2026-12-15', '2026-12-31']) {
      for (let seed = 1; seed <= 20; seed++) {
        const sample = generateSampleAttendance(decemberPostings(200), { today, seed });
        for (const { request } of sample.leaves) expect(request.endDate < '2027-01-01').toBe(true);
        leaves += sample.leaves.length;
      }
    }
    expect(leaves).toBeGreaterThan(100);
  });
});
