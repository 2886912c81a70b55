import { describe, expect, it } from 'vitest';
import { entryWordCount } from '@shared/domain/rules/record-book';
import { loadSample } from '../../../../renderer/src/db/operations';
import { newStore } from '../test-store';

describe('sample 纪实 (载入示例数据)', () => {
  // an ordinary day, and the 1st of a month (today's month has nothing to write about yet)
  it.each([
    ['2026-11-18', ['2026-09', '2026-10', '2026-11']],
    ['2026-12-01', ['2026-09', '2026-10', '2026-11']],
  ])('on %s gives a dozen cadres three months (%j) of varied 纪实, one inspection with a rectification, and an amendment beside a locked entry', async (today, months) => {
    const store = await newStore();
    await loadSample(store, 300, { today });
    const entries = (await store.db.logEntries.toArray()).filter((e) => !e._deleted);
    const daily = entries.filter((e) => e.kind === 'daily');
    const postings = new Set(daily.map((e) => e.postingId));
    expect(postings.size).toBe(12);
    // three months: the month of yesterday and the two before it, up to yesterday
    expect(daily.every((e) => e.date! < today)).toBe(true);
    expect([...new Set(daily.map((e) => e.date!.slice(0, 7)))].sort()).toEqual(months);
    // varied and concrete: mostly distinct texts, most of them long enough
    expect(new Set(daily.map((e) => e.content)).size).toBeGreaterThan(daily.length * 0.6);
    expect(daily.filter((e) => entryWordCount(e.content) >= 10).length).toBeGreaterThan(daily.length * 0.9);
    expect(entries.some((e) => e.kind === 'monthlyGoal') && entries.some((e) => e.kind === 'monthlyAnalysis')).toBe(true);
    expect(entries.some((e) => e.kind === 'communityDiary') && entries.some((e) => e.kind === 'study') && entries.some((e) => e.kind === 'research')).toBe(true);

    const inspections = (await store.db.inspections.toArray()).filter((i) => !i._deleted);
    expect(inspections).toHaveLength(1);
    const [i] = inspections;
    expect(i).toMatchObject({ rectificationRequired: true, rectifiedOn: null });
    expect(i!.rectifyBy! > i!.date).toBe(true);
    expect(i!.entriesExpected).toBeGreaterThan(0);
    const checked = entries.filter((e) => e.postingId === i!.postingId && e.date && e.date >= i!.periodFrom && e.date <= i!.periodTo);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.every((e) => e.locked)).toBe(true);
    const amendments = await store.db.logAmendments.toArray();
    expect(amendments).toHaveLength(1);
    expect(entries.find((e) => e.id === amendments[0]!.logEntryId)!.locked).toBe(true);
    expect(i!.date < today).toBe(true);
  });
});
