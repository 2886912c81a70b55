import { describe, expect, it } from 'vitest';
import { checkInspection, checkRectified, postingsInspected } from '@shared/domain/rules/record-book-inspections';

const ok = { date: '2026-05-18', periodFrom: '2026-04-01', periodTo: '2026-05-15', comment: '较好' };

describe('checkInspection', () => {
  it('accepts a consistent inspection', () => {
    expect(checkInspection(ok, '2026-05-20')).toEqual([]);
    expect(checkInspection({ ...ok, rectificationRequired: true, rectifyBy: '2026-06-15' }, '2026-05-20')).toEqual([]);
  });
  it('says what contradicts', () => {
    const msg = (i: object) => checkInspection({ ...ok, ...i }, '2026-05-20').map((x) => x.message);
    expect(msg({ date: '2026-05-21', periodTo: '2026-05-20' })).toEqual(['检查日期不能晚于今天（2026年5月20日）']);
    expect(msg({ periodFrom: '2026-05-16' })).toEqual(['检查截止日期不能早于起始日期']);
    expect(msg({ rectificationRequired: true, rectifyBy: '2026-05-18' })).toEqual(['整改期限应晚于检查日期']);
    expect(msg({ rectifyBy: '2026-06-18' })).toEqual(['未要求整改，不应填写整改期限']);
  });
  it('a rectification is done after the inspection and not in the future', () => {
    const i = { ...ok, rectificationRequired: true, rectifyBy: '2026-06-15' };
    expect(checkRectified(i, '2026-05-19', '2026-05-20')).toEqual([]);
    expect(checkRectified(ok, '2026-05-19', '2026-05-20')[0]!.message).toBe('这次检查没有要求整改');
  });
});

describe('postingsInspected', () => {
  const p = (id: string, unit: string, over: object = {}) => ({ id, receivingUnitId: unit, status: 'active', startDate: '2026-01-05', plannedEndDate: '2027-01-04', ...over });
  it('covers the cadres on post in the units during the period checked', () => {
    const postings = [
      p('in', 'town'),
      p('village', 'v1'),
      p('elsewhere', 'other'),
      p('notYet', 'town', { status: 'approved', startDate: '2026-06-01' }),
      p('leftBefore', 'town', { status: 'completed', actualEndDate: '2026-03-31' }),
      p('leftDuring', 'town', { status: 'terminated', actualEndDate: '2026-04-15' }),
    ];
    expect(postingsInspected(postings, new Set(['town', 'v1']), { from: '2026-04-01', to: '2026-05-15' }).map((x) => x.id)).toEqual(['in', 'village', 'leftDuring']);
  });
});
