import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { parseEntity, type Writer } from '../writer';
import { getLive, live, liveWhere } from '../queries/live';

async function assertRefs(w: Writer, b: ReturnType<typeof parseEntity<'batches'>>, id?: string): Promise<void> {
  if (b.plannedEndDate < b.startDate) throw new ValidationError([{ field: 'plannedEndDate', message: '期满日期不能早于开始日期' }]);
  if (!(await getLive(w.db.units, b.organiserUnitId))) throw new ValidationError([{ field: 'organiserUnitId', message: '组织单位不存在或已删除，请重新选择' }]);
  if (b.leaveRuleSetId && !(await w.db.leaveRuleSets.get(b.leaveRuleSetId)))
    throw new ValidationError([{ field: 'leaveRuleSetId', message: '请假审批规则不存在，请重新选择' }]);
  if (b.subsidyRuleId && !(await w.db.subsidyRules.get(b.subsidyRuleId)))
    throw new ValidationError([{ field: 'subsidyRuleId', message: '补助标准不存在，请重新选择' }]);
  const same = await live(w.db.batches).filter((x) => x.id !== id && x.name === b.name).first();
  if (same) throw new ValidationError([{ field: 'name', message: `已有名为“${b.name}”的批次，请换一个名称` }]);
}

/** Creates a batch (a cohort dispatched under one document). */
export async function createBatch(w: Writer, input: InputOf<'batches'>): Promise<Row<'batches'>> {
  const b = parseEntity('batches', input);
  await assertRefs(w, b);
  return w.create('batches', b);
}

/** Changes a batch; its postings keep their own dates and terms. */
export async function updateBatch(w: Writer, id: string, patch: Partial<InputOf<'batches'>>): Promise<Row<'batches'>> {
  const prev = await w.get('batches', id);
  const b = parseEntity('batches', { ...prev, ...patch });
  await assertRefs(w, b, id);
  return w.update('batches', id, b);
}

/** Deletes a batch no posting belongs to. */
export async function removeBatch(w: Writer, id: string): Promise<void> {
  const b = await w.get('batches', id);
  const n = await liveWhere(w.db.postings, 'batchId', id).count();
  if (n > 0) throw new ValidationError([{ field: 'id', message: `批次“${b.name}”下还有${n}条挂职记录，不能删除` }]);
  await w.remove('batches', id);
}
