import { describe, expect, it } from 'vitest';
import { generateAssessmentSample } from '@shared/sample/assessment';
import { loadSample } from '../../../renderer/src/db/operations';
import { listAssessments } from '../../../renderer/src/db/queries/assessments';
import { listReservePool } from '../../../renderer/src/db/queries/reserve-pool';
import { listTalks, loadTalkProposals } from '../../../renderer/src/db/queries/talks';
import { listTownships, loadMonthRollup, loadMonthWeeks } from '../../../renderer/src/db/queries/weekly-scores';
import { newStore } from './test-store';

describe('the 考核 part of the sample county', () => {
  // an ordinary day, and the 1st of a month whose last week (30 November – 6 December) is still running
  it.each([
    { today: '2026-11-18', last: '2026-10', ended: ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'], running: [] },
    { today: '2026-12-01', last: '2026-11', ended: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'], running: ['2026-11-30'] },
  ])('on $today scores the first townships’ ended weeks, assesses, talks and fills the reserve pool; a black list twice in a row awaits its talk', async ({ today, last, ended, running }) => {
    const store = await newStore();
    await loadSample(store, 300, { today });
    const [first, , , , , , seventh] = await listTownships(store.db);
    const weeks = await loadMonthWeeks(store.db, first!.id, last);
    expect(weeks.map((w) => w.weekStart)).toEqual([...ended, ...running]);
    for (const w of weeks) {
      expect(w.expected).toBeGreaterThan(0);
      // a week is scored once it has ended, never before
      expect(w.scored).toBe(ended.includes(w.weekStart) ? w.expected : 0);
    }
    expect((await loadMonthWeeks(store.db, seventh!.id, last)).every((w) => w.scored === 0)).toBe(true);
    const rollup = await loadMonthRollup(store.db, first!.id, last);
    expect(rollup.red.length).toBeGreaterThanOrEqual(3);
    expect(rollup.black.length).toBeGreaterThanOrEqual(1);

    const proposals = await loadTalkProposals(store.db, today);
    expect(proposals.some((p) => p.trigger === 'weeklyBottom' && p.triggerKey === `weeklyBottom:${last}`)).toBe(true);
    const talks = await listTalks(store.db);
    expect(talks.map((t) => t.talk.status).sort()).toEqual(['closed', 'planned']);

    const year = String(Number(today.slice(0, 4)) - 1);
    const annual = await listAssessments(store.db, { kind: 'annual', year });
    expect(annual.length).toBeGreaterThan(20);
    expect(new Set(annual.map((a) => a.assessment.grade))).toContain('2');
    expect((await listAssessments(store.db, { kind: 'routine' })).length).toBeGreaterThan(20);
    const pool = await listReservePool(store.db);
    expect(pool.some((e) => e.entry.basis === 'endOfTermExcellent')).toBe(true);
    expect(pool.filter((e) => e.entry.status === 'used')).toHaveLength(1);
  });

  it('is the same on every load (seeded)', () => {
    const input = {
      today: '2026-11-30',
      seed: 7,
      townships: [{ id: 't1', name: '普安镇' }],
      postings: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, cadreId: `c${i}`, townshipId: 't1', startDate: '2025-03-01', plannedEndDate: '2027-02-28', status: 'active' })),
      excellentReviews: [],
    };
    expect(generateAssessmentSample(input)).toEqual(generateAssessmentSample(input));
    // August 2026 has five Mondays, September and October four, November four ended weeks before the 30th
    expect(generateAssessmentSample(input).weeklyScores.length).toBe(6 * 17);
  });
});
