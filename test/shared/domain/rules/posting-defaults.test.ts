import { describe, expect, it } from 'vitest';
import { PostingSchema } from '@shared/domain/entities/posting';
import { DEFAULT_TERM_MONTHS, postingDefaults, replacementPosting } from '@shared/domain/rules/posting-defaults';

const batch = { postingType: 'villageTeamMember', startDate: '2025-03-01', defaultTermMonths: 24, leaveRuleSetId: 'preset-leave-p3', subsidyRuleId: null };
const cadre = { homeUnitId: 'u-bureau', currentPost: '县财政局办公室主任', positionLevel: '142' };

describe('postingDefaults', () => {
  it('a type alone gives its direction, the 24-month term and the preset rule sets', () => {
    expect(postingDefaults({ type: 'outbound' })).toEqual({
      type: 'outbound',
      direction: 'outbound',
      termMonths: DEFAULT_TERM_MONTHS,
      leaveRuleSetId: 'preset-leave-p1',
      subsidyRuleId: 'preset-subsidy-county-outbound',
    });
    expect(postingDefaults({ type: 'secondmentUp' })).toMatchObject({ direction: 'up', termMonths: 24, subsidyRuleId: 'preset-subsidy-township-monthly' });
  });

  it('a batch gives its type, start date, term, end date and its own rule set, the preset where it has none', () => {
    expect(postingDefaults({ batch, type: 'secondmentDown' })).toEqual({
      type: 'villageTeamMember',
      direction: 'down',
      startDate: '2025-03-01',
      termMonths: 24,
      plannedEndDate: '2027-02-28',
      leaveRuleSetId: 'preset-leave-p3',
      subsidyRuleId: 'preset-subsidy-township-monthly',
    });
    expect(postingDefaults({ batch: { ...batch, defaultTermMonths: 12 } })).toMatchObject({ termMonths: 12, plannedEndDate: '2026-02-28' });
  });

  it('a cadre gives only the dispatching unit, original post and level', () => {
    expect(postingDefaults({ cadre })).toEqual({ dispatchingUnitId: 'u-bureau', originalPost: '县财政局办公室主任', originalPositionLevel: '142' });
    expect(postingDefaults({ cadre: { ...cadre, positionLevel: null } })).toMatchObject({ originalPositionLevel: null });
    expect(postingDefaults({})).toEqual({});
  });
});

describe('replacementPosting', () => {
  const recalled = PostingSchema.parse({
    cadreId: 'c-old',
    batchId: 'b1',
    type: 'firstSecretary',
    direction: 'down',
    dispatchingUnitId: 'u-old-home',
    originalPost: '科员',
    receivingUnitId: 'u-village',
    secondedPost: '第一书记',
    village: '石岭村',
    teamRole: 'firstSecretary',
    startDate: '2025-03-01',
    termMonths: 24,
    plannedEndDate: '2027-02-28',
    actualEndDate: '2026-05-31',
    status: 'recalled',
    endReason: 'recalled',
    insured: true,
    insurancePolicyNo: 'P-001',
    studyPlan: '原挂职干部的学习计划',
    leaveRuleSetId: 'preset-leave-p1',
  });

  it('keeps host, type, village, batch and term; takes the new cadre’s unit and post; points back; starts on post', () => {
    const r = replacementPosting({ ...recalled, id: 'p-old' }, { cadre: { id: 'c-new', ...cadre }, startDate: '2026-06-01' });
    expect(r).toMatchObject({
      cadreId: 'c-new',
      batchId: 'b1',
      type: 'firstSecretary',
      dispatchingUnitId: 'u-bureau',
      originalPost: '县财政局办公室主任',
      receivingUnitId: 'u-village',
      secondedPost: '第一书记',
      village: '石岭村',
      teamRole: 'firstSecretary',
      startDate: '2026-06-01',
      plannedEndDate: '2028-05-31',
      status: 'active',
      replacesPostingId: 'p-old',
      leaveRuleSetId: 'preset-leave-p1',
      insured: false,
    });
    expect(r).not.toHaveProperty('actualEndDate');
    expect(r).not.toHaveProperty('insurancePolicyNo');
    expect(r).not.toHaveProperty('studyPlan');
    expect(PostingSchema.safeParse(r).success).toBe(true);
  });

  it('uses the post the clerk typed when given', () => {
    expect(replacementPosting({ ...recalled, id: 'p-old' }, { cadre: { id: 'c-new', ...cadre }, startDate: '2026-06-01', secondedPost: ' 驻村工作队队长 ' }).secondedPost).toBe('驻村工作队队长');
  });
});
