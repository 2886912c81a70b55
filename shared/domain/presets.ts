import type { LeaveRuleSet } from './entities/leave-rule-set';
import type { SubsidyRule } from './entities/subsidy-rule';

/**
 * The rule sets every PC starts with (DOMAIN §7.2, §7.4, §8.1). They carry fixed ids, so the copy
 * seeded on each PC is the same record: packages merge them instead of duplicating them, and a
 * 组织部 that edits a preset edits it everywhere.
 */
export const LEAVE_RULE_PRESETS: readonly (LeaveRuleSet & { id: string })[] = [
  {
    id: 'preset-leave-p1',
    name: '乡镇管理的驻村工作队（默认）',
    preset: 'P1',
    tiers: [
      { maxDays: 1, approverRole: '工作（分）队长', label: '1天以内' },
      { maxDays: 3, approverRole: '乡镇党委书记', label: '1天以上3天（含）以内' },
      { maxDays: null, approverRole: '县委组织部', label: '3天以上' },
    ],
    countWorkingDaysOnly: true,
    yearlyLimitDays: 30,
    notes: '依据：乡镇驻村工作队管理实践（≤1天队长、≤3天乡镇党委书记、>3天县委组织部）',
  },
  {
    id: 'preset-leave-p2',
    name: '驻村工作组（三级审批）',
    preset: 'P2',
    tiers: [
      { maxDays: 1, approverRole: '工作组组长及乡镇“三民”办', label: '1天以内' },
      { maxDays: 3, approverRole: '县“三民”办', label: '1天以上3天（含）以内' },
      { maxDays: null, approverRole: '县委主要领导', label: '3天以上' },
    ],
    countWorkingDaysOnly: true,
    yearlyLimitDays: 30,
    notes: null,
  },
  {
    id: 'preset-leave-p3',
    name: '驻村工作分队（乡镇、县两级）',
    preset: 'P3',
    tiers: [
      { maxDays: 3, approverRole: '乡镇党委', label: '3天（含）以内' },
      { maxDays: null, approverRole: '县委组织部（县基层办）', label: '3天以上' },
    ],
    countWorkingDaysOnly: true,
    yearlyLimitDays: 30,
    notes: null,
  },
  {
    id: 'preset-leave-p4',
    name: '驻村干部（5天分级）',
    preset: 'P4',
    tiers: [
      { maxDays: 5, approverRole: '乡镇党委书记', label: '5天（含）以内' },
      { maxDays: null, approverRole: '县级党委组织部门', label: '5天以上' },
    ],
    countWorkingDaysOnly: true,
    yearlyLimitDays: 30,
    notes: null,
  },
  {
    id: 'preset-leave-p5',
    name: '到社区挂职的市属单位干部',
    preset: 'P5',
    tiers: [
      { maxDays: 3, approverRole: '挂职单位', label: '3天（含）以内' },
      { maxDays: 7, approverRole: '区委组织部', label: '3天以上7天（含）以内' },
      { maxDays: null, approverRole: '市委组织部', label: '7天以上' },
    ],
    countWorkingDaysOnly: true,
    yearlyLimitDays: null,
    notes: null,
  },
  {
    id: 'preset-leave-p6',
    name: '到社区挂职的区属单位干部',
    preset: 'P6',
    tiers: [
      { maxDays: 7, approverRole: '街道（管委会）', label: '7天（含）以内' },
      { maxDays: null, approverRole: '区委组织部', label: '7天以上' },
    ],
    countWorkingDaysOnly: true,
    yearlyLimitDays: null,
    notes: null,
  },
];

export const SUBSIDY_RULE_PRESETS: readonly (SubsidyRule & { id: string })[] = [
  {
    id: 'preset-subsidy-county-outbound',
    name: '县外挂职生活补助（每在岗日30元，每月往返1次）',
    basis: 'perPresentDay',
    amount: 30,
    countStatuses: ['present', 'officialOuting'],
    prorateByWorkdays: false,
    maxTripsPerMonth: 1,
    tripFare: null,
    appliesTo: ['outbound', 'mutualDispatch'],
    outOfCountyOnly: true,
    payer: 'dispatching',
    validFrom: '2017-01-01',
    validTo: null,
  },
  {
    id: 'preset-subsidy-township-monthly',
    name: '乡镇挂职生活补助（每月500元）',
    basis: 'perMonth',
    amount: 500,
    countStatuses: ['present', 'officialOuting'],
    prorateByWorkdays: false,
    maxTripsPerMonth: null,
    tripFare: null,
    appliesTo: ['secondmentDown', 'villageTeamMember', 'firstSecretary', 'pairedExchange'],
    outOfCountyOnly: false,
    payer: 'dispatching',
    validFrom: '2017-01-01',
    validTo: null,
  },
];

/** The preset a batch of this posting type starts with. */
export function defaultRulesFor(postingType: string): { leaveRuleSetId: string; subsidyRuleId: string } {
  const outbound = postingType === 'outbound' || postingType === 'mutualDispatch';
  return {
    leaveRuleSetId: 'preset-leave-p1',
    subsidyRuleId: outbound ? 'preset-subsidy-county-outbound' : 'preset-subsidy-township-monthly',
  };
}
