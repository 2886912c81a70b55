import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEEKLY_SCORE_RULES,
  blackListedTwiceInRow,
  blankWeeklyItems,
  checkWeekStart,
  checkWeeklyItems,
  expectedWeeks,
  missingWeeks,
  monthlyRollup,
  rankByScore,
  redBlackLists,
  weekStartOf,
  weeklyTotal,
  weeksOfMonth,
} from '@shared/domain/rules/weekly-score';

const OPEN = { startDate: '2025-06-01', endDate: null };

describe('a week’s score sheet', () => {
  it('starts at 100 and subtracts the deductions', () => {
    const items = blankWeeklyItems();
    expect(DEFAULT_WEEKLY_SCORE_RULES.items.reduce((s, i) => s + i.max, 0)).toBe(100);
    expect(weeklyTotal(items)).toBe(100);
    items.residence = { ...items.residence, deduction: 5, reason: '周三未住村' };
    items.discipline = { ...items.discipline, deduction: 2.5, reason: '例会迟到' };
    expect(weeklyTotal(items)).toBe(92.5);
    expect(checkWeeklyItems(items)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a deduction outside 0 … max and asks for the reason of a deduction', () => {
    const items = blankWeeklyItems();
    items.attendance = { ...items.attendance, deduction: 30, reason: '旷工' };
    items.other = { ...items.other, deduction: -1, reason: null };
    items.performance = { ...items.performance, deduction: 3, reason: ' ' };
    expect(checkWeeklyItems(items)).toEqual({
      errors: [
        { field: 'items.attendance.deduction', message: '考勤扣分不能超过该项满分25分' },
        { field: 'items.other.deduction', message: '其他扣分不能为负数' },
      ],
      warnings: [{ field: 'items.performance.reason', message: '履职扣3分，请注明扣分原因' }],
    });
  });

  it('knows Mondays', () => {
    expect(weekStartOf('2026-03-05')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(checkWeekStart('2026-03-02')).toBeNull();
    expect(checkWeekStart('2026-03-04')).toBe('周考评的起始日应为星期一（2026年3月4日是星期三）');
  });
});

describe('weeks of a month', () => {
  it('gives each week to the month of its Monday and skips a week without working days', () => {
    expect(weeksOfMonth('2026-03')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    // 2026-02-16 … 02-22 is the Spring Festival week: nothing to score.
    expect(weeksOfMonth('2026-02')).toEqual(['2026-02-02', '2026-02-09', '2026-02-23']);
  });

  it('counts the last week of December from its December working days, before the next year’s holidays are known', () => {
    // 2027 is not in the built-in holiday data; 2026-12-28 … 31 are working days.
    expect(weeksOfMonth('2026-12')).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(expectedWeeks('2026-12', { startDate: '2026-12-28', endDate: null })).toEqual(['2026-12-28']);
  });

  it('expects only the weeks a posting was on post, and lists the ended ones without a score', () => {
    expect(expectedWeeks('2026-03', { startDate: '2026-03-18', endDate: null })).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
    expect(expectedWeeks('2026-03', { startDate: '2025-01-01', endDate: '2026-03-09' })).toEqual(['2026-03-02', '2026-03-09']);
    const scored = ['2026-03-02', '2026-03-09', '2026-03-16'];
    expect(missingWeeks('2026-03', OPEN, scored, '2026-03-25')).toEqual([]);
    expect(missingWeeks('2026-03', OPEN, scored, '2026-03-30')).toEqual(['2026-03-23']);
  });
});

describe('the monthly roll-up and the red and black lists', () => {
  const weeks = weeksOfMonth('2026-03');
  const scores = (totals: (number | null)[]) =>
    totals.flatMap((total, i) => (total === null ? [] : [{ weekStart: weeks[i]!, total }]));

  it('sums complete months and ranks incomplete ones by their average', () => {
    const full = monthlyRollup('A', '2026-03', OPEN, scores([95, 90, 100, 85, 92]));
    expect(full).toMatchObject({ sum: 462, weeksScored: 5, weeksExpected: 5, missingWeeks: [], average: 92.4, rankingScore: 462, complete: true });
    const arrived = monthlyRollup('B', '2026-03', { startDate: '2026-03-16', endDate: null }, scores([null, null, 98, 96, 97]));
    expect(arrived).toMatchObject({ sum: 291, weeksExpected: 3, average: 97, rankingScore: 485, complete: true });
    const forgotten = monthlyRollup('C', '2026-03', OPEN, scores([80, 82, 78, null, 84]));
    expect(forgotten).toMatchObject({ sum: 324, missingWeeks: ['2026-03-23'], average: 81, rankingScore: 405, complete: false });
    const none = monthlyRollup('D', '2026-03', OPEN, []);
    expect([none.rankingScore, none.average, none.missingWeeks.length]).toEqual([null, null, 5]);
    // A score of another month is not counted.
    expect(monthlyRollup('E', '2026-03', OPEN, [{ weekStart: '2026-02-23', total: 100 }]).weeksScored).toBe(0);
  });

  it('ranks 1, 2, 2, 4 and lists every tie on the red and black lists', () => {
    const people = [
      { name: '甲', score: 480 },
      { name: '乙', score: 470 },
      { name: '丙', score: 470 },
      { name: '丁', score: 460 },
      { name: '戊', score: 450 },
      { name: '己', score: 440 },
      { name: '庚', score: 440 },
      { name: '辛', score: 430 },
      { name: '壬', score: null },
    ];
    const ranked = rankByScore(people, (p) => p.score);
    expect(ranked.map((p) => `${p.name}${p.rank ?? '-'}`)).toEqual(['甲1', '乙2', '丙2', '丁4', '戊5', '己6', '庚6', '辛8', '壬-']);
    const { red, black } = redBlackLists(ranked, (p) => p.score);
    expect(red.map((p) => p.name)).toEqual(['甲', '乙', '丙']);
    // From the bottom: 辛 1, 己 and 庚 2, 戊 4 → the bottom three ranks hold 辛, 己, 庚.
    expect(black.map((p) => p.name)).toEqual(['辛', '己', '庚']);
  });

  it('keeps a small or fully tied group off the black list rather than on both lists', () => {
    const tied = rankByScore([{ s: 90 }, { s: 90 }, { s: 90 }, { s: 90 }], (p) => p.s);
    expect(redBlackLists(tied, (p) => p.s)).toEqual({ red: tied, black: [] });
    const four = rankByScore([{ s: 100 }, { s: 90 }, { s: 80 }, { s: 70 }], (p) => p.s);
    expect(redBlackLists(four, (p) => p.s).black.map((p) => p.s)).toEqual([70]);
  });

  it('satisfies the ranking rules for any scores', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (scores, size) => {
        const entries = scores.map((score, id) => ({ id, score }));
        const ranked = rankByScore(entries, (e) => e.score);
        const scored = ranked.filter((e) => e.score !== null);
        for (const e of scored) expect(e.rank).toBe(1 + scored.filter((o) => o.score! > e.score!).length);
        expect(ranked.filter((e) => e.score === null).every((e) => e.rank === null)).toBe(true);
        const { red, black } = redBlackLists(ranked, (e) => e.score, size);
        expect(red.length).toBeGreaterThanOrEqual(Math.min(size, scored.length));
        expect(red.filter((e) => black.includes(e))).toEqual([]);
        for (const e of scored) {
          const fromBottom = 1 + scored.filter((o) => o.score! < e.score!).length;
          expect(red.includes(e)).toBe(e.rank! <= size);
          expect(black.includes(e)).toBe(fromBottom <= size && e.rank! > size);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the people on the black list two months in a row', () => {
    expect(blackListedTwiceInRow({ month: '2026-02', postingIds: ['a', 'b'] }, { month: '2026-03', postingIds: ['b', 'c'] })).toEqual(['b']);
    expect(blackListedTwiceInRow({ month: '2025-12', postingIds: ['a'] }, { month: '2026-01', postingIds: ['a'] })).toEqual(['a']);
    expect(blackListedTwiceInRow({ month: '2026-01', postingIds: ['a'] }, { month: '2026-03', postingIds: ['a'] })).toEqual([]);
  });
});
