import { describe, expect, it } from 'vitest';
import { fieldLabel, sideText, valueText } from '../../../../renderer/src/features/exchange/conflict-values';

describe('conflict values as a clerk reads them', () => {
  it('a day’s details read as labelled fields, punches as their values, empty details left out', () => {
    const day = (note: string) => ({ signInTime: '08:52', signOutTime: null, method: null, importedStatus: null, punches: [{ time: '08:52', kind: '上班', result: '正常', place: null }], sourceFile: null, note, checkedBy: null });
    const entry = { id: 'x', table: 'attendanceDetails', recordId: 'k-1', field: 'd03', kind: 'overwrite' as const, keptValue: day('到县里汇报'), keptStamp: 's1', lostValue: day('镇里开会'), lostStamp: 's0', keptSite: 'a', lostSite: 'b' };
    expect(fieldLabel('attendanceDetails', 'd03')).toBe('3日明细');
    expect(sideText(entry, 'kept')).toBe('签到时间：08:52；打卡记录：08:52 上班 正常；备注：到县里汇报');
    expect(sideText(entry, 'lost')).toBe('签到时间：08:52；打卡记录：08:52 上班 正常；备注：镇里开会');
    expect(sideText({ ...entry, lostValue: null }, 'lost')).toBe('（空）');
  });

  it('plain values as before', () => {
    expect([valueText(null), valueText(true), valueText(['a', 'b']), valueText(3)]).toEqual(['（空）', '是', 'a、b', '3']);
  });
});
