import { z } from 'zod';
import { ATTENDANCE_BASIS, ATTENDANCE_STATUS, POSTING_TYPE, VILLAGE_POSTING_TYPES } from '../enums';
import { checkAttendanceSymbols, DEFAULT_ATTENDANCE_SYMBOLS } from '../rules/attendance-symbols';
import { DEFAULT_ATTENDANCE_RULES } from '../rules/attendance';
import { code, codes, optNumber, optRef, text } from './fields';

/** The scope of the county's one attendance rule set (its key). */
export const COUNTY_SCOPE = '全县';

const SymbolSchema = z.object({
  status: z.enum(DEFAULT_ATTENDANCE_SYMBOLS.map((s) => s.status) as [string, ...string[]], { error: '考勤符号对应的考勤状态不正确' }),
  symbol: z.string().trim(),
  label: z.string().trim().max(10),
  key: z.string(),
  digit: z.string(),
});

/**
 * 考勤规则 (DOMAIN §7.1): the minimum days in post (A2/A3), which posting types they bind, which
 * statuses count as in post (A4), the grid's symbols and keys, and the county's default 请假审批规则
 * (§7.2; a batch's or a posting's own rule set wins; none = P1). One rule set for the county,
 * edited by the 组织部 in 设置 and synced (keyed by `scope`); without a record the defaults apply.
 */
export const AttendanceRulesSchema = z
  .object({
    scope: text('适用范围', { max: 20 }),
    minDaysPerMonth: optNumber('每月最少在岗天数', 1, 31),
    minDaysPerYear: optNumber('每年最少在岗天数', 1, 366),
    basis: code(ATTENDANCE_BASIS, '达标口径'),
    postingTypes: codes(POSTING_TYPE, '适用的挂职类型', [...VILLAGE_POSTING_TYPES]),
    inPostStatuses: codes(ATTENDANCE_STATUS, '计为在岗的考勤状态', [...DEFAULT_ATTENDANCE_RULES.inPostStatuses]),
    leaveRuleSetId: optRef('本县默认请假审批规则'),
    // Array field on purpose: the symbol table is edited as a whole; only a whole table is checked
    // for duplicate symbols and keys.
    symbols: z
      .array(SymbolSchema)
      .default(() => DEFAULT_ATTENDANCE_SYMBOLS.map((s) => ({ ...s })))
      .superRefine((symbols, ctx) => {
        for (const message of checkAttendanceSymbols(symbols as never)) ctx.addIssue({ code: 'custom', message });
      })
      .meta({ title: '考勤符号' }),
  })
  .superRefine((v, ctx) => {
    if (v.basis === 'month' && v.minDaysPerMonth === null) ctx.addIssue({ code: 'custom', path: ['minDaysPerMonth'], message: '按月计算达标时，请填写每月最少在岗天数' });
    if (v.basis === 'year' && v.minDaysPerYear === null) ctx.addIssue({ code: 'custom', path: ['minDaysPerYear'], message: '按年计算达标时，请填写每年最少在岗天数' });
  });
export type AttendanceRules = z.infer<typeof AttendanceRulesSchema>;
