import type { InputOf } from '@shared/domain/tables';
import { batchRemovalIssues, checkBatch } from '@shared/domain/rules/batch-rules';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { getLive, live, liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';

async function assertValid(w: Writer, b: ReturnType<typeof parseEntity<'batches'>>, id?: string): Promise<void> {
  const issues = checkBatch(b, {
    organiserExists: !!(await getLive(w.db.units, b.organiserUnitId)),
    ...(b.leaveRuleSetId ? { leaveRuleSetExists: !!(await getLive(w.db.leaveRuleSets, b.leaveRuleSetId)) } : {}),
    ...(b.subsidyRuleId ? { subsidyRuleExists: !!(await getLive(w.db.subsidyRules, b.subsidyRuleId)) } : {}),
    nameTaken: !!(await live(w.db.batches).filter((x) => x.id !== id && x.name === b.name).first()),
  });
  if (issues.length) throw new ValidationError(issues);
}

/** Creates a batch (a cohort dispatched under one document). */
export async function createBatch(w: Writer, input: InputOf<'batches'>): Promise<Row<'batches'>> {
  const b = parseEntity('batches', input);
  await assertValid(w, b);
  return w.create('batches', b);
}

/** Changes a batch; its postings keep their own dates and terms. */
export async function updateBatch(w: Writer, id: string, patch: Partial<InputOf<'batches'>>): Promise<Row<'batches'>> {
  const prev = await w.get('batches', id);
  const b = parseEntity('batches', { ...prev, ...patch });
  await assertValid(w, b, id);
  return w.update('batches', id, b);
}

/** Deletes a batch no posting belongs to. */
export async function removeBatch(w: Writer, id: string): Promise<void> {
  const b = await w.get('batches', id);
  const issues = batchRemovalIssues(b.name, await liveWhere(w.db.postings, 'batchId', id).count());
  if (issues.length) throw new ValidationError(issues);
  await w.remove('batches', id);
}
