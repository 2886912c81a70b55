import { describe, expect, it } from 'vitest';
import { setAttendanceCells } from '../../../renderer/src/db/operations';
import { conflictTitles } from '../../../renderer/src/db/queries/record-titles';
import { keyedId } from '@shared/domain/tables';
import { attendanceCounty } from './attendance-fixture';
import { newStore } from './test-store';

describe('the conflicts screen names the record of each entry', () => {
  it('by the cadre and post, the cadre and month, or (a record this PC does not hold) its number', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    await setAttendanceCells(store, [{ postingId: postings.down.id, date: '2026-11-20', status: 'present' }]);
    const titles = await conflictTitles(store.db, [
      { id: 'c1', table: 'postings', recordId: postings.down.id },
      { id: 'c2', table: 'attendanceMonths', recordId: keyedId('attendanceMonths', postings.down.id, '2026-11') },
      { id: 'c3', table: 'postings', recordId: '0123456789abcdef' },
    ]);
    expect(titles.get('c1')).toBe('张伟 副镇长');
    expect(titles.get('c2')).toBe('张伟 2026.11 考勤');
    expect(titles.get('c3')).toBe('挂职（编号 01234567）');
  });
});
