// 生活补助发放表 (DOMAIN §4.5): one line per payment of the month, and each adjustment line (补发 /
// 扣回 after a month was paid) as a line of its own right below the payment it corrects, so the
// paid amount stays as it was signed for and the correction is signed for separately. Totals in
// figures and in 人民币大写; footer 制表人 / 审核人 / 单位负责人.
import { labelOf } from '../domain/codes';
import { PAYMENT_STATUS } from '../domain/enums';
import { yuanToFen } from '../domain/money';
import { rateText } from '../domain/rules/allowance';
import { paymentSheetTotal } from '../domain/rules/subsidy';
import { signatureBand, textLines, totalBand } from './document/bands';
import { countySheetHead } from './document/county-sheet';
import type { HeaderColumn } from './document/header';
import type { BodyRow, Cell, WorkbookDocument } from './document/schema';

const MONEY = '#,##0.00';

/** The 13 columns of §4.5 in print order. */
export const ALLOWANCE_COLUMNS = [
  { key: 'seq', header: '序号', width: 5, align: 'center' },
  { key: 'name', header: '姓名', width: 9, align: 'center' },
  { key: 'dispatching', header: '派出单位', width: 18 },
  { key: 'receiving', header: '挂职地点/单位', width: 24 },
  { key: 'rate', header: '补助标准（元/天或元/月）', width: 13, align: 'center' },
  { key: 'days', header: '在岗天数', width: 8, align: 'center' },
  { key: 'base', header: '生活补助金额（元）', width: 12, align: 'right', numFmt: MONEY },
  { key: 'trips', header: '往返交通次数', width: 8, align: 'center' },
  { key: 'trip', header: '交通费（元）', width: 11, align: 'right', numFmt: MONEY },
  { key: 'other', header: '其他（元）', width: 10, align: 'right', numFmt: MONEY },
  { key: 'total', header: '应发合计（元）', width: 12, align: 'right', numFmt: MONEY },
  { key: 'signature', header: '领款人签字', width: 10 },
  { key: 'remarks', header: '备注', width: 28 },
] as const satisfies readonly HeaderColumn[];

/** One payment as the sheet prints it. */
export interface AllowanceSheetPayment {
  days: number | null;
  trips: number | null;
  unitAmount: number;
  baseAmount?: number | null;
  tripAmount?: number | null;
  otherAmount?: number | null;
  amount: number;
  status: string;
  adjustReason?: string | null;
  note?: string | null;
}

/** A payment line with its people and its adjustment lines. */
export interface AllowanceSheetEntry {
  cadreName: string;
  dispatchingUnit: string;
  receivingUnit: string;
  basis: string;
  payment: AllowanceSheetPayment;
  adjustments: readonly AllowanceSheetPayment[];
}

export interface AllowanceSheetOptions {
  /** `YYYY-MM`. */
  month: string;
  reportingUnit: string;
  /** `YYYY-MM-DD`, the 填报日期. */
  today: string;
  /** Added after the title, e.g. `（讲治镇）` or `（派出单位发放）`. */
  scopeNote?: string;
}

/** `2026年5月挂职干部生活补助发放表`. */
export function allowanceSheetTitle(month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月挂职干部生活补助发放表`;
}

const statusNote = (status: string) => (status === 'paid' ? '' : `（${labelOf(PAYMENT_STATUS, status)}）`);

/** Builds the sheet; every amount is summed in fen, so the 合计 equals the lines exactly. */
export function buildAllowanceSheet(entries: readonly AllowanceSheetEntry[], opts: AllowanceSheetOptions): WorkbookDocument {
  const rows: BodyRow[] = [];
  const sums = { days: 0, base: 0, trips: 0, trip: 0, other: 0, total: 0 };
  const add = (p: AllowanceSheetPayment) => {
    sums.days += p.days ?? 0;
    sums.trips += p.trips ?? 0;
    sums.base += yuanToFen(p.baseAmount ?? 0);
    sums.trip += yuanToFen(p.tripAmount ?? 0);
    sums.other += yuanToFen(p.otherAmount ?? 0);
    sums.total += yuanToFen(p.amount);
  };
  let seq = 0;
  for (const e of entries) {
    const p = e.payment;
    add(p);
    rows.push({
      cells: [
        ++seq,
        e.cadreName,
        e.dispatchingUnit,
        e.receivingUnit,
        rateText(e.basis, p.unitAmount),
        p.days,
        p.baseAmount ?? 0,
        p.trips,
        p.tripAmount ?? 0,
        p.otherAmount ?? 0,
        p.amount,
        '',
        [p.adjustReason ? `其他系调整：${p.adjustReason}` : '', statusNote(p.status)].filter(Boolean).join(''),
      ],
    });
    for (const a of e.adjustments) {
      add(a);
      rows.push({
        cells: [++seq, e.cadreName, e.dispatchingUnit, e.receivingUnit, '调整', null, null, null, null, a.amount, a.amount, '', `${a.note ?? ''}${statusNote(a.status)}`],
        highlight: 'yellow',
      });
    }
  }
  const total = paymentSheetTotal([sums.total]);
  const totalCells: Cell[] = ['合计', null, null, null, null, sums.days, sums.base / 100, sums.trips, sums.trip / 100, sums.other / 100, sums.total / 100, null, null];
  const head = countySheetHead({
    name: '生活补助发放表',
    title: `${allowanceSheetTitle(opts.month)}${opts.scopeNote ?? ''}`,
    reportingUnit: opts.reportingUnit,
    reportDate: opts.today,
    unitNote: '单位：元',
    columns: ALLOWANCE_COLUMNS,
    orientation: 'landscape',
  });
  return {
    sheets: [
      {
        head,
        rows,
        footer: [totalBand(totalCells, 2), ...textLines([`合计人民币（大写）：${total.capital}`], ALLOWANCE_COLUMNS.length), signatureBand(['制表人', '审核人', '单位负责人'], ALLOWANCE_COLUMNS.length)],
      },
    ],
  };
}
