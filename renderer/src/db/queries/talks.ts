import { CalendarDataMissingError, monthRange } from '@shared/domain/calendar';
import { addMonths, monthOf } from '@shared/domain/dates';
import { leaveAlerts, type LeaveCase } from '@shared/domain/rules/leave';
import { proposeTalks, type ProposedTalk } from '@shared/domain/rules/talk';
import { TALKS_RESTRICTED_MESSAGE, canSeeTalks } from '@shared/domain/rules/talk-record';
import type { ReadDb, Row } from '../database';
import { AppError } from '../errors';
import { bulkGetLive, getLive, isLive, live, liveWhere } from './live';
import { listUnits } from './units';
import { loadBlackListHistory, type ScopeEntry } from './weekly-scores';

/*
 * Talk records are restricted (DOMAIN §7.7): every read here first checks this PC's role, so a
 * township's PC can neither show nor export them even if a record reached it.
 */

/** The preset leave rule set of a posting without a batch rule (DOMAIN §8.1). */
const DEFAULT_LEAVE_RULE_SET = 'preset-leave-p1';
/** The ended months the black-list trigger looks at: the last two (twice in a row). */
const BLACK_LIST_MONTHS = 2;

/** The ended months whose black lists the talk proposals look at (the last two). */
export function blackListMonths(today: string): string[] {
  const thisMonth = monthOf(today);
  return Array.from({ length: BLACK_LIST_MONTHS }, (_, i) => monthOf(addMonths(`${thisMonth}-01`, i - BLACK_LIST_MONTHS)));
}

/** Whether this PC may show talk records (a 组织部 PC). */
export async function talksVisible(db: ReadDb): Promise<boolean> {
  const site = (await db.meta.get('site'))?.value as { role?: string } | undefined;
  return canSeeTalks(site?.role);
}

/** Refuses, in Chinese, on a PC that may not see talk records. */
export async function requireTalkAccess(db: ReadDb): Promise<void> {
  if (!(await talksVisible(db))) throw new AppError(TALKS_RESTRICTED_MESSAGE);
}

/** A talk with its cadre's name and where the cadre is posted. */
export interface TalkRow {
  talk: Row<'talkRecords'>;
  name: string;
  /** 挂职单位及职务. */
  post: string;
}

/** Where a posting is, as the talk screens print it: `讲治镇 党委委员、副镇长`. */
async function postsOf(db: ReadDb, postingIds: readonly string[]): Promise<Map<string, { posting: Row<'postings'>; post: string }>> {
  const postings = await bulkGetLive(db.postings, [...new Set(postingIds)]);
  const units = new Map((await listUnits(db)).map((u) => [u.id, u]));
  return new Map(postings.map((p) => [p.id, { posting: p, post: `${units.get(p.receivingUnitId)?.shortName || units.get(p.receivingUnitId)?.name || ''} ${p.secondedPost}` }]));
}

/** Every talk on record, latest first (planned talks by their date). */
export async function listTalks(db: ReadDb): Promise<TalkRow[]> {
  await requireTalkAccess(db);
  const talks = await live(db.talkRecords).toArray();
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(talks.map((t) => t.cadreId))])).map((c) => [c.id, c]));
  const posts = await postsOf(db, talks.flatMap((t) => (t.postingId ? [t.postingId] : [])));
  return talks
    .map((talk) => ({ talk, name: cadres.get(talk.cadreId)?.name ?? '', post: (talk.postingId && posts.get(talk.postingId)?.post) || '' }))
    .sort((a, b) => (b.talk.heldDate ?? b.talk.scheduledDate).localeCompare(a.talk.heldDate ?? a.talk.scheduledDate));
}

/** One talk, with its cadre; undefined when deleted. */
export async function getTalk(db: ReadDb, id: string): Promise<TalkRow | undefined> {
  await requireTalkAccess(db);
  const talk = await getLive(db.talkRecords, id);
  if (!talk) return undefined;
  const cadre = await getLive(db.cadres, talk.cadreId);
  return { talk, name: cadre?.name ?? '', post: (talk.postingId && (await postsOf(db, [talk.postingId])).get(talk.postingId)?.post) || '' };
}

