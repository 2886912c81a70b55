import { addDays, daysBetween, formatDateDotted, isValidIsoDate, plannedEndDate } from '../dates';
import type { CheckResult, FieldIssue } from '../issues';

/*
 * Every date of a posting's lifecycle (DOMAIN §2.6, §7.3), checked against the posting's own dates
 * and today, in one place: the posting form, the action dialogs, the repositories and the roster
 * import all call these functions, so a date that cannot be is refused everywhere with the same
 * words. Nothing here throws: a date that is not a valid `YYYY-MM-DD` is reported (or, where the
 * field check reports it already, skipped), never passed to date arithmetic.
 */

/** How far past today an end date or a decision may lie: one already taken that takes effect within a month. */
export const FUTURE_LIMIT_DAYS = 31;
/** The longest term a posting may run, extensions included (the schema's bound on 期限). */
export const MAX_TERM_MONTHS = 120;
/** An end-of-term review more than this many days before the planned end is asked about. */
export const REVIEW_WINDOW_DAYS = 90;

/** Statuses in which the cadre has reported for duty: the start date is in the past. */
const STARTED_STATUSES: readonly string[] = ['active', 'extended', 'completed', 'terminated', 'recalled'];

const d = formatDateDotted;
const err = (field: string, message: string): FieldIssue => ({ field, message });

/** The dates of a posting these rules look at. */
export interface PostingDates {
  status: string;
  startDate: string;
  plannedEndDate: string;
  actualEndDate?: string | null | undefined;
}

/**
 * The status a posting is stored with on entry: 在岗 only once its start date has come; a start
 * in the future is 已批准（待到岗）, and the clerk registers 到岗 when the cadre arrives.
 */
export function statusForStart(status: string, startDate: string, today: string): string {
  return status === 'active' && isValidIsoDate(startDate) && startDate > today ? 'approved' : status;
}

/** The notice shown when a posting asked for as 在岗 is stored as 已批准 because it starts later. */
export function futureStartNotice(startDate: string): FieldIssue {
  return err('status', `到岗日期${d(startDate)}在今天之后，将登记为“已批准（待到岗）”；到岗后请在挂职详情中办理“到岗”`);
}

/**
 * The dates of a posting as registered or corrected: planned and actual end not before the start;
 * a posting the cadre has reported for cannot start in the future; an actual end no later than
 * a month from today. Invalid dates are left to the field checks.
 */
export function registrationDateIssues(p: PostingDates, today: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  const start = isValidIsoDate(p.startDate) ? p.startDate : undefined;
  if (start && isValidIsoDate(p.plannedEndDate) && p.plannedEndDate < start) out.push(err('plannedEndDate', `期满日期（${d(p.plannedEndDate)}）不能早于到岗日期（${d(start)}）`));
  if (start && isValidIsoDate(p.plannedEndDate) && p.plannedEndDate > plannedEndDate(start, MAX_TERM_MONTHS))
    out.push(err('plannedEndDate', `期满日期（${d(p.plannedEndDate)}）距到岗日期超过${MAX_TERM_MONTHS}个月（最长期限），请核对`));
  if (start && STARTED_STATUSES.includes(p.status) && start > today)
    out.push(err('startDate', `到岗日期（${d(start)}）晚于今天，尚未到岗的挂职应为“已批准”，到岗后再办理“到岗”`));
  const end = p.actualEndDate;
  if (end && isValidIsoDate(end)) {
    if (start && end < start) out.push(err('actualEndDate', `实际结束日期（${d(end)}）不能早于到岗日期（${d(start)}）`));
    else if (end > addDays(today, FUTURE_LIMIT_DAYS)) out.push(err('actualEndDate', tooLate('实际结束日期', end, today)));
  }
  return out;
}

function tooLate(label: string, date: string, today: string): string {
  return `${label}（${d(date)}）晚于今天${daysBetween(today, date)}天，最多只能提前${FUTURE_LIMIT_DAYS}天登记，请核对`;
}

/** What each dated action records. */
export type DatedAction =
  | { action: 'activate'; startDate: string }
  | { action: 'extend'; newEndDate: string; decidedOn: string }
  | { action: 'terminate' | 'recall' | 'complete'; actualEndDate: string }
  | { action: 'review' }
  | { action: 'replace'; startDate: string; recalledEnd: string };

