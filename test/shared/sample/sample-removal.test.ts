import { describe, expect, it } from 'vitest';
import { marksSample, planSampleRemoval } from '@shared/sample/sample-removal';

const S = { _sample: 1 };

describe('planSampleRemoval', () => {
  it('removes the sample and what hangs off it; keeps (claims) sample records that remaining data points at, up the chain', () => {
    const plan = planSampleRemoval({
      units: [
        { id: 'county', ...S },
        { id: 'town', parentId: 'county', ...S },
        { id: 'other-town', ...S },
        { id: 'home' },
      ],
      cadres: [
        { id: 'sample-cadre', homeUnitId: 'town', ...S },
        { id: 'real-cadre', homeUnitId: 'home' },
      ],
      postings: [
        { id: 'sample-posting', cadreId: 'sample-cadre', receivingUnitId: 'other-town', dispatchingUnitId: 'home', ...S },
        // a real posting of a sample cadre: the cadre, its home unit and that unit's parent stay
        { id: 'real-posting', cadreId: 'sample-cadre', receivingUnitId: 'home', dispatchingUnitId: 'home' },
      ],
      leaveRequests: [
        { id: 'sample-leave', postingId: 'sample-posting', ...S },
        { id: 'practice-leave', postingId: 'sample-posting' },
        { id: 'real-leave', postingId: 'real-posting' },
      ],
      leaveApprovals: [{ id: 'practice-approval', leaveRequestId: 'practice-leave' }],
      talkRecords: [
        { id: 'sample-talk', cadreId: 'sample-cadre', ...S },
        { id: 'real-talk', cadreId: 'sample-cadre' },
      ],
    });
    expect(plan.remove).toEqual({
      units: ['other-town'],
      postings: ['sample-posting'],
      leaveRequests: ['sample-leave', 'practice-leave'],
      leaveApprovals: ['practice-approval'],
      talkRecords: ['sample-talk'],
    });
    expect(plan.claim).toEqual({ units: ['town', 'county'], cadres: ['sample-cadre'] });
    expect([plan.removedCount, plan.claimedCount]).toEqual([6, 3]);
  });

  it('removes nothing without a sample', () => {
    expect(planSampleRemoval({ units: [{ id: 'home' }], postings: [{ id: 'p', receivingUnitId: 'home' }] })).toEqual({ remove: {}, claim: {}, removedCount: 0, claimedCount: 0 });
  });

  it('never marks county-wide settings', () => {
    expect(marksSample('attendanceRules')).toBe(false);
    expect(marksSample('calendarYears')).toBe(false);
    expect(marksSample('postings')).toBe(true);
    expect(marksSample('units')).toBe(true);
  });
});
