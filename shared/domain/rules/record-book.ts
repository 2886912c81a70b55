import { CalendarDataMissingError, countWorkdays, workdaysInRange } from '../calendar';
import { addDays, addMonths, daysBetween, formatDateChinese, monthOf } from '../dates';
import { ON_POST_STATUSES } from '../enums';
import { type AttendancePeriod, attendancePeriod } from './attendance';

/**
 * 纪实手册 rules (DOMAIN §2.10, §2.11, §7.5, issue 12): word counts of daily entries, entries
 * expected vs found for an inspection, and the 概览 alerts — no daily entry for too long, monthly
 * analysis missing, no inspection for too long, rectification overdue.
 *
 * The daily gap counts WORKING days (decision): daily entries are expected on working days (as
 * the inspection's expected count is), so the week of 国庆节 or 春节 does not raise a false alarm.
 */

export interface RecordBookRuleSet {
  /** Alert when more than this many working days passed without a daily entry. */
  maxDaysWithoutEntry: number;
  /** The month's analysis (月工作记实分析) is due by this day of the next month. */
  monthlyAnalysisDueDay: number;
  /** Alert when a cadre's book was not inspected for more than this many months. */
  inspectionIntervalMonths: number;
  /** A daily entry shorter than this (in words) gets a hint. */
  minDailyWords: number;
}

/** Defaults of DOMAIN §7.5 [inferred thresholds]: 7 days, by the 5th, 3 months, 10 words. */
export const DEFAULT_RECORD_BOOK_RULES: RecordBookRuleSet = {
  maxDaysWithoutEntry: 7,
  monthlyAnalysisDueDay: 5,
  inspectionIntervalMonths: 3,
  minDailyWords: 10,
};

/**
 * Word count of an entry the way Chinese word processors count: every Chinese character is one
 * word, every run of letters or digits (an English word, a number such as 2026 or 3.5) is one word;
 * punctuation and spaces count nothing.
 */
export function entryWordCount(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const runs = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu)?.length ?? 0;
  return han + runs;
}

/** The hint under a daily entry shorter than the minimum; null when it is long enough. */
export function shortEntryHint(text: string, minWords = DEFAULT_RECORD_BOOK_RULES.minDailyWords): string | null {
  const n = entryWordCount(text);
  return n >= minWords ? null : `本条纪实仅${n}字，少于${minWords}字，请写明做了什么、在哪里、效果如何`;
}

/** A 纪实 entry as these rules read it (LOG_KIND codes). */
export interface EntryLike {
  postingId: string;
  kind: string;
  date?: string | null;
  periodStart?: string | null;
}

/**
 * Entries expected vs found for an inspection period: expected = the working days of the period
 * within the posting period; found = days with a daily entry in that range (a weekend entry counts
 * too); missing = expected days without one.
 */
export function entriesExpectedFound(
  checked: { from: string; to: string },
  posting: AttendancePeriod,
  entries: readonly Pick<EntryLike, 'kind' | 'date'>[],
): { expected: number; found: number; missingDates: string[] } {
  const from = checked.from > posting.startDate ? checked.from : posting.startDate;
  const to = posting.endDate !== null && posting.endDate < checked.to ? posting.endDate : checked.to;
  if (to < from) return { expected: 0, found: 0, missingDates: [] };
  const days = new Set(entries.filter((e) => e.kind === 'daily' && e.date && e.date >= from && e.date <= to).map((e) => e.date!));
  const expectedDates = workdaysInRange(from, to);
  return { expected: expectedDates.length, found: days.size, missingDates: expectedDates.filter((d) => !days.has(d)) };
}

/** A computed record-book warning on 概览 (DOMAIN §7.5); never stored. */
export interface RecordBookAlert {
  kind: 'dailyEntryGap' | 'monthlyAnalysisMissing' | 'inspectionOverdue' | 'rectificationOverdue' | 'calendarMissing';
  severity: 'red' | 'amber' | 'yellow';
  postingId: string;
  /** Working days without an entry, months missing, or days overdue. */
  days?: number;
  dueDate?: string;
  message: string;
}

export interface InspectionLike {
  postingId: string;
  date: string;
  rectificationRequired?: boolean | null;
  rectifyBy?: string | null;
  rectifiedOn?: string | null;
}

function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

function nextMonth(month: string): string {
  return addMonths(`${month}-01`, 1).slice(0, 7);
}

