import { daysBetween, formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';
import type { Alert } from './alerts';
import type { ProposedTalk } from './talk';

/**
 * 谈话记录 as the 组织部 keeps them (DOMAIN §2.15, §7.7): who may see them, what a planned, held and
 * closed talk must contain, and the reminders of 概览 (proposed talks, talks not yet held, follow-ups
 * due). Talk records are disciplinary in nature: only 组织部 PCs show, export or store them.
 */

/** Site roles (SITE_ROLE codes) on whose PCs talk records are visible. */
export const TALK_VISIBLE_ROLES: readonly string[] = ['orgDept'];

/** True when a PC of this role may show, export and write talk records. */
export function canSeeTalks(role: string | null | undefined): boolean {
  return !!role && TALK_VISIBLE_ROLES.includes(role);
}

/** The message of a refusal on another PC. */
export const TALKS_RESTRICTED_MESSAGE = '谈话记录属于干部监督信息，只在县委组织部的电脑上显示和导出。如本机属于组织部，请在“设置 → 本机设置”中把本机角色设为“组织部”。';

/** The talk fields the checks read. */
export interface TalkLike {
  status: string;
  scheduledDate: string;
  heldDate?: string | null;
  content?: string | null;
  response?: string | null;
  followUpDate?: string | null;
  followUpResult?: string | null;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * What a talk must contain for its status: a held talk has its date (not in the future), the gist
 * of what was said and the cadre's response; a closed one also the follow-up result; a follow-up
 * date is not before the talk.
 */
export function checkTalkRecord(talk: TalkLike, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (talk.status === 'held' || talk.status === 'closed') {
    if (!talk.heldDate) issues.push({ field: 'heldDate', message: '请填写谈话日期' });
    else if (talk.heldDate > today) issues.push({ field: 'heldDate', message: `谈话日期${formatDateChinese(talk.heldDate)}晚于今天，谈话后再记录` });
    if (blank(talk.content)) issues.push({ field: 'content', message: '请填写谈话内容' });
    if (blank(talk.response)) issues.push({ field: 'response', message: '请填写本人表态' });
  }
  if (talk.status === 'closed' && blank(talk.followUpResult)) issues.push({ field: 'followUpResult', message: '办结前请填写跟踪回访情况' });
  const from = talk.heldDate ?? talk.scheduledDate;
  if (talk.followUpDate && talk.followUpDate < from) issues.push({ field: 'followUpDate', message: `跟踪回访日期不能早于${talk.heldDate ? '谈话日期' : '计划谈话日期'}${formatDateChinese(from)}` });
  return issues;
}

/** A talk on record with its cadre's name and posting, for the reminders. */
export interface TalkForAlert extends TalkLike {
  id: string;
  cadreId: string;
  postingId?: string | null;
  name: string;
}

const TALK_LINK = { section: 'assessment', tab: 'talks' } as const;

/**
 * Reminders of talks on record: a planned talk whose date has passed (amber), a held talk whose
 * follow-up date has come without a result (yellow; amber once a week late).
 */
export function talkAlerts(talks: readonly TalkForAlert[], today: string): Alert[] {
  const out: Alert[] = [];
  for (const t of talks) {
    const base = { cadreId: t.cadreId, ...(t.postingId ? { postingId: t.postingId } : {}), link: { ...TALK_LINK, params: { id: t.id } } };
    if (t.status === 'planned' && t.scheduledDate < today) {
      out.push({ ...base, kind: 'talkOverdue', severity: 'amber', dueDate: t.scheduledDate, days: daysBetween(today, t.scheduledDate), message: `对${t.name}的谈话原定${formatDateChinese(t.scheduledDate)}进行，尚未记录谈话情况` });
    }
    if (t.status === 'held' && t.followUpDate && t.followUpDate <= today && blank(t.followUpResult)) {
      const late = daysBetween(t.followUpDate, today) >= 7;
      out.push({ ...base, kind: 'talkFollowUp', severity: late ? 'amber' : 'yellow', dueDate: t.followUpDate, days: daysBetween(today, t.followUpDate), message: `${t.name}谈话后的跟踪回访已到期（${formatDateChinese(t.followUpDate)}），请回访并记录情况` });
    }
  }
  return out;
}

/** The proposals of proposeTalks as reminders on 概览 (`days` until the suggested date), each leading to the 谈话提醒 tab. */
export function proposalAlerts(proposals: readonly ProposedTalk[], today: string): Alert[] {
  return proposals.map((p) => ({
    kind: 'talkProposed',
    severity: 'amber',
    cadreId: p.cadreId,
    postingId: p.postingId,
    dueDate: p.suggestedDate,
    days: daysBetween(today, p.suggestedDate),
    link: { ...TALK_LINK, params: { propose: p.triggerKey, posting: p.postingId } },
    message: `${p.reason}，建议${formatDateChinese(p.suggestedDate)}前进行提醒谈话`,
  }));
}
