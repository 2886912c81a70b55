import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '@shared/domain/dates';
import { ON_POST_STATUSES } from '@shared/domain/enums';
import { pinyinFull, pinyinInitials } from '@shared/domain/pinyin';
import type { Row } from '../../../renderer/src/db/database';
import { loadPostingRows, queryPostingIds, type PostingFilter, type PostingSort } from '../../../renderer/src/db/queries/postings';
import { removePosting } from '../../../renderer/src/db/repositories/postings';
import { updateCadre } from '../../../renderer/src/db/repositories/cadres';
import type { Store } from '../../../renderer/src/db/store';
import { loadSample } from '../../../renderer/src/db/operations';
import { newStore } from './test-store';

const today = todayIso();
let store: Store;
let postings: Row<'postings'>[];
let cadres: Map<string, Row<'cadres'>>;

/** The same answer computed the slow, obvious way over whole records. */
function naive(filter: PostingFilter, sort: PostingSort): string[] {
  let rows = postings.filter((p) => !p._deleted);
  if (filter.types?.length) rows = rows.filter((p) => filter.types!.includes(p.type));
  if (filter.statuses?.length) rows = rows.filter((p) => filter.statuses!.includes(p.status));
  if (filter.batchIds?.length) rows = rows.filter((p) => p.batchId && filter.batchIds!.includes(p.batchId));
  if (filter.receivingUnitIds?.length) rows = rows.filter((p) => filter.receivingUnitIds!.includes(p.receivingUnitId));
  if (filter.expiry && 'withinDays' in filter.expiry) {
    const end = addDays(today, filter.expiry.withinDays);
    rows = rows.filter((p) => ON_POST_STATUSES.includes(p.status) && p.plannedEndDate >= today && p.plannedEndDate <= end);
  }
  if (filter.expiry && 'overdue' in filter.expiry) rows = rows.filter((p) => ON_POST_STATUSES.includes(p.status) && p.plannedEndDate < today);
  if (filter.search) {
    const q = filter.search;
    rows = rows.filter((p) => {
      const c = cadres.get(p.cadreId)!;
      return c.name.startsWith(q) || pinyinInitials(c.name).startsWith(q) || !!c.idCardNo?.startsWith(q);
    });
  }
  const key = (p: Row<'postings'>): string =>
    sort.key === 'name' ? pinyinFull(cadres.get(p.cadreId)!.name) : sort.key === 'startDate' ? p.startDate : p.plannedEndDate;
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.plannedEndDate < b.plannedEndDate ? -1 : a.plannedEndDate > b.plannedEndDate ? 1 : a.id < b.id ? -1 : 1));
  const ids = rows.map((p) => p.id);
  return sort.desc ? ids.reverse() : ids;
}

