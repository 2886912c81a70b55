import { CalendarDataMissingError, addWorkdays, monthRange } from '../calendar';
import { addDays, formatDateChinese } from '../dates';
import { blackListedTwiceInRow } from './weekly-score';

/**
 * Proposed 提醒谈话 (DOMAIN §2.15, §7.5, issue 13): from the black list twice in a row, an unexcused
 * spot-check absence, an overstayed leave and a 纪实 inspection rated 差. A proposal is dropped when
 * a talk for the same cadre and trigger already covers the same event (planned, held or closed).
 *
 * "Covers": a talk that carries the proposal's `triggerKey` (the recommended way to store what a
 * talk answers), or — for talks without one — a talk of the same trigger scheduled on or after the
 * event's date (a talk planned after the event addresses it; one planned before cannot).
 */

export type TalkTriggerCode = 'weeklyBottom' | 'spotCheckAbsence' | 'leaveOverstay' | 'recordBookPoor';

export interface ProposedTalk {
  cadreId: string;
  postingId: string;
  /** TALK_KIND code: always 提醒谈话. */
  kind: 'reminder';
  /** TALK_TRIGGER code. */
  trigger: TalkTriggerCode;
  /** Identifies the event (trigger plus month, date or record id), to store on the talk. */
  triggerKey: string;
  /** When the event happened (the end of the second black-listed month, the check, the report-back deadline, the inspection). */
  eventDate: string;
  /** Why, in Chinese, for the talk's 起因 field. */
  reason: string;
  /** A few working days after the later of the event and today; the clerk may change it. */
  suggestedDate: string;
}

/** A talk already on record (TalkRecord fields the rule reads). */
export interface ExistingTalk {
  cadreId: string;
  postingId?: string | null;
  trigger: string;
  scheduledDate: string;
  triggerKey?: string | null;
}

export interface TalkTriggerInput {
  today: string;
  /** Postings concerned, with the cadre's name for the reasons. */
  postings: readonly { id: string; cadreId: string; name: string }[];
  /** Monthly black lists (any months, any order). */
  blackLists?: readonly { month: string; postingIds: readonly string[] }[];
  spotChecks?: readonly { postingId: string; date: string; result: string }[];
  /** Overstayed leaves, e.g. the leaveOverstayed alerts of leaveAlerts. */
  overstayedLeaves?: readonly { postingId: string; leaveRequestId?: string; dueDate?: string }[];
  inspections?: readonly { id?: string; postingId: string; date: string; rating?: string | null }[];
  existingTalks: readonly ExistingTalk[];
  /** Working days between the later of event and today and the suggested date (default 3). */
  withinWorkdays?: number;
}

function monthLabel(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** A later date plus n working days; without holiday data for that year, plus n calendar days (a suggestion only). */
function suggest(from: string, n: number): string {
  try {
    return addWorkdays(from, n);
  } catch (e) {
    if (e instanceof CalendarDataMissingError) return addDays(from, n);
    throw e;
  }
}

function covers(talk: ExistingTalk, p: ProposedTalk): boolean {
  if (talk.cadreId !== p.cadreId || talk.trigger !== p.trigger) return false;
  if (talk.postingId && talk.postingId !== p.postingId) return false;
  if (talk.triggerKey) return talk.triggerKey === p.triggerKey;
  return talk.scheduledDate >= p.eventDate;
}

/** The talks the triggers call for, oldest event first, without those already covered. */
export function proposeTalks(input: TalkTriggerInput): ProposedTalk[] {
  const postings = new Map(input.postings.map((p) => [p.id, p]));
  const n = input.withinWorkdays ?? 3;
  const out = new Map<string, ProposedTalk>();
  const add = (postingId: string, trigger: TalkTriggerCode, key: string, eventDate: string, reason: (name: string) => string) => {
    const posting = postings.get(postingId);
    if (!posting) return;
    const triggerKey = `${trigger}:${key}`;
    if (out.has(`${postingId}|${triggerKey}`)) return;
    const base = input.today > eventDate ? input.today : eventDate;
    const p: ProposedTalk = {
      cadreId: posting.cadreId,
      postingId,
      kind: 'reminder',
      trigger,
      triggerKey,
      eventDate,
      reason: reason(posting.name),
      suggestedDate: suggest(base, n),
    };
    if (!input.existingTalks.some((t) => covers(t, p))) out.set(`${postingId}|${triggerKey}`, p);
  };

  const lists = [...(input.blackLists ?? [])].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (let i = 1; i < lists.length; i++) {
    const [prev, cur] = [lists[i - 1]!, lists[i]!];
    const year = cur.month.slice(0, 4) === prev.month.slice(0, 4) ? `${cur.month.slice(0, 4)}年${monthLabel(prev.month)}、${monthLabel(cur.month)}` : `${prev.month.slice(0, 4)}年${monthLabel(prev.month)}、${cur.month.slice(0, 4)}年${monthLabel(cur.month)}`;
    for (const postingId of blackListedTwiceInRow(prev, cur)) {
      add(postingId, 'weeklyBottom', cur.month, monthRange(cur.month).last, (name) => `${name}连续两个月（${year}）列入周考评黑榜`);
    }
  }
  for (const s of input.spotChecks ?? []) {
    if (s.result !== 'absentUnexcused') continue;
    add(s.postingId, 'spotCheckAbsence', s.date, s.date, (name) => `${name}在${formatDateChinese(s.date)}的明查暗访中无故不在岗`);
  }
  for (const l of input.overstayedLeaves ?? []) {
    const due = l.dueDate ?? input.today;
    add(l.postingId, 'leaveOverstay', l.leaveRequestId ?? due, due, (name) => `${name}请假期满未按时销假（应于${formatDateChinese(due)}前销假）`);
  }
  for (const insp of input.inspections ?? []) {
    if (insp.rating !== 'poor') continue;
    add(insp.postingId, 'recordBookPoor', insp.id ?? insp.date, insp.date, (name) => `${name}的纪实手册在${formatDateChinese(insp.date)}的检查中评价为“差”`);
  }
  return [...out.values()].sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : 0));
}
