import { describe, expect, it } from 'vitest';
import { daysBetween, todayIso } from '@shared/domain/dates';
import { OPEN_POSTING_STATUSES, POSTING_TYPE } from '@shared/domain/enums';
import { validateIdCardNo } from '@shared/domain/id-card';
import { loadSample } from '../../../../renderer/src/db/operations';
import { newStore } from '../test-store';

describe('sample county (载入示例数据)', () => {
  it('loads a realistic county with every posting type, pairs, and terms in every expiry band', async () => {
    const store = await newStore();
    const counts = await loadSample(store, 300);
    expect(counts.postings).toBeGreaterThanOrEqual(300);
    const postings = await store.db.postings.toArray();
    const cadres = new Map((await store.db.cadres.toArray()).map((c) => [c.id, c]));
    expect(new Set(postings.map((p) => p.type))).toEqual(new Set(POSTING_TYPE.items.map((i) => i.code).filter((c) => c !== 'other')));
    for (const p of postings.filter((x) => x.pairedPostingId)) {
      const other = postings.find((x) => x.id === p.pairedPostingId)!;
      expect(other.pairedPostingId).toBe(p.id);
      expect([other.dispatchingUnitId, other.receivingUnitId]).toEqual([p.receivingUnitId, p.dispatchingUnitId]);
    }
    const today = todayIso();
    const left = postings.filter((p) => p.status === 'active' || p.status === 'extended').map((p) => daysBetween(today, p.plannedEndDate));
    expect(left.some((d) => d >= 0 && d <= 30)).toBe(true);
    expect(left.some((d) => d > 30 && d <= 60)).toBe(true);
    expect(left.some((d) => d > 60 && d <= 90)).toBe(true);
    expect(left.some((d) => d < 0)).toBe(true);
    const openPerCadre = new Map<string, number>();
    for (const p of postings.filter((x) => OPEN_POSTING_STATUSES.includes(x.status))) openPerCadre.set(p.cadreId, (openPerCadre.get(p.cadreId) ?? 0) + 1);
    expect(Math.max(...openPerCadre.values())).toBe(1);
    for (const c of cadres.values()) expect(validateIdCardNo(c.idCardNo).ok).toBe(true);
    const extensions = await store.db.extensions.toArray();
    expect(extensions.length).toBeGreaterThan(0);
    for (const e of extensions) expect(postings.find((p) => p.id === e.postingId)).toMatchObject({ status: 'extended', plannedEndDate: e.newEndDate });
    expect(await store.db.assessments.count()).toBeGreaterThan(0);
  });

  it('refuses to load twice', async () => {
    const store = await newStore();
    await loadSample(store, 50);
    await expect(loadSample(store, 50)).rejects.toThrow(/已于\d{4}\.\d{2}\.\d{2}载入过/);
  });
});
