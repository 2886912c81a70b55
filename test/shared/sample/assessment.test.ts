import { describe, expect, it } from 'vitest';
import { addDays, addMonths, monthOf } from '@shared/domain/dates';
import { weeksOfMonth } from '@shared/domain/rules/weekly-score';
import { generateAssessmentSample } from '@shared/sample/assessment';

/** Two townships of six cadres each, all on post since 2025. */
const input = {
  seed: 7,
  townships: [
    { id: 't1', name: '普安镇' },
    { id: 't2', name: '回龙镇' },
  ],
  postings: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, cadreId: `c${i}`, townshipId: i < 6 ? 't1' : 't2', startDate: '2025-03-01', plannedEndDate: '2027-12-31', status: 'active' })),
  excellentReviews: [],
};

describe('sample weekly scores on every day of the year', () => {
  it('scores every cadre in every week of the last three months and this one that has ended, and no week still running', () => {
    for (let today = '2026-01-01'; today <= '2027-01-01'; today = addDays(today, 1)) {
      const sample = generateAssessmentSample({ ...input, today });
      const months = [-3, -2, -1, 0].map((n) => monthOf(addMonths(`${monthOf(today)}-01`, n)));
      // months of a year without holiday data (2027) are left for the clerk
      const weeks = months.filter((m) => m < '2027').flatMap((m) => weeksOfMonth(m));
      const scored = new Map<string, number>();
      for (const s of sample.weeklyScores) scored.set(s.weekStart, (scored.get(s.weekStart) ?? 0) + 1);
      expect(
        [...scored.entries()].sort(),
        today,
      ).toEqual(weeks.filter((w) => addDays(w, 6) < today).map((w) => [w, 12]));
      // the reminder answers last month's black list, the second month running
      expect(sample.talks.find((t) => t.trigger === 'weeklyBottom')?.triggerKey, today).toBe(`weeklyBottom:${months[2]}`);
    }
  });
});
