import { z } from 'zod';
import { ASSESSING_UNIT, ASSESSMENT_KIND } from '../enums';
import { code, flag, optNumber, optText, ref, text } from './fields';

/**
 * 考核: routine, annual or end-of-term (DOMAIN §2.12). The grade code follows §2.1.7; which label
 * set applies (公务员 or 事业单位) follows the cadre's staff category.
 */
export const AssessmentSchema = z.object({
  postingId: ref('挂职'),
  cadreId: ref('干部'),
  kind: code(ASSESSMENT_KIND, '考核类别'),
  period: text('考核期间', { max: 40 }),
  assessingUnit: code(ASSESSING_UNIT, '考核单位'),
  score: optNumber('得分', 0, 100),
  grade: optText('等次', { max: 2, pattern: /^[12349]$/, patternMessage: '等次代码应为1、2、3、4或9' }),
  /** The cap on the grade when it was chosen (gradeCap's reasons), kept beside a grade above it. */
  capAtGrading: optText('评定时的等次上限', { max: 500 }),
  /** Why a grade above the cap was chosen (required then, DOMAIN §7.6 S6). */
  capOverrideReason: optText('高于等次上限的理由', { max: 500 }),
  hostOpinion: optText('接收单位意见', { max: 2000 }),
  homeOpinion: optText('派出单位意见', { max: 2000 }),
  orgDeptOpinion: optText('组织部意见', { max: 2000 }),
  selfSummary: optText('个人总结', { max: 10000 }),
  addToReservePool: flag('纳入后备干部库'),
  filedToDossier: flag('已存入档案'),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
