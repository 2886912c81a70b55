import { entryAnchor, entriesToLock } from '@shared/domain/rules/record-book-entries';
import { checkInspection, checkRectified } from '@shared/domain/rules/record-book-inspections';
import type { InputOf } from '@shared/domain/tables';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { expectedFound, inspectedPostings, type InspectionTarget } from '../queries/inspections';
import { liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';

/** What the inspector writes once for the whole inspection (the counts are computed per posting). */
export type InspectionInput = Omit<InputOf<'inspections'>, 'postingId' | 'unitId' | 'entriesExpected' | 'entriesFound'>;

/**
 * Records an inspection of one cadre, or of every cadre on post in a township (one record per
 * posting, each with its own expected/found counts), and locks the entries it checked: from now on
 * they are amended, never edited. Refused, with nothing written, when no cadre was on post there.
 */
export async function recordInspection(w: Writer, target: InspectionTarget, input: InspectionInput, today: string): Promise<Row<'inspections'>[]> {
  const unitId = 'unitId' in target ? target.unitId : null;
  const probe = parseEntity('inspections', { ...input, postingId: 'postingId' in target ? target.postingId : '-', unitId });
  const issues = checkInspection(probe, today);
  if (issues.length) throw new ValidationError(issues);
  const period = { from: probe.periodFrom, to: probe.periodTo };
  const postings = await inspectedPostings(w.db, target, period);
  if (postings.length === 0) {
    throw new ValidationError([{ field: 'unitId', message: unitId ? '所选单位在检查期间没有在岗的挂职干部，请核对单位和检查期间' : '找不到这名干部的挂职记录，可能已被删除' }]);
  }
  const created: Row<'inspections'>[] = [];
  for (const posting of postings) {
    const counts = await expectedFound(w.db, posting, period);
    created.push(await w.create('inspections', { ...probe, postingId: posting.id, entriesExpected: counts.expected, entriesFound: counts.found }));
    for (const id of entriesToLock(counts.entries, period)) await w.update('logEntries', id, { locked: true });
  }
  return created;
}

/** Records that the rectification an inspection asked for was done on `rectifiedOn`. */
export async function markRectified(w: Writer, id: string, rectifiedOn: string, today: string): Promise<Row<'inspections'>> {
  const inspection = await w.get('inspections', id);
  const issues = checkRectified(inspection, rectifiedOn, today);
  if (issues.length) throw new ValidationError(issues);
  return w.update('inspections', id, { rectifiedOn });
}

/**
 * Deletes an inspection recorded by mistake, and opens again the entries only it had locked: those
 * no other inspection of the posting covers and that have no amendment.
 */
export async function removeInspection(w: Writer, id: string): Promise<void> {
  const inspection = await w.get('inspections', id);
  await w.remove('inspections', id);
  const others = (await liveWhere(w.db.inspections, 'postingId', inspection.postingId).toArray()).filter((i) => i.id !== id);
  const covered = (day: string) => others.some((i) => day >= i.periodFrom && day <= i.periodTo);
  const entries = await liveWhere(w.db.logEntries, 'postingId', inspection.postingId).toArray();
  const amended = new Set((await liveWhere(w.db.logAmendments, 'postingId', inspection.postingId).toArray()).map((a) => a.logEntryId));
  for (const e of entries) {
    const day = entryAnchor(e);
    if (!e.locked || day === null || day < inspection.periodFrom || day > inspection.periodTo) continue;
    if (covered(day) || amended.has(e.id)) continue;
    await w.update('logEntries', e.id, { locked: false });
  }
}
