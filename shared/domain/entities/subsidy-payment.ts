import { z } from 'zod';
import { PAYER, PAYMENT_STATUS } from '../enums';
import { code, money, optDate, optNumber, optRef, optText, ref, text } from './fields';

/**
 * 补助发放 for one posting and month. A paid month is locked; corrections are new adjustment lines
 * (`adjustsPaymentId`), never silent edits (DOMAIN §7.4).
 */
export const SubsidyPaymentSchema = z.object({
  postingId: ref('挂职'),
  month: text('月份', { max: 7, pattern: /^\d{4}-(0[1-9]|1[0-2])$/, patternMessage: '月份应为YYYY-MM' }),
  ruleId: ref('补助标准'),
  days: optNumber('计补天数', 0, 31),
  trips: optNumber('往返次数', 0, 31),
  unitAmount: money('补助标准（元）'),
  amount: z.number().min(-1e9).max(1e9).meta({ title: '金额（元）' }),
  status: code(PAYMENT_STATUS, '发放状态'),
  paidOn: optDate('发放日期'),
  payer: code(PAYER, '发放单位'),
  adjustsPaymentId: optRef('调整的发放记录'),
  note: optText('备注', { max: 200 }),
  // The parts of `amount` as the 生活补助发放表 prints them (amount = base + trip + other), what the
  // computation said, and the round trips the clerk entered for the month (§4.5, §7.4).
  baseAmount: optNumber('生活补助金额（元）', 0, 1e9),
  tripAmount: optNumber('交通费（元）', 0, 1e9),
  otherAmount: optNumber('其他（元）', -1e9, 1e9),
  adjustReason: optText('调整原因', { max: 200 }),
  explanation: optText('计算说明', { max: 500 }),
  claimedTrips: optNumber('本月往返次数', 0, 31),
  claimedFare: optNumber('实际往返交通费（元）', 0, 100000),
});
export type SubsidyPayment = z.infer<typeof SubsidyPaymentSchema>;
