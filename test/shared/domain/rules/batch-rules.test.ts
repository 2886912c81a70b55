import { describe, expect, it } from 'vitest';
import { batchRemovalIssues, checkBatch } from '@shared/domain/rules/batch-rules';

const batch = { name: '2025年第一批双向挂职', startDate: '2025-03-01', plannedEndDate: '2027-02-28' };
const ok = { organiserExists: true, nameTaken: false };

describe('batch rules', () => {
  it('accept a batch whose dates are in order and whose references exist', () => {
    expect(checkBatch(batch, { ...ok, leaveRuleSetExists: true, subsidyRuleExists: true })).toEqual([]);
  });

  it('report every problem at once: dates, missing organiser or rule sets, a name already used', () => {
    expect(checkBatch({ ...batch, plannedEndDate: '2025-01-01' }, { organiserExists: false, leaveRuleSetExists: false, subsidyRuleExists: false, nameTaken: true }).map((i) => i.message)).toEqual([
      '期满日期不能早于开始日期',
      '组织单位不存在或已删除，请重新选择',
      '请假审批规则不存在或已删除，请重新选择',
      '补助标准不存在或已删除，请重新选择',
      '已有名为“2025年第一批双向挂职”的批次，请换一个名称',
    ]);
  });

  it('a batch with postings cannot be deleted', () => {
    expect(batchRemovalIssues('2025年第一批', 12)).toEqual([{ field: 'id', message: '批次“2025年第一批”下还有12条挂职记录，不能删除' }]);
    expect(batchRemovalIssues('2025年第一批', 0)).toEqual([]);
  });
});
