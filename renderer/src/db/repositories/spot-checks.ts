import type { FieldIssue } from '@shared/domain/issues';
import { approvedLeaveDaysOfMonth, attendancePeriod } from '@shared/domain/rules/attendance';
import { checkSpotCheck } from '@shared/domain/rules/attendance-spot-checks';
import type { GradeCap } from '@shared/domain/rules/grade-cap';
import { CalendarDataMissingError } from '@shared/domain/calendar';
import { monthOf } from '@shared/domain/dates';
import type { LeaveRequestLike } from '@shared/domain/rules/leave';
import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { leaveRulesOf, leaveRulesOfPostings } from '../queries/leave-rules';
import { getLive, liveWhere } from '../queries/live';
import type { Writer } from '../writer';

/** What the checks of a spot check say, and the grade cap it leads to. */
export interface SpotCheckPreview {
  errors: FieldIssue[];
  warnings: FieldIssue[];
  cap: GradeCap | null;
}

/** Whether the posting has approved leave on `date`. */
async function onApprovedLeave(w: Writer, posting: Row<'postings'>, date: string): Promise<boolean> {
  const requests = (await liveWhere(w.db.leaveRequests, 'postingId', posting.id).toArray()).filter((l) => l.startDate <= date && l.endDate >= date);
  if (!requests.length) return false;
  const rules = leaveRulesOf((await leaveRulesOfPostings(w.db, [posting])).get(posting.id)!);
  const approvals = await liveWhere(w.db.leaveApprovals, 'leaveRequestId', requests.map((r) => r.id)).toArray();
  const cases = requests.map((request) => ({ request: request as LeaveRequestLike, rules, approvals: approvals.filter((a) => a.leaveRequestId === request.id) }));
  try {
    return approvedLeaveDaysOfMonth(cases, monthOf(date)).some((d) => d.date === date);
  } catch (e) {
    if (e instanceof CalendarDataMissingError) return false;
    throw e;
  }
}

/** Runs every check of a spot check (checkSpotCheck) against the posting and its other checks. */
export async function previewSpotCheck(w: Writer, input: Partial<InputOf<'spotChecks'>>, today: string, id?: string): Promise<SpotCheckPreview> {
  const posting = await getLive(w.db.postings, input.postingId);
  if (!posting) return { errors: [{ field: 'postingId', message: '请选择被抽查的挂职干部' }], warnings: [], cap: null };
  if (!input.date || !input.result) return { errors: [], warnings: [], cap: null };
  const cadre = await getLive(w.db.cadres, posting.cadreId);
  const others = await liveWhere(w.db.spotChecks, 'postingId', posting.id).toArray();
  return checkSpotCheck(
    { ...(id ? { id } : {}), date: input.date, result: input.result },
    { today, period: attendancePeriod(posting), onApprovedLeave: await onApprovedLeave(w, posting, input.date), others, staffCategory: cadre?.staffCategory ?? null },
  );
}

/** 登记抽查: saves a spot check; an unexcused absence sets that day to 缺勤 and counts towards the grade cap. */
export async function createSpotCheck(w: Writer, input: InputOf<'spotChecks'>, today: string): Promise<{ spotCheck: Row<'spotChecks'> } & SpotCheckPreview> {
  const p = await previewSpotCheck(w, input, today);
  if (p.errors.length) throw new ValidationError(p.errors);
  return { spotCheck: await w.create('spotChecks', input), ...p };
}

/** Corrects a spot check (the posting stays the same). */
export async function updateSpotCheck(w: Writer, id: string, input: InputOf<'spotChecks'>, today: string): Promise<{ spotCheck: Row<'spotChecks'> } & SpotCheckPreview> {
  const prev = await w.get('spotChecks', id);
  if (prev.postingId !== input.postingId) throw new ValidationError([{ field: 'postingId', message: '不能把抽查记录改到另一名干部名下，请删除后重新登记' }]);
  const p = await previewSpotCheck(w, input, today, id);
  if (p.errors.length) throw new ValidationError(p.errors);
  return { spotCheck: await w.update('spotChecks', id, input), ...p };
}

/** Deletes a spot check entered by mistake. */
export async function removeSpotCheck(w: Writer, id: string): Promise<void> {
  await w.remove('spotChecks', id);
}
