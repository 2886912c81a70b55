import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_SCORE_RULES } from '@shared/domain/rules/weekly-score';
import { ValidationError } from '../../../renderer/src/db/errors';
import { clearWeekScore, removeScoreRules, saveScoreRules, saveWeekSheet } from '../../../renderer/src/db/operations';
import { listTownships, loadBlackListHistory, loadMonthRollup, loadMonthWeeks, loadRedBlackLists, loadWeekSheet } from '../../../renderer/src/db/queries/weekly-scores';
import { assessmentWorld, scoreMonth, sheet } from './assessment-world';

const WEEK = '2026-11-09';

async function refusal(p: Promise<unknown>): Promise<ValidationError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return e as ValidationError;
}

describe('a township’s week of scores', () => {
  it('lists the township’s people on post that week (villages included), unscored at full marks', async () => {
    const { store, units } = await assessmentWorld();
    expect((await listTownships(store.db)).map((t) => t.name)).toEqual(['普安镇', '讲治镇']);
    const { rules, rows } = await loadWeekSheet(store.db, units.jiangzhi, WEEK);
    expect(rules).toEqual(DEFAULT_WEEKLY_SCORE_RULES);
    expect(rows.map((r) => [r.name, r.post, r.total, r.scored])).toEqual([
      ['李四', '党委委员、副镇长', 100, false],
      ['王五', '石岭村驻村第一书记', 100, false],
      ['张三', '党委委员、副镇长', 100, false],
      ['赵六', '党委委员、副镇长', 100, false],
    ]);
  });

  it('saves every row at once, computes the totals, and says which deductions lack a reason', async () => {
    const { store, units, postings } = await assessmentWorld();
    const { rows } = await loadWeekSheet(store.db, units.jiangzhi, WEEK);
    const entries = rows.map((r) => ({ postingId: r.postingId, items: r.postingId === postings.zhao ? sheet({ residence: [5, '周三未住村'], discipline: [2, null] }) : r.items }));
    const result = await saveWeekSheet(store, units.jiangzhi, WEEK, entries, '刘组委');
    expect(result.saved).toBe(4);
    expect(result.warnings).toEqual([{ field: `rows.${postings.zhao}.items.discipline.reason`, message: '赵六：守纪扣2分，请注明扣分原因' }]);
    const after = await loadWeekSheet(store.db, units.jiangzhi, WEEK);
    expect(after.rows.map((r) => [r.name, r.total, r.scored, r.scoredBy])).toEqual([
      ['李四', 100, true, '刘组委'],
      ['王五', 100, true, '刘组委'],
      ['张三', 100, true, '刘组委'],
      ['赵六', 93, true, '刘组委'],
    ]);
    // saving the week again corrects it: still one record per posting-week
    await saveWeekSheet(store, units.jiangzhi, WEEK, [{ postingId: postings.zhao!, items: sheet({ residence: [3, '周三未住村'] }) }], '刘组委');
    expect(await store.db.weeklyScores.where('postingId').equals(postings.zhao!).count()).toBe(1);
    expect((await loadWeekSheet(store.db, units.jiangzhi, WEEK)).rows.find((r) => r.name === '赵六')?.total).toBe(97);
  });

  it('refuses the whole week when one row is wrong, and writes nothing', async () => {
    const { store, units, postings } = await assessmentWorld();
    const bad = await refusal(
      saveWeekSheet(
        store,
        units.jiangzhi,
        WEEK,
        [
          { postingId: postings.zhang!, items: sheet() },
          { postingId: postings.zhao!, items: sheet({ attendance: [30, '旷工'] }) },
          { postingId: postings.zhou!, items: sheet() },
        ],
        null,
      ),
    );
    expect(bad.issues.map((i) => i.message)).toEqual(['赵六：考勤扣分不能超过该项满分25分', '第3行不在该乡镇挂职']);
    expect(bad.issues[0]!.field).toBe(`rows.${postings.zhao}.items.attendance.deduction`);
    const notMonday = await refusal(saveWeekSheet(store, units.jiangzhi, '2026-11-11', [{ postingId: postings.zhang!, items: sheet() }], null));
    expect(notMonday.issues[0]!.message).toBe('周考评的起始日应为星期一（2026年11月11日是星期三）');
    const early = await refusal(saveWeekSheet(store, units.jiangzhi, '2026-11-02', [{ postingId: postings.sun!, items: sheet() }], null));
    expect(early.issues[0]!.message).toBe('第1行在2026年11月2日起的一周不在挂职期内');
    expect(await store.db.weeklyScores.count()).toBe(0);
  });

  it('shows which weeks of the month are scored; a week cleared by mistake is missing again', async () => {
    const { store, units, postings } = await assessmentWorld();
    const { rows } = await loadWeekSheet(store.db, units.jiangzhi, WEEK);
    await saveWeekSheet(store, units.jiangzhi, WEEK, rows.map((r) => ({ postingId: r.postingId, items: r.items })), null);
    const weeks = await loadMonthWeeks(store.db, units.jiangzhi, '2026-11');
    expect(weeks.map((w) => [w.weekStart, w.expected, w.scored])).toEqual([
      ['2026-11-02', 4, 0],
      ['2026-11-09', 4, 4],
      ['2026-11-16', 5, 0],
      ['2026-11-23', 5, 0],
      ['2026-11-30', 5, 0],
    ]);
    await clearWeekScore(store, postings.zhang!, WEEK);
    expect((await loadMonthWeeks(store.db, units.jiangzhi, '2026-11'))[1]!.scored).toBe(3);
  });

  it('uses the township’s own standard; a week already scored keeps its maxima', async () => {
    const { store, units, postings } = await assessmentWorld();
    await saveWeekSheet(store, units.jiangzhi, WEEK, [{ postingId: postings.zhang!, items: sheet() }], null);
    const items = DEFAULT_WEEKLY_SCORE_RULES.items.map((i) => (i.key === 'performance' ? { ...i, label: '工作实绩', max: 40 } : i.key === 'other' ? { ...i, max: 10 } : { ...i, max: 20 }));
    await saveScoreRules(store, { townshipId: units.jiangzhi, items, listSize: 1 });
    const next = await loadWeekSheet(store.db, units.jiangzhi, '2026-11-16');
    expect(next.rules.items.map((i) => [i.label, i.max])).toEqual([['住村', 20], ['考勤', 20], ['守纪', 20], ['工作实绩', 40], ['其他', 10]]);
    expect(next.rows[0]!.items.performance.max).toBe(40);
    const before = await loadWeekSheet(store.db, units.jiangzhi, WEEK);
    expect(before.rows.find((r) => r.postingId === postings.zhang)!.items.performance.max).toBe(25);
    expect((await loadWeekSheet(store.db, units.puan, WEEK)).rules).toEqual(DEFAULT_WEEKLY_SCORE_RULES);
    await removeScoreRules(store, units.jiangzhi);
    expect((await loadWeekSheet(store.db, units.jiangzhi, '2026-11-16')).rules).toEqual(DEFAULT_WEEKLY_SCORE_RULES);
  });
});

