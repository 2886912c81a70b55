import type { InputOf } from '@shared/domain/tables';
import { TalkRecordSchema } from '@shared/domain/entities/talk-record';
import { referenceIssues } from '@shared/domain/rules/references';
import { checkTalkRecord } from '@shared/domain/rules/talk-record';
import type { Row } from '../database';
import { domainFields } from '../domain-fields';
import { ValidationError } from '../errors';
import { getLive } from '../queries/live';
import { requireTalkAccess } from '../queries/talks';
import { parseEntity, type Writer } from '../writer';

/** A talk as the dialog hands it in (a new one, or the changed fields of one on record). */
export type TalkInput = Partial<InputOf<'talkRecords'>>;

/**
 * Plans, records or closes a talk (谈话提醒, DOMAIN §2.15): only on a 组织部 PC; the cadre and the
 * posting must exist (and belong together); what the status needs is checked by checkTalkRecord.
 */
export async function saveTalk(w: Writer, input: TalkInput, today: string, id?: string): Promise<Row<'talkRecords'>> {
  await requireTalkAccess(w.db);
  const prev = id ? await w.get('talkRecords', id) : undefined;
  const value = parseEntity('talkRecords', { ...(prev ? domainFields(prev) : {}), ...input });
  const posting = await getLive(w.db.postings, value.postingId);
  const refs = referenceIssues(TalkRecordSchema, { cadreId: !!(await getLive(w.db.cadres, value.cadreId)), ...(value.postingId ? { postingId: !!posting } : {}) });
  if (refs.length) throw new ValidationError(refs);
  if (posting && posting.cadreId !== value.cadreId) throw new ValidationError([{ field: 'postingId', message: '所选挂职不是该干部的挂职记录' }]);
  const issues = checkTalkRecord(value, today);
  if (issues.length) throw new ValidationError(issues);
  return prev ? w.update('talkRecords', prev.id, value) : w.create('talkRecords', value);
}

/** Deletes a talk entered by mistake (only on a 组织部 PC). */
export async function removeTalk(w: Writer, id: string): Promise<void> {
  await requireTalkAccess(w.db);
  await w.remove('talkRecords', id);
}
