// 月度考勤汇总表 and 考勤通报 (DOMAIN §4.3): one row per posting-month with the figures of the
// shared attendance rules, the 合计 row, and for the bulletin a narrative paragraph (and, when the
// assessment feature supplies it, the month's 红黑榜 as a small second table).
import { formatDateChinese } from '../domain/dates';
import { attendanceTotals, meetsMinimumLabel, type AttendanceSummary } from '../domain/rules/attendance';
import { SIGNATURE_LINE, textBand, textLines, totalBand } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { Band, BodyRow, Cell, SheetDocument, WorkbookDocument } from './document/schema';

/** The summary's columns in print order: 请假天数 and 抽查情况 are grouped (two-level header). */
export const ATTENDANCE_SUMMARY_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'dispatching', header: '派出单位', width: 18 },
  { key: 'host', header: '挂职（驻村）单位及职务', width: 22 },
  { key: 'required', header: '应出勤天数', width: 7, align: 'center' },
  { key: 'present', header: '实际在岗天数（含公出）', width: 9, align: 'center' },
  { key: 'outing', header: '公出天数', width: 6, align: 'center' },
  { key: 'personal', header: ['请假天数', '事假'], width: 6, align: 'center' },
  { key: 'sick', header: ['请假天数', '病假'], width: 6, align: 'center' },
  { key: 'otherLeave', header: ['请假天数', '其他'], width: 6, align: 'center' },
  { key: 'absent', header: '无故缺勤天数', width: 7, align: 'center' },
  { key: 'checks', header: ['抽查情况', '抽查次数'], width: 8, align: 'center' },
  { key: 'checkAbsent', header: ['抽查情况', '不在岗次数'], width: 9, align: 'center' },
  { key: 'rate', header: '出勤率（%）', width: 10, align: 'center' },
  { key: 'meets', header: '是否达标', width: 7, align: 'center' },
  { key: 'remarks', header: '备注', width: 18 },
] as const satisfies readonly HeaderColumn[];

/** One posting's month as the summary prints it. */
export interface AttendanceReportRow {
  name: string;
  dispatchingUnit: string;
  /** 讲治镇石岭村 第一书记 */
  hostAndPost: string;
  summary: AttendanceSummary;
  /** Extra remarks, e.g. `6月16日到岗`. */
  remarks?: string;
}

/** One line of the month's 红黑榜, supplied by the assessment feature. */
export interface MonthRankingRow {
  rank: number;
  name: string;
  unit: string;
  score: number;
}

export interface AttendanceSummaryOptions {
  /** `YYYY-MM`. */
  month: string;
  /** Whose cadres: `讲治镇` or `开江县`. */
  scopeName: string;
  reportingUnit: string;
  /** `YYYY-MM-DD`. */
  reportDate: string;
}

export interface AttendanceBulletinOptions extends AttendanceSummaryOptions {
  /** Measures taken for the named anomalies, e.g. `已由乡镇党委对相关同志进行提醒谈话。`. */
  measures?: string;
  /** The month's 红黑榜 (top and bottom by weekly scores) when the assessment feature has it. */
  ranking?: { red: readonly MonthRankingRow[]; black: readonly MonthRankingRow[] };
}

const monthText = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
const COLUMN_COUNT = ATTENDANCE_SUMMARY_COLUMNS.length;
/** The 合计 label spans 序号 … 挂职单位. */
const TOTAL_LABEL_COLUMNS = 4;

/** What a row's 备注 says: the clerk's remark, days not yet recorded, spot-check absences. */
export function attendanceRemarks(row: AttendanceReportRow): string {
  const s = row.summary;
  return [row.remarks ?? '', s.unrecordedDays ? `${s.unrecordedDays}个工作日未登记` : '', s.fullAttendance ? '全勤' : ''].filter(Boolean).join('；');
}

function bodyRows(rows: readonly AttendanceReportRow[]): BodyRow[] {
  return rows.map((row, i) => {
    const s = row.summary;
    const flagged = s.meetsMinimum === false || s.absentDays > 0 || s.spotCheckAbsences > 0;
    return {
      cells: [
        i + 1,
        row.name,
        row.dispatchingUnit,
        row.hostAndPost,
        s.requiredDays,
        s.presentDays,
        s.officialOutingDays,
        s.leaveDays.personal,
        s.leaveDays.sick,
        s.leaveDays.other,
        s.absentDays,
        s.spotChecks,
        s.spotCheckAbsences,
        s.attendanceRate,
        meetsMinimumLabel(s.meetsMinimum),
        attendanceRemarks(row),
      ],
      ...(flagged ? { highlight: 'amber' as const } : {}),
    };
  });
}

function totalRow(rows: readonly AttendanceReportRow[]): Band {
  const t = attendanceTotals(rows.map((r) => r.summary));
  const cells: Cell[] = [
    '合计',
    null,
    null,
    null,
    t.requiredDays,
    t.presentDays,
    t.officialOutingDays,
    t.leaveDays.personal,
    t.leaveDays.sick,
    t.leaveDays.other,
    t.absentDays,
    t.spotChecks,
    t.spotCheckAbsences,
    t.attendanceRate,
    `达标${t.meetingMinimum}人`,
    null,
  ];
  return totalBand(cells, TOTAL_LABEL_COLUMNS);
}

