import { formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';
import { attendancePeriod } from './attendance';

/**
 * 组织部检查纪实手册 (DOMAIN §2.11, issue 12 item 2): the checks of an inspection before it is
 * recorded, which postings an inspection of a whole township covers, and the rectification.
 */

/** An inspection as these rules read it. */
export interface InspectionFields {
  date: string;
  periodFrom: string;
  periodTo: string;
  comment?: string | null;
  rectificationRequired?: boolean | null;
  rectifyBy?: string | null;
  rectifiedOn?: string | null;
}

/**
 * What is wrong with an inspection, in Chinese: the period checked runs forwards and ends on or
 * before the day of the inspection, which is not in the future; a rectification needs a due date
 * after the inspection, and a due date needs a rectification.
 */
export function checkInspection(i: InspectionFields, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (i.date > today) issues.push({ field: 'date', message: `检查日期不能晚于今天（${formatDateChinese(today)}）` });
  if (i.periodFrom > i.periodTo) issues.push({ field: 'periodTo', message: '检查截止日期不能早于起始日期' });
  if (i.periodTo > i.date) issues.push({ field: 'periodTo', message: `检查的纪实期间应在检查日期（${formatDateChinese(i.date)}）之前` });
  if (i.rectificationRequired && !i.rectifyBy) issues.push({ field: 'rectifyBy', message: '要求整改时请填写整改期限' });
  if (i.rectificationRequired && i.rectifyBy && i.rectifyBy <= i.date) issues.push({ field: 'rectifyBy', message: '整改期限应晚于检查日期' });
  if (!i.rectificationRequired && i.rectifyBy) issues.push({ field: 'rectifyBy', message: '未要求整改，不应填写整改期限' });
  if (i.rectifiedOn) issues.push(...checkRectified(i, i.rectifiedOn, today));
  return issues;
}

/** What is wrong with marking a rectification done on `rectifiedOn`. */
export function checkRectified(i: InspectionFields, rectifiedOn: string, today: string): FieldIssue[] {
  if (!i.rectificationRequired) return [{ field: 'rectifiedOn', message: '这次检查没有要求整改' }];
  if (rectifiedOn < i.date) return [{ field: 'rectifiedOn', message: `整改完成日期不能早于检查日期（${formatDateChinese(i.date)}）` }];
  if (rectifiedOn > today) return [{ field: 'rectifiedOn', message: `整改完成日期不能晚于今天（${formatDateChinese(today)}）` }];
  return [];
}

/** A posting as the township inspection reads it. */
export interface InspectedPosting {
  id: string;
  receivingUnitId: string;
  status: string;
  startDate: string;
  plannedEndDate: string;
  actualEndDate?: string | null;
}

/** Statuses of postings whose cadre never took up the post: nothing to inspect. */
const NOT_STARTED = ['proposed', 'approved', 'cancelled'];

/**
 * The postings an inspection of a township covers: those received by the township or a unit under
 * it (`unitIds`) whose cadre was on post at some time in the period checked.
 */
export function postingsInspected<P extends InspectedPosting>(postings: readonly P[], unitIds: ReadonlySet<string>, period: { from: string; to: string }): P[] {
  return postings.filter((p) => {
    if (!unitIds.has(p.receivingUnitId) || NOT_STARTED.includes(p.status)) return false;
    const on = attendancePeriod(p);
    return on.startDate <= period.to && (on.endDate === null || on.endDate >= period.from);
  });
}