describe('the monthly roll-up and the red and black lists', () => {
  it('ranks within the township by the month’s sum, ties share a rank; a late arrival is ranked by his average', async () => {
    const world = await assessmentWorld();
    await scoreMonth(world, world.units.jiangzhi, '2026-11', { zhang: 0, li: 1, wang: 1, zhao: 6, sun: 2 });
    const m = await loadMonthRollup(world.store.db, world.units.jiangzhi, '2026-11');
    expect(m.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(m.rows.map((r) => [r.name, r.sum, r.weeksScored, r.rankingScore, r.rank])).toEqual([
      ['张三', 500, 5, 500, 1],
      ['李四', 495, 5, 495, 2],
      ['王五', 495, 5, 495, 2],
      ['孙七', 294, 3, 490, 4],
      ['赵六', 470, 5, 470, 5],
    ]);
    expect(m.red.map((r) => r.name)).toEqual(['张三', '李四', '王五']);
    expect(m.black.map((r) => r.name)).toEqual(['赵六', '孙七']);
    expect(m.rows[0]!.weekly).toEqual({ '2026-11-02': 100, '2026-11-09': 100, '2026-11-16': 100, '2026-11-23': 100, '2026-11-30': 100 });
    const lists = await loadRedBlackLists(world.store.db, world.units.jiangzhi, '2026-11');
    expect(lists).toMatchObject({ month: '2026-11', scope: world.units.jiangzhi, listSize: 3 });
    expect(lists.black.map((r) => r.postingId)).toEqual([world.postings.zhao, world.postings.sun]);
  });

  it('ranks the whole county across townships; unscored people are listed without a rank', async () => {
    const world = await assessmentWorld();
    await scoreMonth(world, world.units.jiangzhi, '2026-11', { zhao: 6 });
    const county = await loadMonthRollup(world.store.db, null, '2026-11');
    expect(county.rows.map((r) => [r.townshipName, r.name, r.rank])).toEqual([
      ['讲治镇', '李四', 1],
      ['讲治镇', '孙七', 1],
      ['讲治镇', '王五', 1],
      ['讲治镇', '张三', 1],
      ['讲治镇', '赵六', 5],
      ['普安镇', '吴九', null],
      ['普安镇', '周八', null],
    ]);
    expect(county.black.map((r) => r.name)).toEqual(['赵六']);
  });

  it('keeps each township’s black list for the talk proposals, month by month', async () => {
    const world = await assessmentWorld();
    await scoreMonth(world, world.units.jiangzhi, '2026-10', { zhang: 0, li: 1, wang: 2, zhao: 6 });
    await scoreMonth(world, world.units.jiangzhi, '2026-11', { zhang: 0, li: 1, wang: 1, zhao: 6, sun: 0 });
    await scoreMonth(world, world.units.puan, '2026-11', { zhou: 3 });
    const history = await loadBlackListHistory(world.store.db, ['2026-10', '2026-11']);
    expect(history).toEqual([
      { month: '2026-10', postingIds: [world.postings.zhao] },
      { month: '2026-11', postingIds: [world.postings.zhao] },
    ]);
  });
});
