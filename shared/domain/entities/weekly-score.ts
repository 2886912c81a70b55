import { z } from 'zod';
import { date, optText, ref } from './fields';

const ScoreItemSchema = z.object({
  max: z.number().min(0).max(100),
  deduction: z.number().min(0).max(100),
  reason: z.string().max(200).nullable().default(null),
});

/** 周考评: deductions from a full score per item (DOMAIN §2.13). `weekStart` is a Monday. */
export const WeeklyScoreSchema = z.object({
  postingId: ref('挂职'),
  weekStart: date('周起始日（周一）'),
  // One field on purpose (an object of five fixed items, not a growing list): the week is scored at
  // once by one scorer and `total` is computed from all five, so the items travel together.
  items: z
    .object({
      residence: ScoreItemSchema,
      attendance: ScoreItemSchema,
      discipline: ScoreItemSchema,
      performance: ScoreItemSchema,
      other: ScoreItemSchema,
    })
    .meta({ title: '考评项目' }),
  total: z.number().min(0).max(500).meta({ title: '总分' }),
  scoredBy: optText('评分人', { max: 20 }),
});
export type WeeklyScore = z.infer<typeof WeeklyScoreSchema>;
