import { checkAmendment, checkLogEntry, entryPeriod, lockedEntryIssue } from '@shared/domain/rules/record-book-entries';
import { isDatedKind, isKeyedLogKind } from '@shared/domain/rules/record-book-kinds';
import { keyedIdOf, type EntityOf, type InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';

/** What the entry screen hands in for one 纪实 entry; `id` only to edit an entry of the free lists. */
export type EntryInput = Omit<InputOf<'logEntries'>, 'locked' | 'enteredBy' | 'periodEnd'> & { id?: string };

/** Who writes and when: the PC's label goes into `enteredBy`, `today` bounds the dates. */
export interface EntryContext {
  today: string;
  enteredBy: string;
}

function blank(text: string | null | undefined): boolean {
  return !text || text.trim() === '';
}

/**
 * Saves one 纪实 entry as the clerk typed it. A 日纪实 or a period entry (月度工作任务 …) is THE
 * entry of its posting and day or period (keyed): saving writes onto it, and saving it empty
 * deletes it. An entry of the free lists (学习培训, 调研, 民情日记) is created, or edited by `id`.
 * An entry the 组织部 inspected is locked and refused (it is amended instead). Returns the stored
 * entry, or null when an empty entry was removed or never existed.
 */
export async function saveEntry(w: Writer, input: EntryInput, ctx: EntryContext): Promise<Row<'logEntries'> | null> {
  const posting = await w.get('postings', input.postingId);
  const { id: editId, ...rest } = input;
  const dated = isDatedKind(input.kind);
  const anchor = (dated ? input.date : (input.periodStart ?? input.date)) ?? null;
  const when = dated
    ? { date: anchor, periodStart: null, periodEnd: null }
    : anchor
      ? { date: null, ...entryPeriod(input.kind, anchor, posting) }
      : { date: null, periodStart: null, periodEnd: null };
  const fields = { ...rest, ...when };
  const issues = checkLogEntry(fields, { posting, today: ctx.today });
  if (issues.length) throw new ValidationError(issues);

  // The key fields (posting, kind, day or period start) are all known before validation.
  const keyedId = isKeyedLogKind(input.kind) ? keyedIdOf('logEntries', fields as EntityOf<'logEntries'>) : undefined;
  const prevId = keyedId ?? editId;
  const prev = prevId ? await w.getAny('logEntries', prevId) : undefined;
  const live = prev && !prev._deleted ? prev : undefined;
  if (editId && !keyedId && !live) throw new ValidationError([{ field: 'content', message: '这条纪实已被删除，请刷新后重新填写' }]);
  const locked = live ? lockedEntryIssue(live) : null;
  if (locked) throw new ValidationError([locked]);

  if (blank(fields.content)) {
    if (keyedId) {
      if (live) await w.remove('logEntries', live.id);
      return null;
    }
  }
  const record = { ...fields, enteredBy: ctx.enteredBy };
  if (keyedId) return w.create('logEntries', record);
  if (live && live.date !== record.date) {
    // The day of a free-list entry is part of nothing else; a new day is a new entry.
    await w.remove('logEntries', live.id);
    return w.create('logEntries', record);
  }
  return live ? w.update('logEntries', live.id, record) : w.create('logEntries', record);
}

/** Deletes an entry (a tombstone); an inspected entry is refused. */
export async function removeEntry(w: Writer, id: string): Promise<void> {
  const entry = await w.get('logEntries', id);
  const locked = lockedEntryIssue(entry);
  if (locked) throw new ValidationError([locked]);
  await w.remove('logEntries', id);
}

/** What the clerk writes to amend an inspected entry. */
export type AmendmentInput = Pick<InputOf<'logAmendments'>, 'amendedOn' | 'content' | 'location' | 'outcome' | 'reason'>;

/**
 * Amends an inspected (locked) entry: the original stays as it is, the amendment is a record of its
 * own beside it (printed after the original in the book).
 */
export async function amendEntry(w: Writer, entryId: string, input: AmendmentInput, ctx: EntryContext): Promise<Row<'logAmendments'>> {
  const entry = await w.get('logEntries', entryId);
  const amendment = parseEntity('logAmendments', { ...input, logEntryId: entry.id, postingId: entry.postingId, enteredBy: ctx.enteredBy });
  const earlier = await liveWhere(w.db.logAmendments, 'logEntryId', entry.id).toArray();
  const issues = checkAmendment(entry, earlier, amendment, ctx.today);
  if (issues.length) throw new ValidationError(issues);
  return w.create('logAmendments', amendment);
}