describe('postings list queries (index keys only)', () => {
  beforeAll(async () => {
    store = await newStore();
    await loadSample(store, 400);
    const some = (await store.db.postings.toArray()).slice(0, 3);
    for (const p of some) await store.write((w) => removePosting(w, p.id));
    postings = await store.db.postings.toArray();
    cadres = new Map((await store.db.cadres.toArray()).map((c) => [c.id, c]));
  });

  const natural: PostingSort = { key: 'plannedEndDate', desc: false };

  it('leaves out deleted postings', async () => {
    const ids = await queryPostingIds(store.db, {}, natural, today);
    expect(ids).toHaveLength(postings.filter((p) => !p._deleted).length);
    expect(ids).toEqual(naive({}, natural));
  });

  /** Both paths: sorting the result's own records (small results) and walking the indexes. */
  const paths = [{}, { smallResult: 0 }];

  it('filters by type, status, batch, receiving unit and expiry window exactly like a full scan', async () => {
    const batch = postings.find((p) => p.batchId)!.batchId!;
    const town = postings.find((p) => p.type === 'villageTeamMember')!.receivingUnitId;
    const cases: PostingFilter[] = [
      { types: ['villageTeamMember', 'firstSecretary'] },
      { statuses: ['extended'] },
      { batchIds: [batch] },
      { receivingUnitIds: [town] },
      { expiry: { withinDays: 60 } },
      { expiry: { overdue: true } },
      { types: ['pairedExchange'], expiry: { withinDays: 90 } },
    ];
    for (const f of [...cases, { statuses: ['proposed', 'approved', 'active', 'extended'] }])
      for (const opts of paths) {
        const ids = await queryPostingIds(store.db, f, natural, today, undefined, opts);
        expect(ids, JSON.stringify([f, opts])).toEqual(naive(f, natural));
        expect(ids.length, JSON.stringify(f)).toBeGreaterThan(0);
      }
  });

  it('never shows a deleted posting, whichever path answers', async () => {
    const end = addDays(today, 60);
    const victim = postings.find((p) => !p._deleted && ON_POST_STATUSES.includes(p.status) && p.plannedEndDate >= today && p.plannedEndDate <= end)!;
    await store.write((w) => removePosting(w, victim.id));
    for (const f of [{ expiry: { withinDays: 60 } }, { expiry: { withinDays: 60 }, types: [victim.type] }, { statuses: ['active', 'extended'] }] as PostingFilter[])
      for (const opts of [...paths, { smallResult: 100_000 }]) expect(await queryPostingIds(store.db, f, natural, today, undefined, opts), JSON.stringify(f)).not.toContain(victim.id);
    postings = await store.db.postings.toArray();
  });

  it('finds by name prefix, pinyin initials and ID number', async () => {
    const c = cadres.get(postings.find((p) => !p._deleted)!.cadreId)!;
    for (const search of [c.name.slice(0, 1), pinyinInitials(c.name), c.idCardNo!.slice(0, 12)])
      for (const opts of paths) expect(await queryPostingIds(store.db, { search }, natural, today, undefined, opts), search).toEqual(naive({ search }, natural));
  });

  it('sorts by name (pinyin), start date, and in reverse', async () => {
    for (const sort of [{ key: 'name', desc: false }, { key: 'startDate', desc: true }] as PostingSort[])
    for (const opts of [...paths, { smallResult: 100_000 }]) {
      const filter: PostingFilter = 'smallResult' in opts && opts.smallResult === 100_000 ? { statuses: ['active', 'extended', 'completed', 'proposed', 'approved', 'terminated', 'recalled', 'cancelled'] } : {};
      const got = (await queryPostingIds(store.db, filter, sort, today, undefined, opts)).map((id) => postings.find((p) => p.id === id)!);
      const want = naive({}, sort).map((id) => postings.find((p) => p.id === id)!);
      const key = (p: Row<'postings'>) => (sort.key === 'name' ? pinyinFull(cadres.get(p.cadreId)!.name) : p.startDate);
      expect(got.map(key)).toEqual(want.map(key));
    }
  });

  it('sorts by type and status in code-list order on both paths', async () => {
    const order = (ids: string[], f: (p: Row<'postings'>) => string) => ids.map((id) => f(postings.find((p) => p.id === id)!));
    for (const opts of [{ smallResult: 0 }, { smallResult: 100_000 }]) {
      const filter = { types: ['villageTeamMember', 'firstSecretary', 'secondmentUp'] };
      const types = order(await queryPostingIds(store.db, filter, { key: 'type', desc: false }, today, undefined, opts), (p) => p.type);
      expect([...new Set(types)]).toEqual(['secondmentUp', 'villageTeamMember', 'firstSecretary']);
    }
  });

  it('keeps the name order when a cadre is renamed', async () => {
    const first = (await queryPostingIds(store.db, {}, { key: 'name', desc: false }, today, undefined, { smallResult: 0 }))[0]!;
    const p = postings.find((x) => x.id === first)!;
    await store.write((w) => updateCadre(w, p.cadreId, { name: '邹一' }, today));
    const ids = await queryPostingIds(store.db, {}, { key: 'name', desc: true }, today, undefined, { smallResult: 0 });
    expect(ids.indexOf(first)).toBeLessThan(5);
  });

  it('loads the rows of a window with their cadres', async () => {
    const ids = (await queryPostingIds(store.db, {}, natural, today)).slice(10, 20);
    const rows = await loadPostingRows(store.db, ids);
    expect(rows.map((r) => r.posting.id)).toEqual(ids);
    expect(rows.every((r) => r.cadre?.id === r.posting.cadreId)).toBe(true);
  });
});
