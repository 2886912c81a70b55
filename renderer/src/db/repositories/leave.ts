import { CalendarDataMissingError } from '@shared/domain/calendar';
import type { FieldIssue } from '@shared/domain/issues';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import {
  approvalState,
  checkLeaveRequest,
  checkNewApproval,
  checkReportBack,
  leaveDays,
  requiredTier,
  type ApprovalState,
} from '@shared/domain/rules/leave';
import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { AppError, NotFoundError, ValidationError } from '../errors';
import { leaveRulesOf, leaveRulesOfPostings, type LeaveRuleSetRow } from '../queries/leave-rules';
import { getLive, liveWhere } from '../queries/live';
import type { Writer } from '../writer';

/** What a clerk types into the 请假 form (days, tier and status are computed). */
export type LeaveInput = Pick<
  InputOf<'leaveRequests'>,
  'postingId' | 'type' | 'startDate' | 'startHalf' | 'endDate' | 'endHalf' | 'reason' | 'destination' | 'evidence' | 'deputy' | 'copies'
>;

/** What saving a request would do: the counted days, the tier that must approve, and what is wrong. */
export interface LeavePreview {
  days: number | null;
  requiredTier: number | null;
  ruleSet: LeaveRuleSetRow | null;
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/** Counts the days and finds the tier of a request, with every check of checkLeaveRequest. */
export async function previewLeave(w: Writer, input: Partial<LeaveInput>, today: string, id?: string): Promise<LeavePreview> {
  const none: LeavePreview = { days: null, requiredTier: null, ruleSet: null, errors: [], warnings: [] };
  const posting = await getLive(w.db.postings, input.postingId);
  if (!posting) return { ...none, errors: [{ field: 'postingId', message: '请选择请假的挂职干部' }] };
  const ruleSet = (await leaveRulesOfPostings(w.db, [posting])).get(posting.id)!;
  if (!input.startDate || !input.endDate) return { ...none, ruleSet };
  const period = { startDate: input.startDate, endDate: input.endDate, startHalf: input.startHalf ?? 'full', endHalf: input.endHalf ?? 'full' };
  const rules = leaveRulesOf(ruleSet);
  const others = await liveWhere(w.db.leaveRequests, 'postingId', posting.id).toArray();
  try {
    const { errors, warnings } = checkLeaveRequest({ ...period, ...(id ? { id } : {}) }, rules, { today, others, postingPeriod: attendancePeriod(posting) });
    if (errors.length) return { ...none, ruleSet, errors, warnings };
    const days = leaveDays(period, rules);
    return { days, requiredTier: requiredTier(days, rules.tiers), ruleSet, errors, warnings };
  } catch (e) {
    // working days of a year without a holiday arrangement: say so on the dates
    if (e instanceof CalendarDataMissingError) return { ...none, ruleSet, errors: [{ field: 'startDate', message: e.message }] };
    throw e;
  }
}

/** 登记请假: saves a request as 审批中 with its days and required tier; returns the warnings the clerk confirmed. */
export async function createLeave(w: Writer, input: LeaveInput, today: string): Promise<{ request: Row<'leaveRequests'>; warnings: FieldIssue[] }> {
  const p = await previewLeave(w, input, today);
  if (p.errors.length) throw new ValidationError(p.errors);
  const request = await w.create('leaveRequests', { ...input, days: p.days!, requiredTier: p.requiredTier!, status: 'pending' });
  return { request, warnings: p.warnings };
}

/** Corrects a request that no tier has decided on yet. */
export async function updateLeave(w: Writer, id: string, input: LeaveInput, today: string): Promise<{ request: Row<'leaveRequests'>; warnings: FieldIssue[] }> {
  const prev = await w.get('leaveRequests', id);
  if (prev.postingId !== input.postingId) throw new ValidationError([{ field: 'postingId', message: '不能把请假记录改到另一名干部名下，请撤销后重新登记' }]);
  if ((await approvalsOf(w, id)).length) throw new AppError('该请假已有审批意见，不能再修改；如需更改，请撤销后重新登记。');
  if (prev.status === 'cancelled') throw new AppError('该请假已撤销，不能修改。');
  const p = await previewLeave(w, input, today, id);
  if (p.errors.length) throw new ValidationError(p.errors);
  const request = await w.update('leaveRequests', id, { ...input, days: p.days!, requiredTier: p.requiredTier! });
  return { request, warnings: p.warnings };
}

/** 撤销: a request that will not be taken (its approvals stay on file). */
export async function cancelLeave(w: Writer, id: string): Promise<Row<'leaveRequests'>> {
  const prev = await w.get('leaveRequests', id);
  if (prev.reportedBackDate) throw new AppError('该请假已销假，不能撤销。');
  return w.update('leaveRequests', id, { status: 'cancelled' });
}

async function approvalsOf(w: Writer, leaveRequestId: string): Promise<Row<'leaveApprovals'>[]> {
  return liveWhere(w.db.leaveApprovals, 'leaveRequestId', leaveRequestId).toArray();
}

/** A request with its rule set, approval records and where they stand. */
export async function leaveCase(w: Writer, id: string): Promise<{ request: Row<'leaveRequests'>; ruleSet: LeaveRuleSetRow; approvals: Row<'leaveApprovals'>[]; days: number; state: ApprovalState }> {
  const request = await w.get('leaveRequests', id);
  const posting = await getLive(w.db.postings, request.postingId);
  if (!posting) throw new NotFoundError('该请假对应的挂职记录');
  const ruleSet = (await leaveRulesOfPostings(w.db, [posting])).get(posting.id)!;
  const approvals = await approvalsOf(w, id);
  // the days as the rule set counts them now, as the attendance grid does
  const days = leaveDays(request, leaveRulesOf(ruleSet));
  return { request, ruleSet, approvals, days, state: approvalState(days, ruleSet.tiers, approvals) };
}

/** One tier's decision as the clerk records it; the tier is always the next one. */
export interface ApprovalInput {
  approverName: string;
  decision: 'approved' | 'rejected';
  date: string;
  comment?: string | null;
}

/**
 * 审批: records the next tier's decision (approver, decision, date, comment). Tiers are recorded in
 * order; the request becomes 已批准 once the top required tier approved, 未批准 at a rejection.
 */
export async function recordLeaveApproval(w: Writer, leaveRequestId: string, input: ApprovalInput, today: string): Promise<{ approval: Row<'leaveApprovals'>; state: ApprovalState }> {
  const c = await leaveCase(w, leaveRequestId);
  if (c.request.status === 'cancelled') throw new AppError('该请假已撤销，不能再审批。');
  const tier = c.state.nextTier ?? c.state.requiredTier;
  if (input.date > today) throw new ValidationError([{ field: 'date', message: '审批日期不能晚于今天' }]);
  const refused = checkNewApproval(c.days, c.ruleSet.tiers, c.approvals, { tier, date: input.date });
  if (refused) throw new ValidationError([{ field: 'date', message: refused }]);
  const approval = await w.create('leaveApprovals', {
    leaveRequestId,
    tier,
    approverRole: c.ruleSet.tiers[tier - 1]?.approverRole ?? `第${tier}级`,
    approverName: input.approverName,
    decision: input.decision,
    date: input.date,
    comment: input.comment ?? null,
  });
  const state = approvalState(c.days, c.ruleSet.tiers, [...c.approvals, approval]);
  if (state.status !== 'pending' && c.request.status !== state.status) await w.update('leaveRequests', leaveRequestId, { status: state.status });
  return { approval, state };
}

/** 销假: the cadre reported back on `date`; an overstay is allowed and said (warnings). */
export async function reportBack(w: Writer, leaveRequestId: string, date: string, today: string): Promise<{ request: Row<'leaveRequests'>; warnings: FieldIssue[] }> {
  const c = await leaveCase(w, leaveRequestId);
  if (date > today) throw new ValidationError([{ field: 'reportedBackDate', message: '销假日期不能晚于今天' }]);
  const { errors, warnings } = checkReportBack(c.request, c.state, date);
  if (errors.length) throw new ValidationError(errors);
  const request = await w.update('leaveRequests', leaveRequestId, { reportedBackDate: date, status: 'reportedBack' });
  return { request, warnings };
}
