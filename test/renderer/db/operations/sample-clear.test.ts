import { describe, expect, it } from 'vitest';
import { addDays, addMonths, plannedEndDate, todayIso } from '@shared/domain/dates';
import { TABLE_NAMES } from '@shared/domain/tables';
import { planOutgoing, type LocalRecord } from '@shared/sync/exchange/outgoing';
import { clearSample, createCadre, createLeave, createPosting, createUnit, loadSample, previewSampleClear, sampleLoadedAt, updateCadre } from '../../../../renderer/src/db/operations';
import type { Store } from '../../../../renderer/src/db/store';
import { cadreInput } from '../../../fixtures/cadres';
import { idNo } from '../attendance-fixture';
import { newStore } from '../test-store';

/** Every record of every table, tombstones included. */
async function everything(store: Store) {
  const out: Partial<Record<(typeof TABLE_NAMES)[number], LocalRecord[]>> = {};
  for (const t of TABLE_NAMES) out[t] = (await store.db.entity(t).toArray()) as unknown as LocalRecord[];
  return out;
}

/** What a full package to the whole county would carry, per table. */
async function exported(store: Store) {
  return planOutgoing({ scope: { kind: 'all', restricted: true }, tables: await everything(store), base: null });
}

describe('清除示例数据', () => {
  it('removes only the sample, keeps what the clerk entered, and nothing of it ever leaves this PC', async () => {
    const store = await newStore();
    const today = todayIso();
    const bureau = await createUnit(store, { name: '开江县财政局', level: 'county', kind: 'govOrgan', isInCounty: true });
    const real = await createCadre(store, cadreInput(bureau.id, { name: '李真', idCardNo: idNo('19800101', 7) }), today);
    await loadSample(store, 60);

    // the sample is marked, the clerk's records and the county settings are not
    const postings = await store.db.postings.toArray();
    expect(postings.length).toBeGreaterThan(0);
    expect(postings.every((p) => p._sample === 1)).toBe(true);
    expect((await store.db.cadres.get(real.id))?._sample).toBeUndefined();
    expect((await store.db.units.get(bureau.id))?._sample).toBeUndefined();
    for (const r of await store.db.attendanceRules.toArray()) expect(r._sample).toBeUndefined();
    expect((await store.db.attendanceMonths.toArray()).every((m) => m._sample === 1)).toBe(true);

    // a package carries none of it
    const before = await exported(store);
    expect(before.sampleSkipped).toBeGreaterThan(postings.length);
    expect(before.tables.postings ?? []).toHaveLength(0);
    expect((before.tables.cadres ?? []).map((c) => c.id)).toEqual([real.id]);

    // the clerk tries the app on the sample: edits a sample cadre, enters a leave for a sample posting,
    // and registers a real posting received by a sample township
    const sampleCadre = (await store.db.cadres.toArray()).find((c) => c._sample)!;
    await updateCadre(store, sampleCadre.id, { phone: '13900001111' }, today);
    expect((await store.db.cadres.get(sampleCadre.id))?._sample).toBe(1);
    const active = postings.find((p) => p.status === 'active' && p.startDate < addDays(today, -10) && p.plannedEndDate > addDays(today, 10))!;
    const leaveIds = new Set((await store.db.leaveRequests.where('postingId').equals(active.id).toArray()).map((l) => l.id));
    const practice = (
      await createLeave(
        store,
        { postingId: active.id, type: 'personal', startDate: addDays(today, 3), startHalf: 'full', endDate: addDays(today, 3), endHalf: 'full', reason: '试用请假', destination: '县城', deputy: '陈明' },
        today,
      )
    ).request;
    expect(practice._sample).toBeUndefined();
    const township = (await store.db.units.toArray()).find((u) => u._sample && u.kind === 'township')!;
    const start = addMonths(today, -2);
    const realPosting = (
      await createPosting(
        store,
        { direction: 'down', cadreId: real.id, type: 'secondmentDown', dispatchingUnitId: bureau.id, receivingUnitId: township.id, originalPost: '科员', secondedPost: '副镇长', termMonths: 24, status: 'active', startDate: start, plannedEndDate: plannedEndDate(start, 24) },
        today,
      )
    ).posting;

    const preview = await previewSampleClear(store);
    expect(preview.removed.find((r) => r.label === '挂职')?.count).toBe(postings.length);
    expect(preview.claimed.find((r) => r.label === '单位')?.count).toBeGreaterThanOrEqual(1);

    const done = await clearSample(store);
    expect(done.removed).toBe(preview.removal.removedCount);

    // nothing of the sample is left, the clerk's data is whole
    for (const t of TABLE_NAMES) {
      const left = (await store.db.entity(t).toArray()).filter((r) => !r._deleted && r._sample);
      expect(left, t).toHaveLength(0);
    }
    expect((await store.db.postings.get(realPosting.id))?._deleted).toBe(false);
    expect((await store.db.cadres.get(real.id))?._deleted).toBe(false);
    const kept = await store.db.units.get(township.id);
    expect(kept).toMatchObject({ _deleted: false });
    expect(kept?._sample).toBeUndefined();
    // the practice leave went with its sample posting, and so did the sample's own leaves
    expect((await store.db.leaveRequests.get(practice.id))?._deleted).toBe(true);
    for (const id of leaveIds) expect((await store.db.leaveRequests.get(id))?._deleted).toBe(true);
    expect((await store.db.postings.get(active.id))?._deleted).toBe(true);

    // the next package carries the clerk's records (and the township they need) and no tombstone of the sample
    const after = await exported(store);
    expect((after.tables.postings ?? []).map((p) => p.id)).toEqual([realPosting.id]);
    expect((after.tables.units ?? []).map((u) => u.id)).toContain(township.id);
    for (const t of TABLE_NAMES) expect((after.tables[t] ?? []).filter((r) => r._deleted), t).toHaveLength(0);

    // and the sample may be loaded again
    expect(await sampleLoadedAt(store)).toBeUndefined();
    await loadSample(store, 20);
    expect(await sampleLoadedAt(store)).toBeTruthy();
  });

  it('says so when no sample was loaded', async () => {
    const store = await newStore();
    await expect(clearSample(store)).rejects.toThrow('本机没有载入示例数据，不需要清除。');
  });
});
