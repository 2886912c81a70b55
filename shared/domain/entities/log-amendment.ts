import { z } from 'zod';
import { date, optText, ref, text } from './fields';

/**
 * 纪实更正: a change to a 纪实 entry after the 组织部 inspected (and so locked) it. The original stays
 * as it was; each amendment is a record of its own beside it (collections as records, ARCHITECTURE
 * §2), so two PCs amending the same entry both keep theirs, and the printed book shows the
 * original followed by every amendment in date order.
 */
export const LogAmendmentSchema = z.object({
  logEntryId: ref('原纪实'),
  postingId: ref('挂职'),
  amendedOn: date('更正日期'),
  content: text('更正后的工作内容', { max: 10000 }),
  location: optText('更正后的地点', { max: 60 }),
  outcome: optText('更正后的完成情况', { max: 2000 }),
  reason: text('更正原因', { max: 200 }),
  enteredBy: text('录入人', { max: 40 }),
});
export type LogAmendment = z.infer<typeof LogAmendmentSchema>;
