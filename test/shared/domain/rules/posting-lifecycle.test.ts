import { describe, expect, it } from 'vitest';
import { actionRefusal, allowedActions, completionIssues, endDecisionIssues, extensionIssues, POSTING_ACTIONS, transitionIssues } from '@shared/domain/rules/posting-lifecycle';

describe('posting lifecycle (DOMAIN §2.6)', () => {
  it('offers the actions that fit each status, in menu order', () => {
    expect(allowedActions('proposed')).toEqual(['approve', 'activate', 'cancel']);
    expect(allowedActions('approved')).toEqual(['activate', 'cancel']);
    expect(allowedActions('active')).toEqual(['extend', 'terminate', 'recall', 'complete']);
    expect(allowedActions('extended')).toEqual(['extend', 'terminate', 'recall', 'complete']);
    for (const ended of ['completed', 'terminated', 'recalled', 'cancelled']) expect(allowedActions(ended)).toEqual([]);
  });

  it('leads each action to its status', () => {
    expect(Object.fromEntries(Object.entries(POSTING_ACTIONS).map(([a, d]) => [a, d.to]))).toEqual({
      approve: 'approved',
      activate: 'active',
      extend: 'extended',
      terminate: 'terminated',
      recall: 'recalled',
      complete: 'completed',
      cancel: 'cancelled',
    });
  });

  it('refuses an action that does not fit, naming the status', () => {
    expect(actionRefusal('extend', 'terminated', '提前结束')).toBe('状态为“提前结束”的挂职不能延期');
    expect(actionRefusal('extend', 'active', '在岗')).toBeUndefined();
    expect(transitionIssues('cancel', 'active', '在岗')).toEqual([{ field: 'status', message: '状态为“在岗”的挂职不能取消' }]);
    expect(transitionIssues('approve', 'proposed', '拟选派')).toEqual([]);
  });

  it('an extension must name who approved it and why', () => {
    expect(extensionIssues({ approvedBy: ' ', reason: '' })).toEqual([
      { field: 'approvedBy', message: '请填写批准延期的领导或单位' },
      { field: 'reason', message: '请填写延期理由' },
    ]);
    expect(extensionIssues({ approvedBy: '县委组织部', reason: '项目需要' })).toEqual([]);
  });

  it('early termination needs the 组织部’s consent and a reason; recall an approver and a reason; cancel a reason', () => {
    expect(endDecisionIssues('terminate', { approvedBy: '', reason: '' }).map((i) => i.message)).toEqual(['提前结束须经组织部同意，请填写批准人（单位）', '请填写提前结束的原因']);
    expect(endDecisionIssues('recall', { approvedBy: null, reason: '不胜任' }).map((i) => i.message)).toEqual(['召回须填写批准人（单位）']);
    expect(endDecisionIssues('cancel', { reason: ' ' }).map((i) => i.message)).toEqual(['请填写取消原因']);
    expect(endDecisionIssues('recall', { approvedBy: '县委组织部', reason: '不胜任' })).toEqual([]);
  });

  it('completing a term needs the end-of-term review with its grade', () => {
    const message = '期满结束前，请先录入期满考察结果（等次和各方意见）';
    expect(completionIssues(undefined)).toEqual([{ field: 'status', message }]);
    expect(completionIssues({ grade: null })).toEqual([{ field: 'status', message }]);
    expect(completionIssues({ grade: '2' })).toEqual([]);
  });
});
