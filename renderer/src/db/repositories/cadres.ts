import { validateCadre } from '@shared/domain/rules/cadre-rules';
import type { CadreInput } from '@shared/domain/entities/cadre';
import type { Cadre } from '@shared/domain/entities/cadre';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import type { Writer } from '../writer';
import { domainFields } from '../domain-fields';
import { getLive, liveWhere } from '../queries/live';

/** Another live cadre with this ID number, if any (the ID number is a business key, DOMAIN §2.2). */
export async function findCadreByIdCardNo(w: Writer, idCardNo: string, exceptId?: string): Promise<Row<'cadres'> | undefined> {
  return liveWhere(w.db.cadres, 'idCardNo', idCardNo)
    .filter((c) => c.id !== exceptId)
    .first();
}

async function checked(w: Writer, input: Partial<CadreInput>, today: string, id?: string): Promise<Cadre> {
  const v = validateCadre(input, { today });
  if (!v.ok) throw new ValidationError(v.errors);
  if (!(await getLive(w.db.units, v.value.homeUnitId))) throw new ValidationError([{ field: 'homeUnitId', message: '工作单位不存在或已删除，请重新选择' }]);
  const dup = await findCadreByIdCardNo(w, v.value.idCardNo, id);
  if (dup) throw new ValidationError([{ field: 'idCardNo', message: `身份证号码已登记为“${dup.name}”，请勿重复登记；如需修改请在干部列表中找到该干部` }]);
  return v.value;
}

/** Registers a cadre; sex and birth date come from the ID number. */
export async function createCadre(w: Writer, input: CadreInput, today: string): Promise<Row<'cadres'>> {
  return w.create('cadres', await checked(w, input, today));
}

/** Changes a cadre's data. Only changed fields are stamped. */
export async function updateCadre(w: Writer, id: string, patch: Partial<CadreInput>, today: string): Promise<Row<'cadres'>> {
  const prev = await w.get('cadres', id);
  return w.update('cadres', id, await checked(w, { ...(domainFields(prev) as Partial<CadreInput>), ...patch }, today, id));
}

/** Deletes a cadre who has no live postings. */
export async function removeCadre(w: Writer, id: string): Promise<void> {
  const cadre = await w.get('cadres', id);
  const postings = await liveWhere(w.db.postings, 'cadreId', id).count();
  if (postings > 0) throw new ValidationError([{ field: 'id', message: `“${cadre.name}”还有${postings}条挂职记录，请先删除挂职记录` }]);
  await w.remove('cadres', id);
}
