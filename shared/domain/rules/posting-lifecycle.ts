import type { FieldIssue } from '../issues';

/**
 * The lifecycle of a posting (DOMAIN §2.6): which actions a clerk may take in which status, and the
 * status each leads to. `expiring` is computed from dates, never stored.
 */
export const POSTING_ACTIONS = {
  approve: { label: '批准', from: ['proposed'], to: 'approved' },
  activate: { label: '到岗', from: ['proposed', 'approved'], to: 'active' },
  extend: { label: '延期', from: ['active', 'extended'], to: 'extended' },
  terminate: { label: '提前结束', from: ['active', 'extended'], to: 'terminated' },
  recall: { label: '召回', from: ['active', 'extended'], to: 'recalled' },
  complete: { label: '期满结束', from: ['active', 'extended'], to: 'completed' },
  cancel: { label: '取消', from: ['proposed', 'approved'], to: 'cancelled' },
} as const;

export type PostingAction = keyof typeof POSTING_ACTIONS;

/** The actions open to a posting in `status`, in menu order. */
export function allowedActions(status: string): PostingAction[] {
  return (Object.keys(POSTING_ACTIONS) as PostingAction[]).filter((a) => (POSTING_ACTIONS[a].from as readonly string[]).includes(status));
}

/** The Chinese refusal when an action does not fit the status, or undefined when it does. */
export function actionRefusal(action: PostingAction, status: string, statusLabel: string): string | undefined {
  return (POSTING_ACTIONS[action].from as readonly string[]).includes(status)
    ? undefined
    : `状态为“${statusLabel}”的挂职不能${POSTING_ACTIONS[action].label}`;
}

/** The refusal of an action that does not fit the posting's status, as a field issue (none when it fits). */
export function transitionIssues(action: PostingAction, status: string, statusLabel: string): FieldIssue[] {
  const refusal = actionRefusal(action, status, statusLabel);
  return refusal ? [{ field: 'status', message: refusal }] : [];
}

/** What ending a posting early or cancelling it records: who approved it and why. */
export interface EndDecision {
  approvedBy?: string | null;
  reason?: string | null;
}

const blank = (v: string | null | undefined) => !v || !v.trim();

/**
 * DOMAIN §7.3 T7 and §2.6: an early termination needs the 组织部's consent and a reason, a recall
 * the approver and a reason, a cancellation a reason.
 */
export function endDecisionIssues(action: 'terminate' | 'recall' | 'cancel', end: EndDecision): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (action === 'terminate' && blank(end.approvedBy)) out.push({ field: 'approvedBy', message: '提前结束须经组织部同意，请填写批准人（单位）' });
  if (action === 'recall' && blank(end.approvedBy)) out.push({ field: 'approvedBy', message: '召回须填写批准人（单位）' });
  if (blank(end.reason)) out.push({ field: 'reason', message: { terminate: '请填写提前结束的原因', recall: '请填写召回原因', cancel: '请填写取消原因' }[action] });
  return out;
}

/** DOMAIN §7.3 T6: an extension records who approved it and why (its dates: `actionDateIssues`). */
export function extensionIssues(ext: { approvedBy?: string | null; reason?: string | null }): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (blank(ext.approvedBy)) out.push({ field: 'approvedBy', message: '请填写批准延期的领导或单位' });
  if (blank(ext.reason)) out.push({ field: 'reason', message: '请填写延期理由' });
  return out;
}

/** DOMAIN §7.3 T8, T9: a term is completed only with the end-of-term review (its grade) on file. */
export function completionIssues(review: { grade?: string | null } | undefined): FieldIssue[] {
  return review?.grade ? [] : [{ field: 'status', message: '期满结束前，请先录入期满考察结果（等次和各方意见）' }];
}
