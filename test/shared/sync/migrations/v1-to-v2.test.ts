import { describe, expect, it } from 'vitest';
import { keyedId } from '@shared/domain/tables';
import { foldAttendance, rekey, splitCollection, type AnyRow } from '@shared/sync/migrations/v1-to-v2';

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const at = (minute: number, site = A) => `2026-11-20T08:${String(minute).padStart(2, '0')}:00.000Z-0000-${site}`;
const row = (id: string, fields: Record<string, unknown>, stamp: string, clock: Record<string, string> = {}): AnyRow => {
  const c: Record<string, string> = { _deleted: stamp };
  for (const k of Object.keys(fields)) c[k] = stamp;
  const all = { ...c, ...clock };
  return { id, ...fields, _deleted: false, _clock: all, _hlc: Object.values(all).sort().at(-1)! } as AnyRow;
};

describe('schema 2 row transforms', () => {
  it('split an array field into child records stamped like the field, with the same ids on every PC', () => {
    const ext = { decidedOn: '2026-10-01', previousEndDate: '2027-02-28', newEndDate: '2027-08-31', approvedBy: '县委组织部', reason: '工作需要' };
    const posting = row('p1', { cadreId: 'c1', extensions: [ext] }, at(1), { extensions: at(5) });
    const a = splitCollection([posting], 'extensions', 'extensions', 'postingId');
    expect(a.parents).toEqual([{ id: 'p1', cadreId: 'c1', _deleted: false, _clock: { _deleted: at(1), cadreId: at(1) }, _hlc: at(1) }]);
    expect(a.children).toHaveLength(1);
    expect(a.children[0]).toMatchObject({ postingId: 'p1', ...ext, _deleted: false, _hlc: at(5) });
    expect(new Set(Object.values(a.children[0]!._clock))).toEqual(new Set([at(5)]));
    expect(splitCollection([posting], 'extensions', 'extensions', 'postingId').children[0]!.id).toBe(a.children[0]!.id);
    expect(splitCollection([row('p2', { cadreId: 'c2' }, at(1))], 'extensions', 'extensions', 'postingId').parents).toEqual([]);
  });

  it('fold per-day attendance into month records; two PCs writing one day keep the later value and a conflict', () => {
    const day = (id: string, date: string, status: string, stamp: string) => row(id, { postingId: 'p1', date, status }, stamp);
    const { rows, conflicts } = foldAttendance([day('a1', '2026-11-05', 'present', at(1, A)), day('b1', '2026-11-05', 'absent', at(2, B)), day('a2', '2026-11-06', 'leave', at(3, A))]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: keyedId('attendanceMonths', 'p1', '2026-11'), postingId: 'p1', month: '2026-11', d05: 'absent', d06: 'leave' });
    expect(rows[0]!._clock).toMatchObject({ d05: at(2, B), d06: at(3, A) });
    expect(conflicts.map((c) => [c.field, c.keptValue, c.lostValue])).toEqual([['d05', 'absent', 'present']]);
  });

  it('a deleted day row leaves the day empty, stamped with the delete', () => {
    const gone = { ...row('a1', { postingId: 'p1', date: '2026-11-10', status: 'absent' }, at(1)), _deleted: true };
    gone._clock = { ...gone._clock, _deleted: at(4) };
    const [m] = foldAttendance([gone]).rows;
    expect([m!.d10, m!._clock.d10]).toEqual([null, at(4)]);
  });

  it('re-key records by their business key, merging duplicates and mapping old ids', () => {
    const items = { residence: { max: 30, deduction: 0, reason: null } };
    const r = rekey('weeklyScores', [
      row('w1', { postingId: 'p1', weekStart: '2026-11-02', items, total: 98 }, at(1)),
      row('w2', { postingId: 'p1', weekStart: '2026-11-02', items, total: 97 }, at(2)),
      row('w3', { postingId: 'p1', weekStart: '2026-11-09', items, total: 99 }, at(3)),
    ]);
    const id = keyedId('weeklyScores', 'p1', '2026-11-02');
    expect(r.rows.map((x) => [x.id, x.total])).toEqual([
      [id, 97],
      [keyedId('weeklyScores', 'p1', '2026-11-09'), 99],
    ]);
    expect(r.idMap.get('w1')).toBe(id);
    expect(r.idMap.get('w2')).toBe(id);
    expect(r.conflicts).toEqual([]);
  });
});
