import { z } from 'zod';
import { SPOT_CHECK_KIND, SPOT_CHECK_RESULT } from '../enums';
import { code, date, optText, ref, text } from './fields';

/** 明查暗访 / 督查 (DOMAIN §2.8). An unexcused absence overrides that day's attendance. */
export const SpotCheckSchema = z.object({
  postingId: ref('挂职'),
  date: date('抽查日期'),
  time: optText('抽查时间', { max: 5, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, patternMessage: '时间应为“时:分”' }),
  kind: code(SPOT_CHECK_KIND, '抽查方式'),
  inspector: text('检查人', { max: 20 }),
  inspectorUnit: text('检查单位', { max: 60 }),
  result: code(SPOT_CHECK_RESULT, '抽查结果'),
  note: optText('情况说明', { max: 500 }),
});
export type SpotCheck = z.infer<typeof SpotCheckSchema>;
