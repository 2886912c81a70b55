import { describe, expect, it } from 'vitest';
import { dayField } from '@shared/domain/entities/attendance-month';
import { keyedId } from '@shared/domain/tables';
import { createCadre, createPosting, createUnit } from '../../../renderer/src/db/operations';
import type { Store } from '../../../renderer/src/db/store';
import { cadreInput } from '../../fixtures/cadres';
import { exchange } from './exchange';
import { newStore } from './test-store';

const TODAY = '2026-11-21';

/**
 * Two PCs with their own databases (the 组织部 and a township), both holding the same posting and
 * leave request after a first exchange.
 */
async function twoPcs() {
  const orgDept = await newStore();
  const town = await newStore();
  const bureau = await createUnit(orgDept, { name: '开江县发展和改革局', level: 'county', kind: 'govOrgan', isInCounty: true });
  const township = await createUnit(orgDept, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
  const cadre = await createCadre(orgDept, cadreInput(bureau.id), TODAY);
  const { posting } = await createPosting(
    orgDept,
    { cadreId: cadre.id, type: 'secondmentDown', direction: 'down', dispatchingUnitId: bureau.id, originalPost: '科员', receivingUnitId: township.id, secondedPost: '副镇长', startDate: '2026-03-01', termMonths: 24, plannedEndDate: '2028-02-29', status: 'active' },
    TODAY,
  );
  const leave = await orgDept.write((w) =>
    w.create('leaveRequests', { postingId: posting.id, type: 'personal', startDate: '2026-11-02', startHalf: 'am', endDate: '2026-11-05', endHalf: 'pm', days: 4, reason: '家中有事', destination: '达州市', requiredTier: 3, status: 'pending' }),
  );
  await exchange(orgDept, town);
  return { orgDept, town, posting, leave };
}

const approval = (leaveRequestId: string, tier: number, approverName: string) => ({
  leaveRequestId,
  tier,
  approverRole: tier === 1 ? '乡镇党委书记' : '县委组织部',
  approverName,
  decision: 'approved',
  date: '2026-10-31',
});

const conflicts = (store: Store) => store.db.conflicts.toArray();
const month = (store: Store, postingId: string) => store.db.attendanceMonths.get(keyedId('attendanceMonths', postingId, '2026-11'));

describe('two PCs exchanging their records', () => {
  it('each adds an approval to the same leave request: both approvals survive, no conflict entry', async () => {
    const { orgDept, town, leave } = await twoPcs();
    await town.write((w) => w.create('leaveApprovals', approval(leave.id, 1, '陈明')));
    await orgDept.write((w) => w.create('leaveApprovals', approval(leave.id, 2, '王强')));
    await exchange(town, orgDept);
    await exchange(orgDept, town);
    for (const pc of [orgDept, town]) {
      const approvals = await pc.db.leaveApprovals.where('leaveRequestId').equals(leave.id).sortBy('tier');
      expect(approvals.map((a) => [a.tier, a.approverName])).toEqual([
        [1, '陈明'],
        [2, '王强'],
      ]);
      expect(await conflicts(pc)).toEqual([]);
    }
  });

  it('both record the same posting-day with different statuses: one record, one value, one conflict entry', async () => {
    const { orgDept, town, posting } = await twoPcs();
    await town.write((w) => w.create('attendanceMonths', { postingId: posting.id, month: '2026-11', d05: 'present' }));
    await orgDept.write((w) => w.create('attendanceMonths', { postingId: posting.id, month: '2026-11', d05: 'absent' }));
    await exchange(town, orgDept);
    await exchange(orgDept, town);
    for (const pc of [orgDept, town]) {
      expect(await pc.db.attendanceMonths.count()).toBe(1);
      expect((await month(pc, posting.id))?.[dayField(5)]).toBe('absent');
    }
    const entries = [...(await conflicts(orgDept)), ...(await conflicts(town))];
    expect(entries.map((c) => [c.table, c.field, c.keptValue, c.lostValue])).toEqual([['attendanceMonths', 'd05', 'absent', 'present']]);
    expect(entries[0]!.recordId).toBe(keyedId('attendanceMonths', posting.id, '2026-11'));
  });

  it('different days of the same month: both kept, no conflict', async () => {
    const { orgDept, town, posting } = await twoPcs();
    await town.write((w) => w.create('attendanceMonths', { postingId: posting.id, month: '2026-11', d05: 'present' }));
    await orgDept.write((w) => w.create('attendanceMonths', { postingId: posting.id, month: '2026-11', d06: 'leave' }));
    await exchange(town, orgDept);
    await exchange(orgDept, town);
    for (const pc of [orgDept, town]) {
      const m = await month(pc, posting.id);
      expect([m?.d05, m?.d06, m?.d07 ?? null]).toEqual(['present', 'leave', null]);
      expect(await conflicts(pc)).toEqual([]);
    }
  });

  it('exchanging again changes nothing (a re-import is a no-op)', async () => {
    const { orgDept, town, posting } = await twoPcs();
    await town.write((w) => w.create('attendanceMonths', { postingId: posting.id, month: '2026-11', d05: 'present' }));
    await exchange(town, orgDept);
    const again = await exchange(town, orgDept);
    expect(Object.values(again.stats).every((s) => s!.created + s!.updated + s!.deleted === 0)).toBe(true);
    expect(again.conflicts).toBe(0);
  });
});
