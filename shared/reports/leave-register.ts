// 请假登记表 (DOMAIN §4.4): the leave requests of a period, one row each, with every tier's
// approver and date, 销假, and whether the cadre overstayed.
import { formatDateChinese, formatDateDotted } from '../domain/dates';
import { labelOf } from '../domain/codes';
import { APPROVAL_DECISION, HALF_DAY, LEAVE_STATUS, LEAVE_TYPE } from '../domain/enums';
import { SIGNATURE_LINE, textLines } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, WorkbookDocument } from './document/schema';

/** The register's columns in print order. */
export const LEAVE_REGISTER_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'host', header: '挂职（驻村）单位', width: 18 },
  { key: 'type', header: '请假类别', width: 8, align: 'center' },
  { key: 'reason', header: '请假事由', width: 20 },
  { key: 'destination', header: '去向', width: 12 },
  { key: 'start', header: '起始时间', width: 15, align: 'center' },
  { key: 'end', header: '截止时间', width: 15, align: 'center' },
  { key: 'days', header: '天数', width: 6, align: 'center' },
  { key: 'approvers', header: '审批人（各级）', width: 24 },
  { key: 'approvedOn', header: '审批时间', width: 11, align: 'center' },
  { key: 'reportedBack', header: '销假时间', width: 11, align: 'center' },
  { key: 'overstayed', header: '是否超假', width: 7, align: 'center' },
  { key: 'remarks', header: '备注', width: 16 },
] as const satisfies readonly HeaderColumn[];

/** One tier's recorded decision. */
export interface RegisterApproval {
  tier: number;
  approverRole: string;
  approverName: string;
  decision: string;
  date: string;
}

/** One request as the register prints it. */
export interface LeaveRegisterRow {
  name: string;
  /** 讲治镇石岭村 */
  host: string;
  request: { type: string; reason: string; destination: string; startDate: string; startHalf: string; endDate: string; endHalf: string; reportedBackDate?: string | null | undefined };
  /** Days as the rule set counts them. */
  days: number;
  /** Tiers the request needs. */
  requiredTier: number;
  approvals: readonly RegisterApproval[];
  /** LEAVE_STATUS code as the clerk sees it now (overstayed, pending …). */
  status: string;
}

export interface LeaveRegisterOptions {
  /** `2026年10月` or `2026年`: the period the requests started in. */
  periodText: string;
  /** `讲治镇` or `开江县`. */
  scopeName: string;
  reportingUnit: string;
  /** `YYYY-MM-DD`. */
  reportDate: string;
}

/** `2026.10.12 上午`: a date with its half day when the leave does not take the whole day. */
function halfDate(date: string, half: string): string {
  return half === 'full' ? formatDateDotted(date) : `${formatDateDotted(date)} ${labelOf(HALF_DAY, half)}`;
}

/** `县委组织部 王明（同意）` per recorded tier, in tier order. */
export function approversText(approvals: readonly RegisterApproval[]): string {
  return [...approvals]
    .sort((a, b) => a.tier - b.tier)
    .map((a) => `${a.approverRole} ${a.approverName}（${labelOf(APPROVAL_DECISION, a.decision)}）`)
    .join('；');
}

/** The date the request was finally decided (its last recorded tier), or ''. */
function decidedOn(approvals: readonly RegisterApproval[]): string {
  const last = [...approvals].sort((a, b) => a.tier - b.tier).at(-1);
  return last ? formatDateDotted(last.date) : '';
}

/** 备注: where a request stands when it is not simply approved or reported back. */
function remarksOf(row: LeaveRegisterRow): string {
  const top = Math.max(0, ...row.approvals.filter((a) => a.decision === 'approved').map((a) => a.tier));
  if (['pending', 'draft'].includes(row.status)) return `审批中（已批${top}/${row.requiredTier}级）`;
  if (['rejected', 'cancelled'].includes(row.status)) return labelOf(LEAVE_STATUS, row.status);
  return '';
}

/** Builds the 请假登记表 of `rows` (in the order given), with a count line and the signature line. */
export function buildLeaveRegister(rows: readonly LeaveRegisterRow[], opts: LeaveRegisterOptions): WorkbookDocument {
  const body: BodyRow[] = rows.map((row, i) => {
    const overstayed = row.status === 'overstayed';
    return {
      cells: [
        i + 1,
        row.name,
        row.host,
        labelOf(LEAVE_TYPE, row.request.type),
        row.request.reason,
        row.request.destination,
        halfDate(row.request.startDate, row.request.startHalf),
        halfDate(row.request.endDate, row.request.endHalf),
        row.days,
        approversText(row.approvals),
        decidedOn(row.approvals),
        row.request.reportedBackDate ? formatDateDotted(row.request.reportedBackDate) : '',
        overstayed ? '是' : '否',
        remarksOf(row),
      ],
      ...(overstayed ? { highlight: 'red' as const } : {}),
    };
  });
  const days = rows.filter((r) => !['rejected', 'cancelled'].includes(r.status)).reduce((sum, r) => sum + r.days, 0);
  const overstayed = rows.filter((r) => r.status === 'overstayed').length;
  const pending = rows.filter((r) => ['pending', 'draft'].includes(r.status)).length;
  const head = countySheetHead({
    name: '请假登记',
    title: `${opts.scopeName}挂职干部请假登记表（${opts.periodText}）`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.reportDate,
    columns: LEAVE_REGISTER_COLUMNS,
    orientation: 'landscape',
  });
  const totals = `合计：共${rows.length}条请假记录，${days}天；审批中${pending}条，超假${overstayed}条。截至${formatDateChinese(opts.reportDate)}。`;
  return { sheets: [{ head, rows: body, footer: textLines([totals, SIGNATURE_LINE], LEAVE_REGISTER_COLUMNS.length) }] };
}
