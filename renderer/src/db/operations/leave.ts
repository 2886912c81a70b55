import type { FieldIssue } from '@shared/domain/issues';
import type { ApprovalState } from '@shared/domain/rules/leave';
import type { Row } from '../database';
import * as repo from '../repositories/leave';
import type { Store } from '../store';

export type { ApprovalInput, LeaveInput, LeavePreview } from '../repositories/leave';

/** What saving a 请假 would count (days, tier) and say, without saving. */
export function previewLeave(store: Store, input: Partial<repo.LeaveInput>, today: string, id?: string): Promise<repo.LeavePreview> {
  return store.read((w) => repo.previewLeave(w, input, today, id));
}

/** 登记请假 (请销假): a request with its days and required tier, 审批中 until its tiers decide. */
export function createLeave(store: Store, input: repo.LeaveInput, today: string): Promise<{ request: Row<'leaveRequests'>; warnings: FieldIssue[] }> {
  return store.write((w) => repo.createLeave(w, input, today));
}

/** Corrects a request no tier has decided on yet. */
export function updateLeave(store: Store, id: string, input: repo.LeaveInput, today: string): Promise<{ request: Row<'leaveRequests'>; warnings: FieldIssue[] }> {
  return store.write((w) => repo.updateLeave(w, id, input, today));
}

/** 撤销 a request that will not be taken. */
export function cancelLeave(store: Store, id: string): Promise<Row<'leaveRequests'>> {
  return store.write((w) => repo.cancelLeave(w, id));
}

/** 审批: the next tier's decision (approver, 同意/不同意, date, comment). */
export function recordLeaveApproval(store: Store, id: string, input: repo.ApprovalInput, today: string): Promise<{ approval: Row<'leaveApprovals'>; state: ApprovalState }> {
  return store.write((w) => repo.recordLeaveApproval(w, id, input, today));
}

/** 销假: the date the cadre reported back (an overstay is recorded and said). */
export function reportBack(store: Store, id: string, date: string, today: string): Promise<{ request: Row<'leaveRequests'>; warnings: FieldIssue[] }> {
  return store.write((w) => repo.reportBack(w, id, date, today));
}
