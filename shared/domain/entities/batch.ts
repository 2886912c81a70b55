import { z } from 'zod';
import { POSTING_TYPE } from '../enums';
import { code, date, int, optRef, optText, ref, text } from './fields';

/** 批次: a cohort dispatched together under one document (DOMAIN §2.5). */
export const BatchSchema = z.object({
  name: text('批次名称', { max: 60 }),
  year: int('年度', 1990, 2100),
  postingType: code(POSTING_TYPE, '挂职类型'),
  documentNo: optText('文号', { max: 40 }),
  startDate: date('开始日期'),
  plannedEndDate: date('期满日期'),
  defaultTermMonths: int('期限（月）', 1, 120),
  organiserUnitId: ref('组织单位'),
  leaveRuleSetId: optRef('请假审批规则'),
  subsidyRuleId: optRef('补助标准'),
  notes: optText('备注', { max: 500 }),
});

export type Batch = z.infer<typeof BatchSchema>;
export type BatchInput = z.input<typeof BatchSchema>;
