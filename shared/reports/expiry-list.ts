// 期满名单 (DOMAIN §4.6): cadres on post whose term ends within the next days (and, on request,
// those already past it), soonest first, coloured by how close the end is.
import { addDays, daysBetween, formatDateChinese, formatDateDotted } from '../domain/dates';
import { ON_POST_STATUSES, POSTING_TYPE } from '../domain/enums';
import { labelOf } from '../domain/codes';
import { compareNames, compareOptionalUnits, isExtended, termEndDate, unitAndPost } from './posting-format';
import { expirySeverity } from '../domain/rules/alerts';
import type { PostingSource, ReportAssessment, ReportPosting } from './report-records';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, WorkbookDocument } from './document/schema';

/** The expiry list's columns in print order. */
export const EXPIRY_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'originalPost', header: '派出单位及职务', width: 26 },
  { key: 'secondedPost', header: '挂职单位及职务', width: 24 },
  { key: 'typeAndBatch', header: '挂职类型/批次', width: 20, align: 'center' },
  { key: 'start', header: '挂职开始时间', width: 12, align: 'center' },
  { key: 'end', header: '期满时间', width: 12, align: 'center' },
  { key: 'daysLeft', header: '剩余天数', width: 9, align: 'center' },
  { key: 'review', header: '期满考察状态', width: 12, align: 'center' },
  { key: 'materials', header: '总结鉴定材料', width: 26 },
  { key: 'plan', header: '拟处理', width: 14 },
  { key: 'remarks', header: '备注', width: 14 },
] as const satisfies readonly HeaderColumn[];

/** Postings plus the assessments recorded for them. */
export interface ExpirySource extends PostingSource {
  assessments: readonly ReportAssessment[];
}

export interface ExpiryListOptions {
  /** `YYYY-MM-DD`: days are counted from it, and the title says 截至 this date. */
  today: string;
  /** List terms ending within this many days from today, e.g. 90. */
  withinDays: number;
  /** Also list terms that ended before today and are still open. */
  includeOverdue: boolean;
  /** e.g. `开江县`. */
  countyName: string;
  /** Printed after 填报单位：. */
  reportingUnit: string;
  /** Replaces the default `${countyName}挂职干部期满名单（截至2024年5月6日）`. */
  title?: string;
  /** Default `期满名单`. */
  sheetName?: string;
}

/** The three documents an end-of-term review needs (DOMAIN §7.3 T9), by assessment field. */
export const REVIEW_MATERIALS = [
  ['selfSummary', '个人总结'],
  ['hostOpinion', '接收单位鉴定'],
  ['homeOpinion', '派出单位意见'],
] as const;

/** Row colour by days left: the alert bands of DOMAIN §7.5 (≤30 or overdue red, ≤60 amber, ≤90 yellow). */
export function expiryHighlight(daysLeft: number): 'red' | 'amber' | 'yellow' | undefined {
  return expirySeverity(daysLeft);
}

/** The end-of-term assessment that counts: a graded one if any, else the first one recorded. */
function reviewOf(assessments: readonly ReportAssessment[]): ReportAssessment | undefined {
  return assessments.find((a) => a.grade) ?? assessments[0];
}

/** 未开始 / 进行中 / 已完成 of the end-of-term review. */
export function reviewStatus(review: ReportAssessment | undefined): '未开始' | '进行中' | '已完成' {
  if (!review) return '未开始';
  return review.grade ? '已完成' : '进行中';
}

/** `齐全`, or `缺：个人总结、接收单位鉴定` naming what is still missing. */
export function materialsText(review: ReportAssessment | undefined): string {
  const missing = REVIEW_MATERIALS.filter(([field]) => !review?.[field]?.trim()).map(([, label]) => label);
  return missing.length === 0 ? '齐全' : `缺：${missing.join('、')}`;
}

/** 剩余天数 as printed: days left as a number, an overdue term as "逾期15天" (never "−15"). */
function daysLeftCell(daysLeft: number): number | string {
  return daysLeft < 0 ? `逾期${-daysLeft}天` : daysLeft;
}

/**
 * Builds the 期满名单: postings in post (在岗 or 已延期) whose term ends on or before today +
 * withinDays (and not before today unless includeOverdue), by end date ascending. 剩余天数 is
 * the number of days left, or "逾期N天" when the term is already over.
 */
export function buildExpiryList(source: ExpirySource, opts: ExpiryListOptions): WorkbookDocument {
  const horizon = addDays(opts.today, opts.withinDays);
  const reviews = new Map<string, ReportAssessment[]>();
  for (const a of source.assessments) {
    if (a._deleted || a.kind !== 'endOfTerm') continue;
    reviews.set(a.postingId, [...(reviews.get(a.postingId) ?? []), a]);
  }

  const due = source.postings
    .filter((p) => !p._deleted && ON_POST_STATUSES.includes(p.status))
    .map((posting) => ({ posting, end: termEndDate(posting) }))
    .filter(({ end }) => end <= horizon && (opts.includeOverdue || end >= opts.today))
    .map((entry) => ({ ...entry, daysLeft: daysBetween(opts.today, entry.end) }));
  const nameOf = (p: ReportPosting) => source.cadres.get(p.cadreId)?.name ?? '';
  due.sort(
    (a, b) =>
      a.daysLeft - b.daysLeft ||
      compareOptionalUnits(source.units.get(a.posting.receivingUnitId), source.units.get(b.posting.receivingUnitId)) ||
      compareNames(nameOf(a.posting), nameOf(b.posting)),
  );

  const rows: BodyRow[] = due.map(({ posting, end, daysLeft }, index) => {
    const cadre = source.cadres.get(posting.cadreId);
    const batch = posting.batchId ? source.batches.get(posting.batchId) : undefined;
    const review = reviewOf(reviews.get(posting.id) ?? []);
    const remarks = [isExtended(posting) ? '已延期' : '', cadre?.isReserveCadre ? '后备干部' : '', posting.remarks ?? ''];
    const highlight = expiryHighlight(daysLeft);
    return {
      cells: [
        index + 1,
        cadre?.name ?? '（缺干部信息）',
        unitAndPost(source.units.get(posting.dispatchingUnitId), posting.originalPost),
        unitAndPost(source.units.get(posting.receivingUnitId), posting.secondedPost),
        [labelOf(POSTING_TYPE, posting.type), batch?.name ?? ''].filter(Boolean).join('/'),
        formatDateDotted(posting.startDate),
        formatDateDotted(end),
        daysLeftCell(daysLeft),
        reviewStatus(review),
        materialsText(review),
        '',
        remarks.filter(Boolean).join('；'),
      ],
      ...(highlight ? { highlight } : {}),
    };
  });

  const count = (test: (days: number) => boolean) => due.filter((d) => test(d.daysLeft)).length;
  const totals =
    `合计：共${due.length}人，其中已逾期${count((d) => d < 0)}人、30天内期满${count((d) => d >= 0 && d <= 30)}人、` +
    `31至60天期满${count((d) => d > 30 && d <= 60)}人、61至90天期满${count((d) => d > 60 && d <= 90)}人`;

  const head = countySheetHead({
    name: opts.sheetName ?? '期满名单',
    title: opts.title ?? `${opts.countyName}挂职干部期满名单（截至${formatDateChinese(opts.today)}）`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.today,
    columns: EXPIRY_COLUMNS,
    orientation: 'landscape',
  });
  return { sheets: [{ head, rows, footer: textLines([totals, SIGNATURE_LINE], EXPIRY_COLUMNS.length) }] };
}
