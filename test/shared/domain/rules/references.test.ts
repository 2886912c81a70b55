import { describe, expect, it } from 'vitest';
import { BatchSchema } from '@shared/domain/entities/batch';
import { PostingSchema } from '@shared/domain/entities/posting';
import { missingReference, referenceIssues } from '@shared/domain/rules/references';

describe('references', () => {
  it('name the missing record by the field’s Chinese label, one wording for every table', () => {
    expect(referenceIssues(PostingSchema, { cadreId: false, dispatchingUnitId: true, receivingUnitId: false })).toEqual([
      { field: 'cadreId', message: '干部不存在或已删除，请重新选择' },
      { field: 'receivingUnitId', message: '接收单位不存在或已删除，请重新选择' },
    ]);
    expect(referenceIssues(BatchSchema, { organiserUnitId: false, leaveRuleSetId: false })).toEqual([
      { field: 'organiserUnitId', message: '组织单位不存在或已删除，请重新选择' },
      { field: 'leaveRuleSetId', message: '请假审批规则不存在或已删除，请重新选择' },
    ]);
    expect(referenceIssues(PostingSchema, { cadreId: true })).toEqual([]);
    expect(missingReference('parentId', '上级单位').message).toBe('上级单位不存在或已删除，请重新选择');
  });
});
