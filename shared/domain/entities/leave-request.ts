import { z } from 'zod';
import { APPROVAL_DECISION, HALF_DAY, LEAVE_STATUS, LEAVE_TYPE } from '../enums';
import { code, date, int, optDate, optText, ref, text } from './fields';

/**
 * 请假审批: one tier's decision on a leave request, recorded by the clerk (DOMAIN §2.9), a record of
 * its own with the request's id. A township and the 组织部 each record their tier on their own PC;
 * as an array field of the request one of the two would be lost to a conflict, as records both
 * survive the merge (ARCHITECTURE §2).
 */
export const LeaveApprovalSchema = z.object({
  leaveRequestId: ref('请假记录'),
  tier: int('审批层级', 1, 10),
  approverRole: text('审批岗位', { max: 40 }),
  approverName: text('审批人', { max: 20 }),
  decision: code(APPROVAL_DECISION, '审批意见'),
  date: date('审批日期'),
  comment: optText('批示', { max: 200 }),
});
export type LeaveApproval = z.infer<typeof LeaveApprovalSchema>;

/** 请销假 (DOMAIN §2.9); tiers come from the posting's LeaveRuleSet (§7.2). */
export const LeaveRequestSchema = z.object({
  postingId: ref('挂职'),
  type: code(LEAVE_TYPE, '请假类别'),
  startDate: date('开始日期'),
  startHalf: code(HALF_DAY, '开始时段'),
  endDate: date('结束日期'),
  endHalf: code(HALF_DAY, '结束时段'),
  days: z.number().min(0.5, '请假天数至少半天').max(366, '请假天数过长').multipleOf(0.5, '请假天数以半天为单位').meta({ title: '天数' }),
  reason: text('事由', { max: 200 }),
  destination: text('去向', { max: 60 }),
  evidence: optText('证明材料', { max: 200 }),
  deputy: optText('工作交接人', { max: 20 }),
  requiredTier: int('需审批层级', 1, 10),
  status: code(LEAVE_STATUS, '状态'),
  reportedBackDate: optDate('销假日期'),
  // Array field on purpose: the units that receive a copy of the printed form (一式三份) are one
  // set of labels chosen by the clerk who files the request, edited as a whole, never grown on two PCs.
  copies: z.array(z.string().trim().min(1).max(60)).default([]).meta({ title: '抄送单位' }),
});
export type LeaveRequest = z.infer<typeof LeaveRequestSchema>;
