import { z } from 'zod';
import { TALK_KIND, TALK_STATUS, TALK_TRIGGER } from '../enums';
import { code, date, optDate, optRef, optText, ref, text } from './fields';

/**
 * 谈话记录 (DOMAIN §2.15). Restricted: visible to 组织部 roles only and never exported in a package
 * to a receiving or dispatching unit (§7.7).
 */
export const TalkRecordSchema = z.object({
  cadreId: ref('干部'),
  postingId: optRef('挂职'),
  kind: code(TALK_KIND, '谈话类别'),
  trigger: code(TALK_TRIGGER, '谈话起因'),
  /** What the talk answers, e.g. `weeklyBottom:2026-10` (proposeTalks), so the same event is not proposed again. */
  triggerKey: optText('起因标识', { max: 80 }),
  /** The event in words, e.g. 连续两个月列入周考评黑榜. */
  reason: optText('起因说明', { max: 500 }),
  scheduledDate: date('计划日期'),
  heldDate: optDate('谈话日期'),
  talker: text('谈话人', { max: 20 }),
  recorder: text('记录人', { max: 20 }),
  location: optText('谈话地点', { max: 60 }),
  content: optText('谈话内容', { max: 5000 }),
  response: optText('本人表态', { max: 5000 }),
  followUpDate: optDate('跟踪回访日期'),
  followUpResult: optText('回访情况', { max: 2000 }),
  status: code(TALK_STATUS, '状态'),
});
export type TalkRecord = z.infer<typeof TalkRecordSchema>;
