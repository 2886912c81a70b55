import { describe, expect, it } from 'vitest';
import { checkReserveEntry } from '@shared/domain/rules/reserve-pool';

describe('后备干部库 entries', () => {
  const inPool = { id: 'r1', cadreId: 'c1', status: 'in', addedOn: '2026-03-01' };
  it('a cadre is in the pool once at a time', () => {
    expect(checkReserveEntry({ cadreId: 'c1', status: 'in', addedOn: '2026-11-01' }, [inPool], '2026-11-30')).toEqual([
      { field: 'cadreId', message: '该干部已于2026年3月1日纳入后备干部库，不能重复入库' },
    ]);
    expect(checkReserveEntry({ cadreId: 'c1', status: 'in', addedOn: '2026-11-01' }, [{ ...inPool, status: 'used' }], '2026-11-30')).toEqual([]);
    expect(checkReserveEntry(inPool, [inPool], '2026-11-30')).toEqual([]);
  });

  it('an entry taken out says why; an entry is not added in the future', () => {
    expect(checkReserveEntry({ ...inPool, status: 'used' }, [], '2026-11-30')).toEqual([{ field: 'note', message: '请在备注中写明使用情况（如提拔任用的职务和时间）' }]);
    expect(checkReserveEntry({ ...inPool, status: 'removed', note: ' ' }, [], '2026-11-30')).toEqual([{ field: 'note', message: '请在备注中写明出库原因' }]);
    expect(checkReserveEntry({ ...inPool, addedOn: '2026-12-01' }, [], '2026-11-30')).toEqual([{ field: 'addedOn', message: '入库日期2026年12月1日晚于今天' }]);
  });
});
