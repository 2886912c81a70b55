import { z } from 'zod';
import { int, optRef, optText, text } from './fields';

/** The five fixed items of a weekly score sheet (WeeklyScore.items); labels and maxima are configurable. */
export const SCORE_ITEM_KEYS = ['residence', 'attendance', 'discipline', 'performance', 'other'] as const;

const ScoreItemRuleSchema = z.object({
  key: z.enum(SCORE_ITEM_KEYS, { error: '考评项目不在周考评项目之列' }),
  label: text('项目名称', { max: 10 }),
  max: z.number({ error: '请填写该项满分' }).min(0, '满分不能为负数').max(100, '一项满分不能超过100分'),
});

/**
 * 周考评标准 (DOMAIN §2.13): the labels and maxima of the five items and the size of the red and
 * black lists, for the whole county (`townshipId` null) or one township that scores differently.
 * Keyed by the township, so two PCs setting the same township's standard write one record.
 */
export const ScoreRuleSetSchema = z.object({
  townshipId: optRef('适用乡镇'),
  // Array field on purpose: the five items are set as a whole by the 组织部 (labels and maxima only
  // make sense together), never grown on two PCs.
  items: z
    .array(ScoreItemRuleSchema)
    .length(SCORE_ITEM_KEYS.length, `周考评应有${SCORE_ITEM_KEYS.length}个项目`)
    .refine((items) => SCORE_ITEM_KEYS.every((k) => items.some((i) => i.key === k)), '周考评项目不能重复或缺少')
    .refine((items) => items.reduce((s, i) => s + i.max, 0) > 0, '各项满分合计应大于0')
    .meta({ title: '考评项目' }),
  listSize: int('红黑榜人数（名次）', 1, 10),
  note: optText('说明', { max: 200 }),
});
export type ScoreRuleSet = z.infer<typeof ScoreRuleSetSchema>;
