import { monthRange } from '../calendar';
import { addDays, formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';
import { attendancePeriod } from './attendance';
import { isDatedKind, keepsCommunityDiary, kindPeriod } from './record-book-kinds';
import { weekStartOf } from './weekly-score';

/**
 * 纪实 entries (DOMAIN §2.10, issue 12): which kinds are filed under a day and which cover a period,
 * the period an entry covers, the checks before an entry is saved, the lock an inspection puts on
 * entries and the amendments written after it.
 * The kinds themselves (dated or periodic, keyed or not) are in ./record-book-kinds.ts.
 */

/** A posting as these rules read it. */
export interface EntryPosting {
  type: string;
  status: string;
  startDate: string;
  plannedEndDate: string;
  actualEndDate?: string | null;
}

/**
 * The period an entry of `kind` covers when it is about `anchor` (any day in it): the week from
 * Monday, the calendar month, quarter or year, or the whole term for the 挂职锻炼总结.
 */
export function entryPeriod(kind: string, anchor: string, posting?: Pick<EntryPosting, 'startDate' | 'plannedEndDate' | 'actualEndDate'>): { periodStart: string; periodEnd: string } {
  const y = anchor.slice(0, 4);
  switch (kindPeriod(kind)) {
    case 'week': {
      const monday = weekStartOf(anchor);
      return { periodStart: monday, periodEnd: addDays(monday, 6) };
    }
    case 'month': {
      const { first, last } = monthRange(anchor.slice(0, 7));
      return { periodStart: first, periodEnd: last };
    }
    case 'quarter': {
      const q = Math.floor((Number(anchor.slice(5, 7)) - 1) / 3);
      const first = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
      return { periodStart: first, periodEnd: monthRange(`${y}-${String(q * 3 + 3).padStart(2, '0')}`).last };
    }
    case 'year':
      return { periodStart: `${y}-01-01`, periodEnd: `${y}-12-31` };
    case 'term':
      return { periodStart: posting?.startDate ?? anchor, periodEnd: posting?.actualEndDate ?? posting?.plannedEndDate ?? anchor };
    default:
      return { periodStart: anchor, periodEnd: anchor };
  }
}

/** An entry as these rules read it (LOG_KIND codes). */
export interface EntryFields {
  kind: string;
  date?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  content?: string | null;
  locked?: boolean | null;
}

/** The day an entry is filed under: its date, or the first day of its period. */
export function entryAnchor(entry: Pick<EntryFields, 'date' | 'periodStart'>): string | null {
  return entry.date ?? entry.periodStart ?? null;
}

/**
 * What is wrong with an entry before it is saved, in Chinese: a dated kind needs its day, a period
 * kind its period; a 日纪实 cannot be written for a day after today, before the cadre took up the
 * post or after the post ended; a 民情日记 belongs to village postings only.
 */
export function checkLogEntry(entry: EntryFields, ctx: { posting: EntryPosting; today: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { posting, today } = ctx;
  if (isDatedKind(entry.kind)) {
    if (!entry.date) return [{ field: 'date', message: '请填写日期' }];
    if (entry.date > today) issues.push({ field: 'date', message: `不能填写今天（${formatDateChinese(today)}）以后的纪实` });
    if (entry.kind === 'daily') {
      const period = attendancePeriod(posting);
      if (entry.date < period.startDate) issues.push({ field: 'date', message: `${formatDateChinese(entry.date)}早于到岗日期（${formatDateChinese(period.startDate)}），不能填写工作纪实` });
      if (period.endDate !== null && entry.date > period.endDate)
        issues.push({ field: 'date', message: `${formatDateChinese(entry.date)}晚于挂职结束日期（${formatDateChinese(period.endDate)}），不能填写工作纪实` });
    }
  } else if (!entry.periodStart) {
    issues.push({ field: 'periodStart', message: '请选择纪实所属的期间' });
  }
  if (entry.kind === 'communityDiary' && !keepsCommunityDiary(posting.type)) {
    issues.push({ field: 'kind', message: '民情日记只适用于驻村工作队员和驻村第一书记' });
  }
  return issues;
}

/** The refusal when a locked (inspected) entry would be changed or deleted; null when it is not locked. */
export function lockedEntryIssue(entry: EntryFields): FieldIssue | null {
  if (!entry.locked) return null;
  const when = entryAnchor(entry);
  return {
    field: 'content',
    message: `这条纪实${when ? `（${formatDateChinese(when)}）` : ''}已经组织部检查并锁定，不能直接修改或删除；如需更正，请点“更正”填写更正内容和原因，原文将保留`,
  };
}

/**
 * The entries an inspection of the period [from, to] locks: live entries of the checked posting
 * filed under a day in that period that are not locked yet (entries written later for the same days
 * are new entries and stay open).
 */
export function entriesToLock<E extends EntryFields & { id: string }>(entries: readonly E[], period: { from: string; to: string }): string[] {
  return entries
    .filter((e) => {
      const at = entryAnchor(e);
      return !e.locked && at !== null && at >= period.from && at <= period.to;
    })
    .map((e) => e.id);
}

/** An amendment as these rules read it. */
export interface AmendmentFields {
  amendedOn: string;
  content: string;
  location?: string | null;
  outcome?: string | null;
  reason?: string | null;
  _hlc?: string;
}

/** The amendments of one entry in the order they were written (date, then stamp). */
export function amendmentsInOrder<A extends AmendmentFields>(amendments: readonly A[]): A[] {
  return [...amendments].sort((a, b) => (a.amendedOn === b.amendedOn ? ((a._hlc ?? '') < (b._hlc ?? '') ? -1 : 1) : a.amendedOn < b.amendedOn ? -1 : 1));
}

/** The text an entry stands at: its latest amendment, or the original when it has none. */
export function effectiveEntry<E extends { content: string; location?: string | null; outcome?: string | null }>(
  entry: E,
  amendments: readonly AmendmentFields[],
): { content: string; location: string | null; outcome: string | null; amended: boolean } {
  const last = amendmentsInOrder(amendments).at(-1);
  if (!last) return { content: entry.content, location: entry.location ?? null, outcome: entry.outcome ?? null, amended: false };
  return { content: last.content, location: last.location ?? null, outcome: last.outcome ?? null, amended: true };
}

/**
 * What is wrong with an amendment: only an inspected (locked) entry is amended — any other is
 * simply edited —, not dated in the future or before the entry's day, and it must change something.
 */
export function checkAmendment(
  entry: EntryFields & { content: string; location?: string | null; outcome?: string | null },
  earlier: readonly AmendmentFields[],
  amendment: AmendmentFields,
  today: string,
): FieldIssue[] {
  if (!entry.locked) return [{ field: 'content', message: '这条纪实尚未经检查锁定，可以直接修改，不需要填写更正' }];
  const issues: FieldIssue[] = [];
  if (amendment.amendedOn > today) issues.push({ field: 'amendedOn', message: `更正日期不能晚于今天（${formatDateChinese(today)}）` });
  const at = entryAnchor(entry);
  if (at && amendment.amendedOn < at) issues.push({ field: 'amendedOn', message: `更正日期不能早于纪实日期（${formatDateChinese(at)}）` });
  const now = effectiveEntry(entry, earlier);
  const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim() === (b ?? '').trim();
  if (same(now.content, amendment.content) && same(now.location, amendment.location) && same(now.outcome, amendment.outcome)) {
    issues.push({ field: 'content', message: '更正内容与现有内容相同，请修改后再保存' });
  }
  return issues;
}
