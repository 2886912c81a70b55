import { labelOf } from '@shared/domain/codes/lookup';
import { POSTING_STATUS } from '@shared/domain/enums';
import type { Posting, PostingInput } from '@shared/domain/entities/posting';
import type { FieldIssue } from '@shared/domain/issues';
import { PostingSchema } from '@shared/domain/entities/posting';
import { completionIssues, endDecisionIssues, extensionIssues, POSTING_ACTIONS, transitionIssues, type PostingAction } from '@shared/domain/rules/posting-lifecycle';
import { actionDateIssues, futureStartNotice, statusForStart, type DatedAction } from '@shared/domain/rules/posting-dates';
import { checkPair, checkPosting, normalizePostingInput } from '@shared/domain/rules/posting-rules';
import { plannedEndDate } from '@shared/domain/dates';
import { referenceIssues } from '@shared/domain/rules/references';
import { keyedId } from '@shared/domain/tables';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { domainFields } from '../domain-fields';
import { getLive, liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';

/** A written posting and the warnings (not errors) a clerk should see. */
export interface PostingWriteResult {
  posting: Row<'postings'>;
  warnings: FieldIssue[];
}

/** Fields only lifecycle actions may change; plain edits leave them alone. */
const LIFECYCLE_FIELDS = ['status', 'actualEndDate', 'endReason', 'endApprovedBy', 'endNote', 'pairedPostingId', 'replacesPostingId'] as const;

/**
 * Parses and checks a posting as it would be saved: new (`id` undefined) or `id` corrected. A new
 * posting asked for as 在岗 that starts after today is saved as 已批准 (`statusForStart`), with a
 * notice among the warnings.
 */
async function checked(w: Writer, input: Partial<PostingInput>, today: string, id?: string): Promise<{ value: Posting; warnings: FieldIssue[] }> {
  const normalized = normalizePostingInput(input);
  const entry = id === undefined && typeof normalized.status === 'string' && typeof normalized.startDate === 'string';
  const status = entry ? statusForStart(normalized.status!, normalized.startDate!, today) : normalized.status;
  const value = parseEntity('postings', { ...normalized, status });
  const notices = entry && status !== normalized.status ? [futureStartNotice(value.startDate)] : [];
  const cadre = await getLive(w.db.cadres, value.cadreId);
  const refs = referenceIssues(PostingSchema, {
    cadreId: !!cadre,
    dispatchingUnitId: !!(await getLive(w.db.units, value.dispatchingUnitId)),
    receivingUnitId: !!(await getLive(w.db.units, value.receivingUnitId)),
    ...(value.batchId ? { batchId: !!(await getLive(w.db.batches, value.batchId)) } : {}),
  });
  if (refs.length) throw new ValidationError(refs);
  const others = await liveWhere(w.db.postings, 'cadreId', value.cadreId)
    .filter((p) => p.id !== id)
    .toArray();
  const assessments = await liveWhere(w.db.assessments, 'cadreId', value.cadreId).toArray();
  const names = new Map((await w.db.units.bulkGet(others.map((o) => o.receivingUnitId))).map((u) => [u?.id, u?.shortName || u?.name]));
  const r = checkPosting(value, { today, cadre, otherPostings: others, assessments, unitName: (uid) => names.get(uid) ?? '' });
  if (r.errors.length) throw new ValidationError(r.errors);
  return { value, warnings: [...notices, ...r.warnings] };
}

/** What saving this input would say, without saving: errors that block and warnings to confirm. */
export async function previewPosting(w: Writer, input: Partial<PostingInput>, today: string, id?: string): Promise<{ errors: FieldIssue[]; warnings: FieldIssue[] }> {
  try {
    const prev = id ? await w.get('postings', id) : undefined;
    const merged = prev ? { ...(domainFields(prev) as Partial<PostingInput>), ...input } : input;
    return { errors: [], warnings: (await checked(w, merged, today, id)).warnings };
  } catch (e) {
    if (e instanceof ValidationError) return { errors: e.issues, warnings: [] };
    throw e;
  }
}

/**
 * Creates a posting. The cadre's home unit never changes (DOMAIN §7.3 T5): a secondee keeps post,
 * pay and personnel relation at home.
 */
export async function createPosting(w: Writer, input: PostingInput, today: string, opts: { id?: string } = {}): Promise<PostingWriteResult> {
  const { value, warnings } = await checked(w, input, today);
  return { posting: await w.create('postings', value, opts), warnings };
}

/**
 * Creates the two halves of a 双向互派 in one step, each pointing at the other. Units that do not
 * mirror and dates more than 30 days apart are warnings, not errors (DOMAIN §7.3 T10).
 */
export async function createPairedExchange(
  w: Writer,
  a: PostingInput,
  b: PostingInput,
  today: string,
): Promise<{ a: Row<'postings'>; b: Row<'postings'>; warnings: FieldIssue[] }> {
  if (a.cadreId === b.cadreId) throw new ValidationError([{ field: 'cadreId', message: '互派双方不能是同一名干部' }]);
  const idA = crypto.randomUUID();
  const idB = crypto.randomUUID();
  const ra = await createPosting(w, { ...a, type: 'pairedExchange', pairedPostingId: idB }, today, { id: idA });
  const rb = await createPosting(w, { ...b, type: 'pairedExchange', pairedPostingId: idA }, today, { id: idB });
  return { a: ra.posting, b: rb.posting, warnings: [...ra.warnings, ...rb.warnings, ...checkPair(ra.posting, rb.posting)] };
}

/** Corrects a posting's data. Status and end-of-posting fields change only through actions. */
export async function updatePosting(w: Writer, id: string, patch: Partial<PostingInput>, today: string): Promise<PostingWriteResult> {
  const prev = await w.get('postings', id);
  const clean: Partial<PostingInput> = { ...patch };
  for (const f of LIFECYCLE_FIELDS) delete clean[f];
  const { value, warnings } = await checked(w, { ...(domainFields(prev) as Partial<PostingInput>), ...clean }, today, id);
  const posting = await w.update('postings', id, value);
  const pair = await getLive(w.db.postings, posting.pairedPostingId);
  return { posting, warnings: pair ? [...warnings, ...checkPair(posting, pair)] : warnings };
}

/**
 * Applies a lifecycle action: refused when it does not fit the status, when its dates do not fit
 * the posting's own (`actionDateIssues`, errors only: its warnings were confirmed by the clerk), or
 * when `issues` (the action's other rules) finds anything; otherwise writes `patch` and the new
 * status (`to`, by default the action's).
 */
async function transition(
  w: Writer,
  id: string,
  action: PostingAction,
  patch: Partial<PostingInput>,
  opts: { today: string; dates?: DatedAction; issues?: (prev: Row<'postings'>) => FieldIssue[] | Promise<FieldIssue[]>; to?: (prev: Row<'postings'>) => string },
): Promise<Row<'postings'>> {
  const prev = await w.get('postings', id);
  const refused = transitionIssues(action, prev.status, labelOf(POSTING_STATUS, prev.status));
  const problems = refused.length
    ? refused
    : [...(opts.dates ? actionDateIssues(prev, opts.dates, opts.today).errors : []), ...((await opts.issues?.(prev)) ?? [])];
  if (problems.length) throw new ValidationError(problems);
  return w.update('postings', id, { ...patch, status: opts.to?.(prev) ?? POSTING_ACTIONS[action].to });
}

/** 拟选派 → 已批准. */
export async function approvePosting(w: Writer, id: string, today: string): Promise<Row<'postings'>> {
  return transition(w, id, 'approve', {}, { today });
}

/**
 * Reported for duty: 拟选派/已批准 → 在岗, with the actual start date. A start date after today
 * only records the expected date: the posting is (or stays) 已批准 (`statusForStart`). A planned end
 * that was the default for the old start (start + term − 1 day) follows the new start.
 */
export async function activatePosting(w: Writer, id: string, today: string, startDate?: string): Promise<Row<'postings'>> {
  const prev = await w.get('postings', id);
  const start = startDate ?? prev.startDate;
  const followsStart = prev.plannedEndDate === plannedEndDate(prev.startDate, prev.termMonths);
  const patch: Partial<PostingInput> = { startDate: start };
  if (followsStart && start !== prev.startDate && /^\d{4}-\d{2}-\d{2}$/.test(start)) patch.plannedEndDate = plannedEndDate(start, prev.termMonths);
  return transition(w, id, 'activate', patch, { today, dates: { action: 'activate', startDate: start }, to: () => statusForStart('active', start, today) });
}

/** What an extension needs: the new end date, when and by whom it was approved, and why. */
export interface ExtensionRequest {
  newEndDate: string;
  decidedOn: string;
  approvedBy: string;
  reason: string;
}

/** What ending a posting early (terminate, recall) needs. */
export interface EndRequest {
  actualEndDate: string;
  approvedBy: string;
  reason: string;
}

/** What completing a term needs. */
export interface CompletionRequest {
  actualEndDate: string;
  endReason?: 'termCompleted' | 'appointed';
}

/**
 * Extension (DOMAIN §7.3 T6): a later end date, who approved it and why. Each extension is a record
 * of its own (table `extensions`), so the history survives extensions recorded on two PCs.
 */
export async function extendPosting(w: Writer, id: string, ext: ExtensionRequest, today: string): Promise<Row<'postings'>> {
  const prev = await w.get('postings', id);
  const extended = await transition(w, id, 'extend', { plannedEndDate: ext.newEndDate }, {
    today,
    dates: { action: 'extend', newEndDate: ext.newEndDate, decidedOn: ext.decidedOn },
    issues: () => extensionIssues(ext),
  });
  await w.create('extensions', { postingId: id, decidedOn: ext.decidedOn, previousEndDate: prev.plannedEndDate, newEndDate: ext.newEndDate, approvedBy: ext.approvedBy, reason: ext.reason });
  return extended;
}

/** Early termination (DOMAIN §7.3 T7): needs the approver (组织部 consent) and a reason, and ends before the planned end. */
export async function terminatePosting(w: Writer, id: string, end: EndRequest, today: string): Promise<Row<'postings'>> {
  return transition(w, id, 'terminate', { actualEndDate: end.actualEndDate, endReason: 'earlyTermination', endApprovedBy: end.approvedBy, endNote: end.reason }, {
    today,
    dates: { action: 'terminate', actualEndDate: end.actualEndDate },
    issues: () => endDecisionIssues('terminate', end),
  });
}

/**
 * Recall (DOMAIN §2.6, [W-zb2017]): needs the approver and a reason; a replacement posting, when
 * given, is created in the same transaction, points back at the recalled one and starts no earlier
 * than the recall's end.
 */
export async function recallPosting(
  w: Writer,
  id: string,
  end: EndRequest,
  today: string,
  replacement?: PostingInput,
): Promise<{ recalled: Row<'postings'>; replacement?: PostingWriteResult }> {
  const recalled = await transition(w, id, 'recall', { actualEndDate: end.actualEndDate, endReason: 'recalled', endApprovedBy: end.approvedBy, endNote: end.reason }, {
    today,
    dates: { action: 'recall', actualEndDate: end.actualEndDate },
    issues: () => endDecisionIssues('recall', end),
  });
  if (!replacement) return { recalled };
  const starts = actionDateIssues(recalled, { action: 'replace', startDate: replacement.startDate, recalledEnd: end.actualEndDate }, today);
  if (starts.errors.length) throw new ValidationError(starts.errors);
  return { recalled, replacement: await createPosting(w, { ...replacement, replacesPostingId: id }, today) };
}

/** The live end-of-term assessment (期满考察) of a posting, if one is on file (its id is keyed by the posting). */
export async function findEndOfTermReview(w: Writer, postingId: string): Promise<Row<'assessments'> | undefined> {
  return getLive(w.db.assessments, keyedId('assessments', postingId));
}

/**
 * End of term (期满结束): only with the end-of-term review on file (DOMAIN §7.3 T8, T9), and an end
 * date that fits the posting (one before the planned end was confirmed by the clerk).
 */
export async function completePosting(w: Writer, id: string, end: CompletionRequest, today: string): Promise<Row<'postings'>> {
  return transition(w, id, 'complete', { actualEndDate: end.actualEndDate, endReason: end.endReason ?? 'termCompleted' }, {
    today,
    dates: { action: 'complete', actualEndDate: end.actualEndDate },
    issues: async () => completionIssues(await findEndOfTermReview(w, id)),
  });
}

/** Cancels a posting that has not started. */
export async function cancelPosting(w: Writer, id: string, reason: string, today: string): Promise<Row<'postings'>> {
  return transition(w, id, 'cancel', { endNote: reason }, { today, issues: () => endDecisionIssues('cancel', { reason }) });
}

/** Deletes a posting entered by mistake; its pair, if any, is unlinked. */
export async function removePosting(w: Writer, id: string): Promise<void> {
  const p = await w.get('postings', id);
  await w.remove('postings', id);
  if (p.pairedPostingId) {
    const pair = await getLive(w.db.postings, p.pairedPostingId);
    if (pair && pair.pairedPostingId === id) await w.update('postings', pair.id, { pairedPostingId: null });
  }
}