/** Leaves approved and not reported back by their deadline, as of today (leaveAlerts on the candidates). */
async function overstayedLeaves(db: ReadDb, today: string): Promise<{ postingId: string; leaveRequestId?: string; dueDate?: string }[]> {
  const open = await live(db.leaveRequests)
    .filter((r) => !r.reportedBackDate && r.endDate < today && r.status !== 'draft' && r.status !== 'cancelled' && r.status !== 'rejected')
    .toArray();
  if (open.length === 0) return [];
  const approvals = await liveWhere(db.leaveApprovals, 'leaveRequestId', open.map((r) => r.id)).toArray();
  const postings = new Map((await bulkGetLive(db.postings, [...new Set(open.map((r) => r.postingId))])).map((p) => [p.id, p]));
  const batches = new Map((await bulkGetLive(db.batches, [...new Set([...postings.values()].flatMap((p) => (p.batchId ? [p.batchId] : [])))])).map((b) => [b.id, b]));
  const ruleSets = new Map((await live(db.leaveRuleSets).toArray()).map((r) => [r.id, r]));
  const cases: LeaveCase[] = [];
  for (const request of open) {
    const posting = postings.get(request.postingId);
    const rules = ruleSets.get((posting?.batchId && batches.get(posting.batchId)?.leaveRuleSetId) || DEFAULT_LEAVE_RULE_SET);
    if (posting && rules) cases.push({ request, approvals: approvals.filter((a) => a.leaveRequestId === request.id) as LeaveCase['approvals'], rules, name: '' });
  }
  return leaveAlerts(cases, today)
    .filter((a) => a.kind === 'leaveOverstayed')
    .map((a) => ({ postingId: a.postingId, ...(a.leaveRequestId ? { leaveRequestId: a.leaveRequestId } : {}), ...(a.dueDate ? { dueDate: a.dueDate } : {}) }));
}

/** A proposed talk with the cadre's name and post, for the 谈话提醒 list. */
export interface TalkProposalRow extends ProposedTalk {
  name: string;
  post: string;
}

/**
 * The talks the triggers call for today (DOMAIN §2.15): the last ended months' township black
 * lists (twice in a row), unexcused spot-check absences and 纪实 inspections rated 差 in those
 * months, and overstayed leaves; without those a talk on record already answers. `county`: the
 * county's postings over a period covering the last two months, when the caller has them.
 */
export async function loadTalkProposals(db: ReadDb, today: string, county?: readonly ScopeEntry[]): Promise<TalkProposalRow[]> {
  await requireTalkAccess(db);
  const months = blackListMonths(today);
  const since = monthRange(months[0]!).first;
  let blackLists: { month: string; postingIds: string[] }[] = [];
  try {
    blackLists = await loadBlackListHistory(db, months, county);
  } catch (e) {
    if (!(e instanceof CalendarDataMissingError)) throw e;
  }
  const [spotChecks, inspections, overstayed, existing] = await Promise.all([
    db.spotChecks.where('date').aboveOrEqual(since).filter((s) => isLive(s) && s.result === 'absentUnexcused').toArray(),
    db.inspections.where('date').aboveOrEqual(since).filter((i) => isLive(i) && i.rating === 'poor').toArray(),
    overstayedLeaves(db, today),
    live(db.talkRecords).toArray(),
  ]);
  const postingIds = [...blackLists.flatMap((l) => l.postingIds), ...spotChecks.map((s) => s.postingId), ...inspections.map((i) => i.postingId), ...overstayed.map((l) => l.postingId)];
  const posts = await postsOf(db, postingIds);
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set([...posts.values()].map((p) => p.posting.cadreId))])).map((c) => [c.id, c]));
  const postings = [...posts.values()].map(({ posting }) => ({ id: posting.id, cadreId: posting.cadreId, name: cadres.get(posting.cadreId)?.name ?? '' }));
  const proposals = proposeTalks({ today, postings, blackLists, spotChecks, overstayedLeaves: overstayed, inspections, existingTalks: existing });
  return proposals.map((p) => ({ ...p, name: cadres.get(p.cadreId)?.name ?? '', post: posts.get(p.postingId)?.post ?? '' }));
}
