// 挂职干部情况统计表 (DOMAIN §4.2): the table of cadreStatistics laid out as a county report — one row
// per group, the two-level header of sex, ethnicity, political status, age bands with 平均年龄,
// education, post level and reserve cadres, the 合计 row and the optional 占比 row, notes below.
import { formatDateChinese } from '../domain/dates';
import type { StatisticsColumnKey, StatisticsGrouping, StatisticsRow, StatisticsTable } from '../domain/rules/statistics';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, Cell, WorkbookDocument } from './document/schema';

/** The label of the first column by grouping. */
export const STATISTICS_GROUPING_LABELS: Record<StatisticsGrouping, string> = {
  postingType: '挂职类型',
  dispatchingClass: '派出单位类别',
  receivingTownship: '接收乡镇',
};

export interface StatisticsReportOptions {
  countyName: string;
  reportingUnit: string;
  /** `YYYY-MM-DD`: the 填报日期. */
  reportDate: string;
  /** Default `统计表`. */
  sheetName?: string;
}

/** One decimal for 平均年龄 and the 占比 figures. */
const ONE_DECIMAL = '0.0';

/**
 * Width of a count column: its lowest header label fits on at most three lines (the header's lower
 * row is three lines tall), numbers easily.
 */
function leafWidth(label: string): number {
  return label.length <= 1 ? 5 : label.length === 2 ? 6 : label.length === 3 ? 7 : label.length < 9 ? 8 : 9;
}

/** Heights of the two header rows: the groups on one line, the labels below on up to three. */
const HEADER_HEIGHTS = [22, 46];

/** The columns: the group label, then every column of every group (single-column groups unmerged). */
export function statisticsColumns(table: StatisticsTable): HeaderColumn[] {
  const columns: HeaderColumn[] = [{ key: 'label', header: STATISTICS_GROUPING_LABELS[table.grouping], width: 16, align: 'center' }];
  for (const group of table.columnGroups) {
    for (const c of group.columns) {
      const single = group.columns.length === 1;
      columns.push({
        key: c.key,
        header: single ? (group.key === 'reserve' ? `${group.label}${c.label === '人数' ? '' : c.label}` : c.label) : [group.label, c.label],
        width: leafWidth(single && group.key === 'total' ? '总人数' : c.label),
        align: 'center',
        ...(c.key === 'averageAge' ? { numFmt: ONE_DECIMAL } : {}),
      });
    }
  }
  return columns;
}

function rowCells(row: StatisticsRow, keys: readonly StatisticsColumnKey[], share: boolean): Cell[] {
  return [row.label, ...keys.map((k): Cell => (share && row.values[k] !== null ? { value: row.values[k], numFmt: ONE_DECIMAL } : row.values[k]))];
}

/**
 * Builds the 统计表 from cadreStatistics: title 截至 the cut-off date, 单位：人, the rows, 合计 and
 * (when computed) 占比 in per cent with one decimal, then the notes of the counting and the
 * signature line.
 */
export function buildStatisticsReport(table: StatisticsTable, opts: StatisticsReportOptions): WorkbookDocument {
  const columns = statisticsColumns(table);
  const keys = columns.slice(1).map((c) => c.key as StatisticsColumnKey);
  const rows: BodyRow[] = [
    ...table.rows.map((row) => ({ cells: rowCells(row, keys, false) })),
    { cells: rowCells(table.total, keys, false), style: 'total' as const },
    ...(table.share ? [{ cells: rowCells(table.share, keys, true), style: 'subtotal' as const }] : []),
  ];
  const notes = [
    `说明：统计截止日期为${formatDateChinese(table.cutoffDate)}，统计当日在岗的挂职干部（同一干部只计一次）；年龄按截止日期计算，平均年龄保留一位小数；后备干部含已纳入后备干部库的人员。`,
    ...table.notes.map((n, i) => `${i + 1}. ${n}`),
  ];
  const head = countySheetHead({
    name: opts.sheetName ?? '统计表',
    title: `${opts.countyName}挂职干部情况统计表（截至${formatDateChinese(table.cutoffDate)}）`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    unitNote: '单位：人',
    columns,
    orientation: 'landscape',
  });
  const bands = head.bands!.map((band) => (band.role === 'header' ? { ...band, heights: HEADER_HEIGHTS } : band));
  return { sheets: [{ head: { ...head, bands }, rows, footer: textLines([...notes, SIGNATURE_LINE], columns.length) }] };
}
