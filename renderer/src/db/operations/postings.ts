import type { PostingInput } from '@shared/domain/entities/posting';
import type { FieldIssue } from '@shared/domain/issues';
import { replacementPosting } from '@shared/domain/rules/posting-defaults';
import { checkPair } from '@shared/domain/rules/posting-rules';
import type { Row } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { getLive } from '../queries/live';
import * as repo from '../repositories/postings';
import type { Store } from '../store';

export type { PostingWriteResult } from '../repositories/postings';

/** What saving would say, without saving: errors that block and warnings the clerk confirms. */
export interface SavePreview {
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/** Checks a posting as saving it would (new, or `id` edited), in a read-only transaction. */
export function previewPosting(store: Store, input: Partial<PostingInput>, today: string, id?: string): Promise<SavePreview> {
  return store.read((w) => repo.previewPosting(w, input, today, id));
}

/** Creates a posting (新增挂职). */
export function createPosting(store: Store, input: PostingInput, today: string): Promise<repo.PostingWriteResult> {
  return store.write((w) => repo.createPosting(w, input, today));
}

/** Corrects a posting's registration data; status and end fields change only through the actions below. */
export function updatePosting(store: Store, id: string, patch: Partial<PostingInput>, today: string): Promise<repo.PostingWriteResult> {
  return store.write((w) => repo.updatePosting(w, id, patch, today));
}

/**
 * Checks both halves of a 双向互派 as saving would: errors and warnings of each half (prefixed
 * 甲方/乙方) and the pair's own warnings (mirrored units, dates within 30 days).
 */
export async function previewPair(store: Store, a: PostingInput, b: PostingInput, today: string): Promise<SavePreview> {
  const [pa, pb] = await store.read((w) => Promise.all([repo.previewPosting(w, a, today), repo.previewPosting(w, b, today)]));
  const side = (prefix: string, issues: FieldIssue[]) => issues.map((i) => ({ ...i, message: `${prefix}：${i.message}` }));
  return {
    errors: [...side('甲方', pa.errors), ...side('乙方', pb.errors)],
    warnings: [...side('甲方', pa.warnings), ...side('乙方', pb.warnings), ...checkPair(a as never, b as never)],
  };
}

/** Creates the two halves of a 双向互派, linked to each other, in one transaction. */
export function createPair(store: Store, a: PostingInput, b: PostingInput, today: string): Promise<{ a: Row<'postings'>; b: Row<'postings'>; warnings: FieldIssue[] }> {
  return store.write((w) => repo.createPairedExchange(w, a, b, today));
}

/** 批准: 拟选派 → 已批准. */
export function approvePosting(store: Store, id: string, today: string): Promise<Row<'postings'>> {
  return store.write((w) => repo.approvePosting(w, id, today));
}

/** 到岗: 拟选派/已批准 → 在岗 with the actual start date (a date after today keeps it 已批准, see statusForStart). */
export function activatePosting(store: Store, id: string, startDate: string | undefined, today: string): Promise<Row<'postings'>> {
  return store.write((w) => repo.activatePosting(w, id, today, startDate));
}

/** 延期: a later end date, who approved it and why; the extension history is kept. */
export function extendPosting(store: Store, id: string, ext: repo.ExtensionRequest, today: string): Promise<Row<'postings'>> {
  return store.write((w) => repo.extendPosting(w, id, ext, today));
}

/** 提前结束: needs the approver (组织部 consent), a reason, and an end date between the start and the planned end. */
export function terminatePosting(store: Store, id: string, end: repo.EndRequest, today: string): Promise<Row<'postings'>> {
  return store.write((w) => repo.terminatePosting(w, id, end, today));
}

/** Who replaces a recalled cadre: the cadre, the start date and (optionally) a different post. */
export interface ReplacementRequest {
  cadreId: string;
  startDate: string;
  secondedPost?: string | null;
}

/**
 * 召回 (DOMAIN §2.6): ends the posting and, when `replacement` is given, creates the replacement
 * posting in the same transaction (same host, type, village and term; the new cadre's home unit
 * and post; see `replacementPosting`). Returns the replacement's id when one was created.
 */
export function recallWithReplacement(
  store: Store,
  id: string,
  end: repo.EndRequest,
  today: string,
  replacement?: ReplacementRequest,
): Promise<{ recalled: Row<'postings'>; replacement?: repo.PostingWriteResult }> {
  return store.write(async (w) => {
    let input: PostingInput | undefined;
    if (replacement) {
      const cadre = await getLive(w.db.cadres, replacement.cadreId);
      if (!cadre) throw new ValidationError([{ field: 'replacementCadre', message: '请选择接替的干部' }]);
      const recalled = await getLive(w.db.postings, id);
      if (!recalled) throw new NotFoundError('挂职记录');
      input = replacementPosting(recalled, { cadre, startDate: replacement.startDate, secondedPost: replacement.secondedPost ?? null });
    }
    return repo.recallPosting(w, id, end, today, input);
  });
}

/** 期满结束: only with the end-of-term review on file and an end date that fits the posting. */
export function completePosting(store: Store, id: string, end: repo.CompletionRequest, today: string): Promise<Row<'postings'>> {
  return store.write((w) => repo.completePosting(w, id, end, today));
}

/** 取消: a posting that has not started, with the reason. */
export function cancelPosting(store: Store, id: string, reason: string, today: string): Promise<Row<'postings'>> {
  return store.write((w) => repo.cancelPosting(w, id, reason, today));
}

/** Deletes a posting entered by mistake (a tombstone); its pair, if any, is unlinked. */
export function removePosting(store: Store, id: string): Promise<void> {
  return store.write((w) => repo.removePosting(w, id));
}
