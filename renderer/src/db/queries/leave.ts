// The 请销假 list and a request's detail: requests with their approvals, rule set, where the
// approvals stand and the status a clerk sees.
import { addDays } from '@shared/domain/dates';
import { approvalState, effectiveLeaveStatus, leaveDays, type ApprovalState, type LeaveRequestLike } from '@shared/domain/rules/leave';
import type { ReadDb, Row } from '../database';
import { postingOptions } from './attendance-postings';
import { leaveRulesOf, leaveRulesOfPostings, type LeaveRuleSetRow } from './leave-rules';
import { bulkGetLive, getLive, isLive, liveWhere } from './live';

/** A request with everything the list, the drawer and the printed form show. */
export interface LeaveCaseRow {
  request: Row<'leaveRequests'>;
  posting: Row<'postings'>;
  name: string;
  /** 讲治镇 副镇长（县发展和改革局） */
  postingLabel: string;
  ruleSet: LeaveRuleSetRow;
  approvals: Row<'leaveApprovals'>[];
  /** Days as the rule set counts them now. */
  days: number;
  state: ApprovalState;
  /** LEAVE_STATUS code: draft, pending, approved, rejected, cancelled, reportedBack, overstayed. */
  status: string;
}

/** How far back the list reaches by start date. */
const LIST_DAYS = 400;

async function cases(db: ReadDb, requests: Row<'leaveRequests'>[], today: string): Promise<LeaveCaseRow[]> {
  if (!requests.length) return [];
  const postings = new Map((await bulkGetLive(db.postings, [...new Set(requests.map((r) => r.postingId))])).map((p) => [p.id, p]));
  const live = requests.filter((r) => postings.has(r.postingId));
  const [rules, approvals, options] = await Promise.all([
    leaveRulesOfPostings(db, [...postings.values()]),
    liveWhere(db.leaveApprovals, 'leaveRequestId', live.map((r) => r.id)).toArray(),
    postingOptions(db, [...postings.values()]),
  ]);
  const optionOf = new Map(options.map((o) => [o.postingId, o]));
  return live.map((request) => {
    const ruleSet = rules.get(request.postingId)!;
    const mine = approvals.filter((a) => a.leaveRequestId === request.id).sort((a, b) => a.tier - b.tier);
    let days = request.days;
    try {
      days = leaveDays(request, leaveRulesOf(ruleSet));
    } catch {
      // a year without holiday data: the days counted when the request was made
    }
    const state = approvalState(days, ruleSet.tiers, mine);
    const o = optionOf.get(request.postingId)!;
    return {
      request,
      posting: postings.get(request.postingId)!,
      name: o.name,
      postingLabel: o.detail,
      ruleSet,
      approvals: mine,
      days,
      state,
      status: safeStatus(request, state, today),
    };
  });
}

function safeStatus(request: LeaveRequestLike, state: ApprovalState, today: string): string {
  try {
    return effectiveLeaveStatus(request, state, today);
  } catch {
    return request.status;
  }
}

/** Requests that started within the last 400 days or later, newest first, as the clerk sees them. */
export async function listLeaveCases(db: ReadDb, today: string): Promise<LeaveCaseRow[]> {
  const requests = await db.leaveRequests.where('startDate').aboveOrEqual(addDays(today, -LIST_DAYS)).filter(isLive).toArray();
  requests.sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  return cases(db, requests, today);
}

/** One request as the drawer and the printed 请假审批表 show it; undefined when it is gone. */
export async function loadLeaveCase(db: ReadDb, id: string, today: string): Promise<LeaveCaseRow | undefined> {
  const request = await getLive(db.leaveRequests, id);
  return request ? (await cases(db, [request], today))[0] : undefined;
}

/** Requests that start within [from, to], by start date, as the clerk sees them (the 请假登记表). */
export async function leaveCasesStartingBetween(db: ReadDb, from: string, to: string, today: string): Promise<LeaveCaseRow[]> {
  const requests = await db.leaveRequests.where('startDate').between(from, to, true, true).filter(isLive).toArray();
  requests.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  return cases(db, requests, today);
}