/** The alerts of the record books of postings on post, as of `today`. */
export function recordBookAlerts(input: {
  today: string;
  postings: readonly { id: string; name: string; status: string; startDate: string; plannedEndDate: string; actualEndDate?: string | null }[];
  entries: readonly EntryLike[];
  inspections: readonly InspectionLike[];
  rules?: RecordBookRuleSet;
}): RecordBookAlert[] {
  const rules = input.rules ?? DEFAULT_RECORD_BOOK_RULES;
  const { today } = input;
  const out: RecordBookAlert[] = [];
  const missingYears = new Set<number>();
  for (const p of input.postings) {
    if (!ON_POST_STATUSES.includes(p.status) || p.startDate > today) continue;
    const period = attendancePeriod(p);
    const mine = input.entries.filter((e) => e.postingId === p.id);

    // Daily entries: working days after the last one, before today (today's may still come).
    const last = mine.filter((e) => e.kind === 'daily' && e.date && e.date <= today).reduce<string | null>((a, e) => (a === null || e.date! > a ? e.date! : a), null);
    try {
      const from = last ? addDays(last, 1) : p.startDate;
      const gap = from < today ? countWorkdays(from, addDays(today, -1)) : 0;
      if (gap > rules.maxDaysWithoutEntry) {
        out.push({
          kind: 'dailyEntryGap',
          severity: 'amber',
          postingId: p.id,
          days: gap,
          message: last
            ? `${p.name}已连续${gap}个工作日未填写工作纪实（最近一次：${formatDateChinese(last)}）`
            : `${p.name}自${formatDateChinese(p.startDate)}到岗以来尚未填写工作纪实（已${gap}个工作日）`,
        });
      }
    } catch (e) {
      if (!(e instanceof CalendarDataMissingError)) throw e;
      if (!missingYears.has(e.year)) {
        missingYears.add(e.year);
        out.push({ kind: 'calendarMissing', severity: 'amber', postingId: p.id, message: `${e.message}（在此之前无法判断纪实是否中断）` });
      }
    }

    // Monthly analyses of every month on post whose due date has passed.
    const analysed = new Set(
      mine.flatMap((e) => {
        const when = e.periodStart ?? e.date;
        return e.kind === 'monthlyAnalysis' && when ? [monthOf(when)] : [];
      }),
    );
    const missingMonths: string[] = [];
    const lastMonth = period.endDate !== null && period.endDate < today ? monthOf(period.endDate) : monthOf(today);
    for (let m = monthOf(p.startDate); m <= lastMonth; m = nextMonth(m)) {
      const due = `${nextMonth(m)}-${String(rules.monthlyAnalysisDueDay).padStart(2, '0')}`;
      if (today > due && !analysed.has(m)) missingMonths.push(m);
    }
    if (missingMonths.length) {
      const shown = missingMonths.slice(-6).map(monthLabel).join('、');
      const more = missingMonths.length > 6 ? `等${missingMonths.length}个月` : '';
      out.push({
        kind: 'monthlyAnalysisMissing',
        severity: 'yellow',
        postingId: p.id,
        days: missingMonths.length,
        message: `${p.name}缺少${shown}${more}的月工作记实分析（应于次月${rules.monthlyAnalysisDueDay}日前完成）`,
      });
    }

    // Inspections.
    const checks = input.inspections.filter((i) => i.postingId === p.id);
    const lastCheck = checks.reduce<string | null>((a, i) => (i.date <= today && (a === null || i.date > a) ? i.date : a), null);
    const due = addMonths(lastCheck ?? p.startDate, rules.inspectionIntervalMonths);
    if (today > due) {
      out.push({
        kind: 'inspectionOverdue',
        severity: 'yellow',
        postingId: p.id,
        dueDate: due,
        message: lastCheck
          ? `${p.name}的纪实手册已超过${rules.inspectionIntervalMonths}个月未检查（上次检查：${formatDateChinese(lastCheck)}）`
          : `${p.name}自${formatDateChinese(p.startDate)}到岗以来纪实手册未经检查，已超过${rules.inspectionIntervalMonths}个月`,
      });
    }
    for (const i of checks) {
      if (!i.rectificationRequired || !i.rectifyBy || i.rectifiedOn || today <= i.rectifyBy) continue;
      const late = daysBetween(i.rectifyBy, today);
      out.push({
        kind: 'rectificationOverdue',
        severity: 'red',
        postingId: p.id,
        dueDate: i.rectifyBy,
        days: late,
        message: `${p.name}的纪实手册检查（${formatDateChinese(i.date)}）要求整改，期限${formatDateChinese(i.rectifyBy)}，已逾期${late}天`,
      });
    }
  }
  return out;
}
