import { z } from 'zod';
import { isValidCode } from '../codes/lookup';
import { INSPECTION_RATING, INSPECTION_SCOPE } from '../enums';
import { date, flag, optCode, optDate, optNumber, optRef, optText, ref, text } from './fields';

/**
 * 组织部检查纪实手册 (DOMAIN §2.11): one record per posting checked. An inspection of a whole township
 * at once is one record per cadre on post there, each with the township in `unitId`, so each cadre's
 * book prints its own result and expected/found counts.
 */
export const InspectionSchema = z.object({
  postingId: ref('挂职'),
  unitId: optRef('检查的乡镇（单位）'),
  date: date('检查日期'),
  inspector: text('检查人', { max: 20 }),
  inspectorUnit: text('检查单位', { max: 60 }),
  // Array field on purpose: the items one inspection covered, ticked at once by the inspector who
  // writes the record; edited as a whole, never grown on two PCs.
  scope: z
    .array(z.string().refine((c) => isValidCode(INSPECTION_SCOPE, c), { message: '检查内容不在代码表中' }))
    .min(1, '请选择检查内容')
    .meta({ title: '检查内容', codeList: INSPECTION_SCOPE }),
  periodFrom: date('检查起始日期'),
  periodTo: date('检查截止日期'),
  entriesExpected: optNumber('应有纪实条数', 0, 10000),
  entriesFound: optNumber('实有纪实条数', 0, 10000),
  rating: optCode(INSPECTION_RATING, '检查评价'),
  comment: text('检查意见', { max: 2000 }),
  rectificationRequired: flag('需要整改'),
  rectifyBy: optDate('整改期限'),
  rectifiedOn: optDate('整改完成日期'),
  signature: optText('检查人签名', { max: 20 }),
});
export type Inspection = z.infer<typeof InspectionSchema>;
