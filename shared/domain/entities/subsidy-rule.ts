import { z } from 'zod';
import { ATTENDANCE_STATUS, PAYER, POSTING_TYPE, SUBSIDY_BASIS } from '../enums';
import { code, codes, date, flag, money, optDate, optNumber, text } from './fields';

/** 补助标准: configurable allowance rule with validity dates (DOMAIN §2.14, §7.4). */
export const SubsidyRuleSchema = z.object({
  name: text('标准名称', { max: 60 }),
  basis: code(SUBSIDY_BASIS, '补助方式'),
  amount: money('补助金额（元）'),
  // Array fields on purpose: rule configuration edited as a whole by the 组织部 only (DOMAIN §7.7);
  // a partial merge of two edits of one list would give a rule nobody decided.
  countStatuses: codes(ATTENDANCE_STATUS, '计入天数的考勤状态', ['present', 'officialOuting']),
  prorateByWorkdays: flag('按出勤比例折算'),
  maxTripsPerMonth: optNumber('每月往返次数上限', 0, 31),
  tripFare: optNumber('每次往返交通费（元）', 0, 100000),
  appliesTo: codes(POSTING_TYPE, '适用挂职类型'),
  outOfCountyOnly: flag('仅限县外挂职'),
  payer: code(PAYER, '发放单位'),
  validFrom: date('起始日期'),
  validTo: optDate('截止日期'),
});
export type SubsidyRule = z.infer<typeof SubsidyRuleSchema>;
