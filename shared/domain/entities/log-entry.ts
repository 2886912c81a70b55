import { z } from 'zod';
import { LOG_CATEGORY, LOG_KIND } from '../enums';
import { code, codes, flag, optDate, optNumber, optText, ref, text } from './fields';

/** 纪实 entry of the record book (DOMAIN §2.10). Daily entries have `date`; others a period. */
export const LogEntrySchema = z.object({
  postingId: ref('挂职'),
  kind: code(LOG_KIND, '纪实类别'),
  date: optDate('日期'),
  periodStart: optDate('起始日期'),
  periodEnd: optDate('截止日期'),
  title: optText('标题', { max: 100 }),
  content: text('工作内容', { max: 10000 }),
  // Array fields on purpose (ARCHITECTURE §2): `category` is a set of labels of one entry and
  // `attachments` the files of that entry, both edited as a whole by the one person who keeps the
  // record book; no two PCs grow them independently. Attachments shared across PCs would need a table.
  category: codes(LOG_CATEGORY, '工作类别'),
  location: optText('地点', { max: 60 }),
  outcome: optText('完成情况', { max: 2000 }),
  problems: optText('困难问题', { max: 2000 }),
  nextPlan: optText('下步计划', { max: 2000 }),
  selfScore: optNumber('自评分', 0, 100),
  attachments: z.array(z.string().max(200)).default([]).meta({ title: '附件' }),
  locked: flag('已检查锁定'),
  enteredBy: text('录入人', { max: 20 }),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;
