import { z } from 'zod';
import { RESERVE_BASIS, RESERVE_STATUS } from '../enums';
import { code, date, optRef, optText, ref } from './fields';

/** 后备干部库 entry (DOMAIN §2.16); 期满考察优秀 prompts one. */
export const ReservePoolEntrySchema = z.object({
  cadreId: ref('干部'),
  sourcePostingId: optRef('来源挂职'),
  addedOn: date('入库日期'),
  basis: code(RESERVE_BASIS, '入库依据'),
  status: code(RESERVE_STATUS, '在库状态'),
  note: optText('备注', { max: 500 }),
});
export type ReservePoolEntry = z.infer<typeof ReservePoolEntrySchema>;
