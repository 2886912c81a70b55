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
