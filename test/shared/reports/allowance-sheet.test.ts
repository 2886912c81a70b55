import { describe, expect, it } from 'vitest';
import { buildAllowanceSheet } from '@shared/reports/allowance-sheet';
import { bandTexts, headerLabels, sheetTitle } from '@shared/reports/document/inspect';

const line = (name: string, amount: number, adjustments: { amount: number; note: string; status: string }[] = []) => ({
  cadreName: name,
  dispatchingUnit: '开江县财政局',
  receivingUnit: '讲治镇人民政府',
  basis: 'perMonth',
  payment: { status: 'paid', days: 30, trips: 0, unitAmount: 500, baseAmount: amount, tripAmount: 0, amount },
  adjustments: adjustments.map((a) => ({ ...a, days: null, trips: null, unitAmount: 500, otherAmount: a.amount })),
});

describe('生活补助发放表 (pure)', () => {
  it('titles the month, prints the 13 columns, numbers every line and totals a 扣回 line', () => {
    const doc = buildAllowanceSheet([line('张伟', 500, [{ amount: -100, note: '扣回100.00元：重复发放', status: 'approved' }]), line('王芳', 250)], {
      month: '2026-05',
      reportingUnit: '中共开江县委组织部',
      today: '2026-06-03',
      scopeNote: '（派出单位发放）',
    });
    const sheet = doc.sheets[0]!;
    expect(sheetTitle(sheet.head)).toBe('2026年5月挂职干部生活补助发放表（派出单位发放）');
    expect(headerLabels(sheet.head)).toHaveLength(13);
    expect(sheet.head.print?.orientation).toBe('landscape');
    const cells = sheet.rows.map((r) => ('cells' in r ? r.cells : []));
    expect(cells.map((c) => [c[0], c[1], c[4], c[10], c[12]])).toEqual([
      [1, '张伟', '500.00元/月', 500, ''],
      [2, '张伟', '调整', -100, '扣回100.00元：重复发放（已审核）'],
      [3, '王芳', '500.00元/月', 250, ''],
    ]);
    expect(bandTexts(sheet.footer)).toEqual(expect.arrayContaining(['合计人民币（大写）：陆佰伍拾元整']));
    const total = sheet.footer[0]!.rows[0]!;
    expect(total.slice(5, 11)).toEqual([60, 750, 0, 0, -100, 650]);
  });

  it('an empty month still prints its head, a zero total and the signatures', () => {
    const sheet = buildAllowanceSheet([], { month: '2026-12', reportingUnit: 'x', today: '2026-12-31' }).sheets[0]!;
    expect(sheet.rows).toEqual([]);
    expect(bandTexts(sheet.footer)).toEqual(expect.arrayContaining(['合计人民币（大写）：零元整', '制表人：']));
  });
});
