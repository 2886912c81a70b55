// 周考评汇总表 and 红黑榜 (DOMAIN §4.7, §2.13): a month of weekly scores per person with the monthly
// total and the rank, and the month's red and black lists, for a township or the whole county.
import { formatDateChinese } from '../domain/dates';
import { weekText } from '../domain/rules/weekly-score-sheet';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, Cell, WorkbookDocument } from './document/schema';

/** One person of the month (the fields of the roll-up the sheets print). */
export interface WeeklySummaryRow {
  postingId: string;
  name: string;
  townshipName: string;
  post: string;
  /** Week totals by Monday, null when not scored. */
  weekly: Record<string, number | null>;
  weeksScored: number;
  weeksExpected: number;
  missingWeeks: readonly string[];
  sum: number;
  average: number | null;
  rankingScore: number | null;
  rank: number | null;
}

/** A month's roll-up of a scope. */
export interface WeeklySummarySource {
  month: string;
  /** `讲治镇` or `全县`. */
  scopeLabel: string;
  weeks: readonly string[];
  listSize: number;
  rows: readonly WeeklySummaryRow[];
  red: readonly WeeklySummaryRow[];
  black: readonly WeeklySummaryRow[];
}

export interface WeeklyReportOptions {
  countyName: string;
  reportingUnit: string;
  reportDate: string;
}

const SCORE = '0.0#';

function monthTitle(month: string): string {
  return formatDateChinese(month);
}

/** `第2周缺评` notes and the list a person is on. */
function remark(row: WeeklySummaryRow, src: WeeklySummarySource): string {
  const parts: string[] = [];
  if (src.red.some((r) => r.postingId === row.postingId)) parts.push('红榜');
  if (src.black.some((r) => r.postingId === row.postingId)) parts.push('黑榜');
  if (row.missingWeeks.length) parts.push(`缺${row.missingWeeks.map((w) => weekText(w).slice(5)).join('、')}`);
  return parts.join('；');
}

/** The rule behind the ranks, printed under both sheets. */
function ruleLine(src: WeeklySummarySource): string {
  return `说明：月得分为当月各周得分之和；有未评周的，按已评周平均分乘以当月考评周数（${src.weeks.length}周）折算后排名。前${src.listSize}名列入红榜，后${src.listSize}名列入黑榜，得分相同者名次并列、一并列入。`;
}

/**
 * 周考评汇总表: one row per person in rank order, a column per scoring week (header 周得分 over the
 * weeks), 已评周数, 月得分, 平均分, 折算得分, 名次 and 备注 (红榜/黑榜, missing weeks).
 */
export function buildWeeklySummary(src: WeeklySummarySource, opts: WeeklyReportOptions): WorkbookDocument {
  const columns: HeaderColumn[] = [
    { key: 'seq', header: '序号', width: 5, align: 'center' },
    { key: 'name', header: '姓名', width: 9, align: 'center' },
    { key: 'township', header: '乡镇', width: 9, align: 'center' },
    { key: 'post', header: '挂职单位及职务', width: 22 },
    ...src.weeks.map((w): HeaderColumn => ({ key: `w${w}`, header: ['周得分', weekText(w).slice(5)], width: 9, align: 'center', numFmt: SCORE })),
    { key: 'scored', header: '已评周数', width: 6, align: 'center' },
    { key: 'sum', header: '月得分', width: 8, align: 'center', numFmt: SCORE },
    { key: 'average', header: '平均分', width: 7, align: 'center', numFmt: '0.0' },
    { key: 'rankingScore', header: '折算得分', width: 8, align: 'center', numFmt: SCORE },
    { key: 'rank', header: '名次', width: 5, align: 'center' },
    { key: 'remark', header: '备注', width: 16 },
  ];
  const rows: BodyRow[] = src.rows.map((r, i) => ({
    cells: [
      i + 1,
      r.name,
      r.townshipName,
      r.post,
      ...src.weeks.map((w): Cell => r.weekly[w] ?? null),
      `${r.weeksScored}/${r.weeksExpected}`,
      r.weeksScored ? r.sum : null,
      r.average,
      r.rankingScore,
      r.rank,
      remark(r, src),
    ],
    ...(src.black.some((b) => b.postingId === r.postingId) ? { highlight: 'amber' as const } : {}),
  }));
  const head = countySheetHead({
    name: '周考评汇总',
    title: `${opts.countyName === src.scopeLabel ? '' : opts.countyName}${src.scopeLabel}${monthTitle(src.month)}周考评汇总表`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    unitNote: '单位：分',
    columns,
    orientation: 'landscape',
  });
  const unscored = src.rows.filter((r) => r.rank === null).length;
  const totals = `合计：共${src.rows.length}人，已排名${src.rows.length - unscored}人${unscored ? `，本月未评${unscored}人` : ''}；红榜${src.red.length}人，黑榜${src.black.length}人。`;
  return { sheets: [{ head, rows, footer: textLines([totals, ruleLine(src), SIGNATURE_LINE], columns.length) }] };
}

/** 红黑榜: the red list then the black list, each with 名次, 姓名, 乡镇, 挂职单位及职务 and 月得分 (折算). */
export function buildRedBlackList(src: WeeklySummarySource, opts: WeeklyReportOptions): WorkbookDocument {
  const columns: HeaderColumn[] = [
    { key: 'seq', header: '序号', width: 6, align: 'center' },
    { key: 'rank', header: '名次', width: 6, align: 'center' },
    { key: 'name', header: '姓名', width: 10, align: 'center' },
    { key: 'township', header: '乡镇', width: 10, align: 'center' },
    { key: 'post', header: '挂职单位及职务', width: 28 },
    { key: 'score', header: '月得分', width: 10, align: 'center', numFmt: SCORE },
    { key: 'remark', header: '备注', width: 18 },
  ];
  const list = (title: string, people: readonly WeeklySummaryRow[]): BodyRow[] => [
    { group: `${title}（${people.length}人）` },
    ...(people.length
      ? people.map((r, i): BodyRow => ({ cells: [i + 1, r.rank, r.name, r.townshipName, r.post, r.rankingScore, r.missingWeeks.length ? `${r.weeksScored}周平均折算` : ''] }))
      : [{ cells: ['', '', '（无）', '', '', null, ''] }]),
  ];
  const head = countySheetHead({
    name: '红黑榜',
    title: `${opts.countyName === src.scopeLabel ? '' : opts.countyName}${src.scopeLabel}${monthTitle(src.month)}周考评红黑榜`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns,
    orientation: 'portrait',
  });
  return { sheets: [{ head, rows: [...list('红榜', src.red), ...list('黑榜', src.black)], footer: textLines([ruleLine(src), SIGNATURE_LINE], columns.length) }] };
}