/** `共12人，全勤5人；达到每月最少在岗天数10人，未达到2人。` */
export function attendanceCountLine(rows: readonly AttendanceReportRow[]): string {
  const t = attendanceTotals(rows.map((r) => r.summary));
  const applies = t.meetingMinimum + t.notMeetingMinimum;
  return `共${t.people}人，全勤${t.fullAttendanceCount}人${applies ? `；达到每月最少在岗天数${t.meetingMinimum}人，未达到${t.notMeetingMinimum}人` : ''}。`;
}

function summarySheet(rows: readonly AttendanceReportRow[], opts: AttendanceSummaryOptions, name: string, title: string, after: readonly Band[]): SheetDocument {
  const head = countySheetHead({
    name,
    title,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    unitNote: '单位：天',
    columns: ATTENDANCE_SUMMARY_COLUMNS,
    orientation: 'landscape',
  });
  return { head, rows: bodyRows(rows), footer: [totalRow(rows), ...after] };
}

/** Builds the 月度考勤汇总表 of `rows` (in the order given) with its 合计 row. */
export function buildAttendanceSummary(rows: readonly AttendanceReportRow[], opts: AttendanceSummaryOptions): WorkbookDocument {
  const title = `${opts.scopeName}${monthText(opts.month)}挂职干部考勤汇总表`;
  return { sheets: [summarySheet(rows, opts, '考勤汇总', title, textLines([`合计：${attendanceCountLine(rows)}`, SIGNATURE_LINE], COLUMN_COUNT))] };
}

/** Who is named in the bulletin and why: below the minimum, unexcused absences, spot-check absences. */
export function attendanceAnomalies(rows: readonly AttendanceReportRow[]): string[] {
  return rows.flatMap((row) => {
    const s = row.summary;
    const why = [
      s.meetsMinimum === false ? `在岗${s.presentDays}天，未达到每月最少${s.minimumDays}天` : '',
      s.absentDays > 0 ? `无故缺勤${s.absentDays}天` : '',
      s.spotCheckAbsences > 0 ? `抽查${s.spotCheckAbsences}次不在岗` : '',
    ].filter(Boolean);
    return why.length ? [`${row.hostAndPost.split(/\s/)[0] ?? ''}${row.name}（${why.join('，')}）`] : [];
  });
}

/** The bulletin's narrative paragraph: total, full attendance, named anomalies and measures. */
export function bulletinParagraph(rows: readonly AttendanceReportRow[], opts: AttendanceBulletinOptions): string {
  const t = attendanceTotals(rows.map((r) => r.summary));
  const anomalies = attendanceAnomalies(rows);
  const rate = t.attendanceRate === null ? '' : `，总体出勤率${t.attendanceRate.toFixed(1)}%`;
  const named = anomalies.length
    ? `考勤异常${anomalies.length}人：${anomalies.join('；')}。${opts.measures ?? '请派出单位和接收单位对相关同志进行提醒谈话，督促其严格遵守考勤纪律。'}`
    : '本月未发现考勤异常。';
  return (
    `\u3000\u3000现将${opts.scopeName}挂职干部${monthText(opts.month)}考勤情况通报如下：本月应参加考勤${t.people}人，` +
    `全勤${t.fullAttendanceCount}人${rate}；请假${t.leaveDays.total}天（事假${t.leaveDays.personal}天、病假${t.leaveDays.sick}天、其他${t.leaveDays.other}天），` +
    `开展抽查${t.spotChecks}人次，发现不在岗${t.spotCheckAbsences}人次。${named}`
  );
}

/** `cells` padded with empty cells to the table's width. */
function padded(cells: readonly Cell[]): Cell[] {
  return [...cells, ...Array.from({ length: COLUMN_COUNT - cells.length }, () => null)];
}

/** The 红黑榜 as a small table under the paragraph: 排名 | 姓名 | 单位 (two columns wide) | 月得分. */
function rankingBands(ranking: NonNullable<AttendanceBulletinOptions['ranking']>): Band[] {
  const lines: Cell[][] = [padded(['排名', '姓名', '单位', null, '月得分'])];
  for (const [label, list] of [['红榜', ranking.red], ['黑榜', ranking.black]] as const) {
    lines.push(padded([label]));
    for (const r of list) lines.push(padded([r.rank, r.name, r.unit, null, r.score]));
  }
  const merges = lines.map((line, row) => (line[1] === null && line[0] !== null ? { row, col: 0, rows: 1, cols: 5 } : { row, col: 2, rows: 1, cols: 2 }));
  return [textBand('本月红黑榜（按周考评得分）', COLUMN_COUNT), { role: 'text', rows: lines, merges }];
}

/** Builds the 考勤通报: the summary table, then the narrative paragraph (and the 红黑榜 when given). */
export function buildAttendanceBulletin(rows: readonly AttendanceReportRow[], opts: AttendanceBulletinOptions): WorkbookDocument {
  const title = `关于${opts.scopeName}挂职干部${monthText(opts.month)}考勤情况的通报`;
  const after = [textBand(bulletinParagraph(rows, opts), COLUMN_COUNT), ...(opts.ranking ? rankingBands(opts.ranking) : []), textBand(`${opts.reportingUnit}\u3000\u3000${formatDateChinese(opts.reportDate)}`, COLUMN_COUNT, 'right')];
  return { sheets: [summarySheet(rows, opts, '考勤通报', title, after)] };
}
