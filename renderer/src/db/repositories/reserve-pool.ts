import type { InputOf } from '@shared/domain/tables';
import { ReservePoolEntrySchema } from '@shared/domain/entities/reserve-pool-entry';
import { referenceIssues } from '@shared/domain/rules/references';
import { checkReserveEntry } from '@shared/domain/rules/reserve-pool';
import type { Row } from '../database';
import { domainFields } from '../domain-fields';
import { ValidationError } from '../errors';
import { getLive, liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';

/**
 * Adds a cadre to the 后备干部库 (DOMAIN §2.16), or with `id` changes an entry (its status 已使用 /
 * 已出库 with the reason in the note). A cadre is in the pool once at a time.
 */
export async function addReserveEntry(w: Writer, input: InputOf<'reservePool'>, today: string, id?: string): Promise<Row<'reservePool'>> {
  const prev = id ? await w.get('reservePool', id) : undefined;
  const value = parseEntity('reservePool', { ...(prev ? domainFields(prev) : {}), ...input });
  const refs = referenceIssues(ReservePoolEntrySchema, {
    cadreId: !!(await getLive(w.db.cadres, value.cadreId)),
    ...(value.sourcePostingId ? { sourcePostingId: !!(await getLive(w.db.postings, value.sourcePostingId)) } : {}),
  });
  if (refs.length) throw new ValidationError(refs);
  const others = await liveWhere(w.db.reservePool, 'cadreId', value.cadreId).toArray();
  const issues = checkReserveEntry({ ...value, id: prev?.id }, others, today);
  if (issues.length) throw new ValidationError(issues);
  return prev ? w.update('reservePool', prev.id, value) : w.create('reservePool', value);
}

/** Deletes an entry made by mistake. */
export async function removeReserveEntry(w: Writer, id: string): Promise<void> {
  await w.remove('reservePool', id);
}
