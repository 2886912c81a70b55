import { BatchSchema, type Batch } from '../entities/batch';
import type { FieldIssue } from '../issues';
import { referenceIssues } from './references';

/** What a batch is checked against: whether its references exist, and another batch's name clash. */
export interface BatchCheckContext {
  organiserExists: boolean;
  /** undefined when the batch names no rule set */
  leaveRuleSetExists?: boolean;
  subsidyRuleExists?: boolean;
  /** another live batch has the same name */
  nameTaken: boolean;
}

/** Rules of a batch beyond field formats (DOMAIN §2.5): dates in order, references exist, unique name. */
export function checkBatch(b: Pick<Batch, 'name' | 'startDate' | 'plannedEndDate'>, ctx: BatchCheckContext): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (b.plannedEndDate < b.startDate) out.push({ field: 'plannedEndDate', message: '期满日期不能早于开始日期' });
  out.push(
    ...referenceIssues(BatchSchema, {
      organiserUnitId: ctx.organiserExists,
      ...(ctx.leaveRuleSetExists === undefined ? {} : { leaveRuleSetId: ctx.leaveRuleSetExists }),
      ...(ctx.subsidyRuleExists === undefined ? {} : { subsidyRuleId: ctx.subsidyRuleExists }),
    }),
  );
  if (ctx.nameTaken) out.push({ field: 'name', message: `已有名为“${b.name}”的批次，请换一个名称` });
  return out;
}

/** Why a batch cannot be deleted: postings still belong to it. */
export function batchRemovalIssues(name: string, postings: number): FieldIssue[] {
  return postings > 0 ? [{ field: 'id', message: `批次“${name}”下还有${postings}条挂职记录，不能删除` }] : [];
}
