import { z } from 'zod';
import { POSITION_LEVEL } from '../codes';
import { END_REASON, POSTING_DIRECTION, POSTING_STATUS, POSTING_TYPE, TEAM_ROLE } from '../enums';
import { code, date, flag, int, optCode, optDate, optRef, optText, ref, text } from './fields';

/**
 * 延期记录: one extension of a posting's term (DOMAIN §7.3 T6: host need, home consent, approval),
 * a record of its own with the posting's id. Extensions used to be an array field of the posting;
 * under per-field last-writer-wins two PCs appending one each lost one of them. As records, both
 * survive a merge (ARCHITECTURE §2).
 */
export const ExtensionSchema = z.object({
  postingId: ref('挂职'),
  decidedOn: date('批准日期'),
  previousEndDate: date('原期满日期'),
  newEndDate: date('延期至'),
  approvedBy: text('批准人（单位）', { max: 40 }),
  reason: text('延期理由', { max: 200 }),
});
export type Extension = z.infer<typeof ExtensionSchema>;

/** 挂职/交流/驻村 record: one per person per secondment (DOMAIN §2.6). */
export const PostingSchema = z.object({
  cadreId: ref('干部'),
  batchId: optRef('批次'),
  type: code(POSTING_TYPE, '挂职类型'),
  direction: code(POSTING_DIRECTION, '挂职方向'),
  dispatchingUnitId: ref('派出单位'),
  originalPost: text('原单位职务', { max: 100 }),
  originalPositionLevel: optCode(POSITION_LEVEL, '原职务层次'),
  receivingUnitId: ref('接收单位'),
  secondedPost: text('挂任职务', { max: 100 }),
  isRealAppointment: flag('任职（实职）'),
  village: optText('驻村名称', { max: 60 }),
  teamId: optText('工作队', { max: 60 }),
  teamRole: optCode(TEAM_ROLE, '队内职务'),
  pairedPostingId: optRef('对应互派'),
  replacesPostingId: optRef('接替的挂职'),
  startDate: date('到岗日期'),
  termMonths: int('期限（月）', 1, 120),
  plannedEndDate: date('期满日期'),
  actualEndDate: optDate('实际结束日期'),
  status: code(POSTING_STATUS, '状态'),
  endReason: optCode(END_REASON, '结束原因'),
  endApprovedBy: optText('结束批准人（单位）', { max: 40 }),
  endNote: optText('结束说明', { max: 500 }),
  partyRelationTransferred: flag('党组织关系已转接'),
  insured: flag('已购意外险'),
  insurancePolicyNo: optText('保单号', { max: 40 }),
  liaisonLeader: optText('联系领导', { max: 40 }),
  mentor: optText('帮带领导', { max: 40 }),
  studyPlan: optText('学习锻炼计划', { max: 2000 }),
  subsidyRuleId: optRef('补助标准'),
  leaveRuleSetId: optRef('请假审批规则'),
  remarks: optText('备注', { max: 500 }),
});

export type Posting = z.infer<typeof PostingSchema>;
export type PostingInput = z.input<typeof PostingSchema>;
