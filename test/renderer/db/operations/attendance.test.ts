import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import { setAttendanceCells, setAttendanceDetail, type CellChange } from '../../../../renderer/src/db/operations';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import type { Store } from '../../../../renderer/src/db/store';
import { attendanceCounty } from '../attendance-fixture';
import { exchange } from '../exchange';
import { newStore } from '../test-store';

const cells = (postingId: string, days: number[], status: CellChange['status']): CellChange[] =>
  days.map((d) => ({ postingId, date: `2026-11-${String(d).padStart(2, '0')}`, status }));
const stored = async (store: Store, postingId: string) => store.db.attendanceMonths.get(keyedId('attendanceMonths', postingId, '2026-11'));
const details = async (store: Store, postingId: string) => store.db.attendanceDetails.get(keyedId('attendanceDetails', postingId, '2026-11'));

describe('考勤表: setting statuses', () => {
  it('a block over two people and five days is one write; clearing a day brings back its default', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const a = postings.down.id;
    const b = postings.elsewhere.id;
    await setAttendanceCells(store, [...cells(a, [2, 3, 4, 5, 6], 'present'), ...cells(b, [2, 3, 4, 5, 6], 'present')]);
    await setAttendanceCells(store, cells(a, [4], 'officialOuting'));
    await setAttendanceCells(store, cells(a, [6], null));
    const months = await loadEffectiveMonths(store.db, [a, b], '2026-11');
    expect(months.get(a)!.month.days.slice(1, 6).map((d) => d.status)).toEqual(['present', 'present', 'officialOuting', 'present', 'unknown']);
    expect(months.get(a)!.summary).toMatchObject({ presentDays: 4, officialOutingDays: 1 });
    expect(months.get(b)!.summary.presentDays).toBe(5);
    expect(await store.db.attendanceMonths.count()).toBe(2);
  });

  it('refuses a day outside the posting period and writes nothing of the block', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    // 王芳 arrived on 16 November
    await expect(setAttendanceCells(store, [...cells(postings.down.id, [13], 'present'), ...cells(postings.village.id, [13], 'present')])).rejects.toThrow(
      '2026年11月13日不在挂职期间内，不能登记考勤',
    );
    expect(await store.db.attendanceMonths.count()).toBe(0);
  });

  it('refuses a status that is not a code of the list', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await expect(setAttendanceCells(store, [{ postingId: postings.down.id, date: '2026-11-02', status: 'holiday' as never }])).rejects.toThrow(/考勤状态/);
    expect(await store.db.attendanceMonths.count()).toBe(0);
  });

  it('keeps a note beside a day without touching its status', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await setAttendanceCells(store, cells(postings.down.id, [2], 'officialOuting'));
    await setAttendanceDetail(store, { postingId: postings.down.id, date: '2026-11-02', note: '赴县城参加培训', method: 'sheet' });
    await setAttendanceDetail(store, { postingId: postings.down.id, date: '2026-11-02', checkedBy: '李明' });
    await setAttendanceDetail(store, { postingId: postings.down.id, date: '2026-11-03', note: '下村走访' });
    const month = await details(store, postings.down.id);
    expect(month?.d02).toMatchObject({ note: '赴县城参加培训', method: 'sheet', checkedBy: '李明', punches: [] });
    expect(month?.d03).toMatchObject({ note: '下村走访' });
    expect(await store.db.attendanceDetails.count()).toBe(1);
    expect((await stored(store, postings.down.id))?.d02).toBe('officialOuting');
    // a day emptied of everything holds no details
    await setAttendanceDetail(store, { postingId: postings.down.id, date: '2026-11-03', note: '' });
    expect((await details(store, postings.down.id))?.d03).toBeNull();
  });

  it('refuses a detail that does not fit, and a day past the end of the month', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await expect(setAttendanceDetail(store, { postingId: postings.down.id, date: '2026-11-02', signInTime: '8点半' })).rejects.toThrow('时间应为“时:分”，如08:30');
    await expect(setAttendanceDetail(store, { postingId: postings.down.id, date: '2026-11-31', note: '下村' })).rejects.toThrow('日期应为有效日期');
    expect(await store.db.attendanceDetails.count()).toBe(0);
  });
});

describe('two PCs edit the same posting-month through the grid', () => {
  async function twoPcs() {
    const orgDept = await newStore();
    const town = await newStore();
    const { postings } = await attendanceCounty(orgDept);
    await exchange(orgDept, town);
    return { orgDept, town, p: postings.down.id };
  }

  it('the same posting-day: one status on both PCs and one conflict entry', async () => {
    const { orgDept, town, p } = await twoPcs();
    await setAttendanceCells(town, cells(p, [5], 'present'));
    await setAttendanceCells(orgDept, cells(p, [5], 'absent'));
    await exchange(town, orgDept);
    await exchange(orgDept, town);
    for (const pc of [orgDept, town]) {
      expect(await pc.db.attendanceMonths.count()).toBe(1);
      expect((await stored(pc, p))?.d05).toBe('absent');
    }
    const entries = [...(await orgDept.db.conflicts.toArray()), ...(await town.db.conflicts.toArray())];
    expect(entries.map((c) => [c.table, c.field, c.keptValue, c.lostValue])).toEqual([['attendanceMonths', 'd05', 'absent', 'present']]);
  });

  it('different days of the same month: both kept, no conflict', async () => {
    const { orgDept, town, p } = await twoPcs();
    await setAttendanceCells(town, cells(p, [5, 6], 'present'));
    await setAttendanceCells(orgDept, cells(p, [9], 'officialOuting'));
    await exchange(town, orgDept);
    await exchange(orgDept, town);
    for (const pc of [orgDept, town]) {
      const m = await stored(pc, p);
      expect([m?.d05, m?.d06, m?.d09]).toEqual(['present', 'present', 'officialOuting']);
      expect(await pc.db.conflicts.count()).toBe(0);
    }
  });

  it('details of different days both kept; the same day ends with one value and one conflict entry', async () => {
    const { orgDept, town, p } = await twoPcs();
    await setAttendanceDetail(town, { postingId: p, date: '2026-11-05', note: '下村走访' });
    await setAttendanceDetail(town, { postingId: p, date: '2026-11-06', note: '镇里开会' });
    await setAttendanceDetail(orgDept, { postingId: p, date: '2026-11-09', note: '县里培训' });
    await setAttendanceDetail(orgDept, { postingId: p, date: '2026-11-06', note: '到县里汇报' });
    await exchange(town, orgDept);
    await exchange(orgDept, town);
    for (const pc of [orgDept, town]) {
      const m = await details(pc, p);
      expect([m?.d05?.note, m?.d06?.note, m?.d09?.note]).toEqual(['下村走访', '到县里汇报', '县里培训']);
      expect(await pc.db.attendanceDetails.count()).toBe(1);
    }
    const entries = [...(await orgDept.db.conflicts.toArray()), ...(await town.db.conflicts.toArray())];
    expect(entries.map((c) => [c.table, c.field, (c.keptValue as { note: string }).note, (c.lostValue as { note: string }).note])).toEqual([['attendanceDetails', 'd06', '到县里汇报', '镇里开会']]);
  });
});
