import { cadreRemovalIssues, duplicateIdCardIssue, validateCadre } from '@shared/domain/rules/cadre-rules';
import { referenceIssues } from '@shared/domain/rules/references';
import { CadreSchema, type Cadre, type CadreInput } from '@shared/domain/entities/cadre';
import type { Row } from '../database';
import { domainFields } from '../domain-fields';
import { ValidationError } from '../errors';
import { getLive, liveWhere } from '../queries/live';
import type { Writer } from '../writer';

/** Another live cadre with this ID number, if any (the ID number is a business key, DOMAIN §2.2). */
async function findCadreByIdCardNo(w: Writer, idCardNo: string, exceptId?: string): Promise<Row<'cadres'> | undefined> {
  return liveWhere(w.db.cadres, 'idCardNo', idCardNo)
    .filter((c) => c.id !== exceptId)
    .first();
}

async function checked(w: Writer, input: Partial<CadreInput>, today: string, id?: string): Promise<Cadre> {
  const v = validateCadre(input, { today });
  if (!v.ok) throw new ValidationError(v.errors);
  const refs = referenceIssues(CadreSchema, { homeUnitId: !!(await getLive(w.db.units, v.value.homeUnitId)) });
  if (refs.length) throw new ValidationError(refs);
  const dup = v.value.idCardNo ? await findCadreByIdCardNo(w, v.value.idCardNo, id) : undefined;
  if (dup) throw new ValidationError([duplicateIdCardIssue(dup.name)]);
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
  const issues = cadreRemovalIssues(cadre.name, await liveWhere(w.db.postings, 'cadreId', id).count());
  if (issues.length) throw new ValidationError(issues);
  await w.remove('cadres', id);
}
