import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_SCORE_RULES, blankWeeklyItems } from '@shared/domain/rules/weekly-score';
import { scoreRulesFor, sheetItems, weekOrdinal, weekText, weeklyScoreMissingAlerts, type StoredScoreRules } from '@shared/domain/rules/weekly-score-sheet';

const items = (max: number[]) => DEFAULT_WEEKLY_SCORE_RULES.items.map((i, n) => ({ ...i, max: max[n]! }));
const COUNTY: StoredScoreRules = { townshipId: null, items: items([30, 30, 20, 15, 5]), listSize: 3 };
const TOWN: StoredScoreRules = { townshipId: 't1', items: items([20, 20, 20, 30, 10]), listSize: 2 };

describe('which 周考评标准 a township scores by', () => {
  it('its own, else the county’s, else the defaults of DOMAIN §2.13', () => {
    expect(scoreRulesFor([COUNTY, TOWN], 't1')).toEqual({ items: TOWN.items, listSize: 2 });
    expect(scoreRulesFor([COUNTY, TOWN], 't2')).toEqual({ items: COUNTY.items, listSize: 3 });
    expect(scoreRulesFor([TOWN], 't2')).toBe(DEFAULT_WEEKLY_SCORE_RULES);
    expect(scoreRulesFor([], null)).toBe(DEFAULT_WEEKLY_SCORE_RULES);
  });

  it('a stored week keeps the maxima it was scored under; a new one takes the standard’s', () => {
    const stored = { ...blankWeeklyItems(), residence: { max: 25, deduction: 2, reason: '未住村' } };
    expect(sheetItems({ items: COUNTY.items, listSize: 3 }, stored)).toBe(stored);
    expect(sheetItems({ items: COUNTY.items, listSize: 3 }, undefined).residence).toEqual({ max: 30, deduction: 0, reason: null });
  });
});

describe('naming a week', () => {
  it('prints the Monday and the Sunday, the year once unless the week crosses it', () => {
    expect(weekText('2026-11-09')).toBe('2026.11.09—11.15');
    expect(weekText('2026-12-28')).toBe('2026.12.28—2027.01.03');
    expect(weekOrdinal('2026-11-09')).toBe(2);
    expect(weekOrdinal('2026-11-30')).toBe(5);
  });
});

describe('the 周考评未录入 alert', () => {
  const townships = [
    {
      townshipId: 't1',
      name: '城关镇',
      postings: [
        { id: 'a', period: { startDate: '2026-01-01', endDate: null } },
        { id: 'b', period: { startDate: '2026-11-16', endDate: null } },
      ],
    },
  ];

  it('one alert per township: the weeks ended without every score, linking to the earliest', async () => {
    const scored = new Set(['a|2026-11-02', 'a|2026-11-09']);
    const [alert, ...more] = weeklyScoreMissingAlerts(townships, scored, ['2026-11'], '2026-11-30');
    expect(more).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'weeklyScoreMissing',
      severity: 'amber',
      dueDate: '2026-11-22',
      days: -8,
      link: { section: 'assessment', tab: 'weekly', params: { township: 't1', week: '2026-11-16' } },
      message: '城关镇有2周未录齐周考评（自2026.11.16—11.22起，共缺4人次）',
    });
    const one = weeklyScoreMissingAlerts(townships, new Set([...scored, 'a|2026-11-16', 'b|2026-11-16', 'a|2026-11-23']), ['2026-11'], '2026-11-30');
    expect(one.map((a) => a.message)).toEqual(['城关镇2026年11月23日起的一周（2026.11.23—11.29）有1人未录入周考评']);
  });

  it('says nothing about a week that has not ended or is fully scored', () => {
    const scored = new Set(['a|2026-11-02', 'a|2026-11-09', 'a|2026-11-16', 'b|2026-11-16', 'a|2026-11-23', 'b|2026-11-23']);
    expect(weeklyScoreMissingAlerts(townships, scored, ['2026-11'], '2026-11-30')).toEqual([]);
  });
});