/**
 * The dates of a lifecycle action on `p`, checked against the posting's own dates and today.
 * Errors block; warnings are asked about (the dialog confirms, the operation accepts them):
 * - 到岗: the start date is a real date, not after the planned end; a start in the future is a
 *   warning (the posting is then stored as 已批准, see `statusForStart`);
 * - 延期: the new end later than the current one and within the longest term; the decision not
 *   before the start and not in the future;
 * - 提前结束 / 召回 / 期满结束: the end not before the start and at most a month ahead; an early
 *   termination ends before the planned end (else it is 期满结束); a 期满结束 before the planned end
 *   is a warning naming the days;
 * - 期满考察: recorded more than three months before the planned end is a warning;
 * - the replacement of a recalled cadre starts on or after the recall's end date.
 */
export function actionDateIssues(p: PostingDates, a: DatedAction, today: string): CheckResult {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const start = p.startDate;
  const bad = (field: string, value: string, label: string) => {
    if (isValidIsoDate(value)) return false;
    errors.push(err(field, value ? `${label}“${value}”不是有效日期，请按 2024.05.06 的格式填写` : `请填写${label}`));
    return true;
  };
  switch (a.action) {
    case 'activate':
      if (bad('startDate', a.startDate, '到岗日期')) break;
      if (a.startDate > p.plannedEndDate) errors.push(err('startDate', `到岗日期（${d(a.startDate)}）不能晚于期满日期（${d(p.plannedEndDate)}）`));
      else if (a.startDate > today) warnings.push(futureStartNotice(a.startDate));
      break;
    case 'extend':
      if (!bad('newEndDate', a.newEndDate, '延期后的期满日期')) {
        if (!(a.newEndDate > p.plannedEndDate)) errors.push(err('newEndDate', `延期后的期满日期应晚于原期满日期（${d(p.plannedEndDate)}）`));
        else if (a.newEndDate > plannedEndDate(start, MAX_TERM_MONTHS))
          errors.push(err('newEndDate', `延期后挂职期限超过${MAX_TERM_MONTHS}个月（自${d(start)}起），请核对延期日期`));
      }
      if (!bad('decidedOn', a.decidedOn, '批准日期')) {
        if (a.decidedOn < start) errors.push(err('decidedOn', `批准日期（${d(a.decidedOn)}）不能早于到岗日期（${d(start)}）`));
        else if (a.decidedOn > today) errors.push(err('decidedOn', `批准日期（${d(a.decidedOn)}）不能晚于今天`));
      }
      break;
    case 'terminate':
    case 'recall':
    case 'complete': {
      const end = a.actualEndDate;
      if (bad('actualEndDate', end, '实际结束日期')) break;
      if (end < start) errors.push(err('actualEndDate', `实际结束日期（${d(end)}）不能早于到岗日期（${d(start)}）`));
      else if (end > addDays(today, FUTURE_LIMIT_DAYS)) errors.push(err('actualEndDate', tooLate('实际结束日期', end, today)));
      else if (a.action === 'terminate' && end >= p.plannedEndDate)
        errors.push(err('actualEndDate', `实际结束日期（${d(end)}）不早于期满日期（${d(p.plannedEndDate)}），不属于提前结束，请办理“期满结束”`));
      else if (a.action === 'complete' && end < p.plannedEndDate)
        warnings.push(err('actualEndDate', `实际结束日期（${d(end)}）比期满日期（${d(p.plannedEndDate)}）提前${daysBetween(end, p.plannedEndDate)}天；确属期满结束的请确认，否则请办理“提前结束”`));
      break;
    }
    case 'review': {
      const left = isValidIsoDate(p.plannedEndDate) ? daysBetween(today, p.plannedEndDate) : 0;
      if (left > REVIEW_WINDOW_DAYS) warnings.push(err('status', `距期满日期（${d(p.plannedEndDate)}）还有${left}天，期满考察一般在期满前三个月内进行，请确认`));
      break;
    }
    case 'replace':
      if (bad('replacementStart', a.startDate, '接替人员到岗日期')) break;
      if (isValidIsoDate(a.recalledEnd) && a.startDate < a.recalledEnd)
        errors.push(err('replacementStart', `接替人员到岗日期（${d(a.startDate)}）不能早于召回的结束日期（${d(a.recalledEnd)}）`));
      else if (a.startDate > today) warnings.push(err('replacementStart', `接替人员到岗日期${d(a.startDate)}在今天之后，接替的挂职将登记为“已批准（待到岗）”`));
      break;
  }
  return { errors, warnings };
}
