import { z } from 'zod';
import { flag, optNumber, optText, text } from './fields';

/** One tier: requests of up to `maxDays` (inclusive; null = no upper bound) need this approver. */
export const LeaveTierSchema = z.object({
  maxDays: optNumber('最多天数（含）', 0.5, 366),
  approverRole: text('审批人', { max: 40 }),
  label: optText('说明', { max: 60 }),
});
export type LeaveTier = z.infer<typeof LeaveTierSchema>;

/** 请假审批规则: ordered tiers, configurable per batch or posting type (DOMAIN §2.9, §7.2). */
export const LeaveRuleSetSchema = z.object({
  name: text('规则名称', { max: 60 }),
  preset: optText('预置方案', { max: 10 }),
  // Array field on purpose: ordered tiers edited as a whole by the 组织部 only; the order and the
  // thresholds only make sense together, so a merge keeps one whole version (and reports the other).
  tiers: z
    .array(LeaveTierSchema)
    .min(1, '至少需要一级审批')
    .meta({ title: '审批层级' }),
  countWorkingDaysOnly: flag('只计工作日'),
  yearlyLimitDays: optNumber('年度累计请假上限（天）', 1, 366),
  notes: optText('说明', { max: 500 }),
});
export type LeaveRuleSet = z.infer<typeof LeaveRuleSetSchema>;
