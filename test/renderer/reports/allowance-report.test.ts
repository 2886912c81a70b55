import { describe, expect, it } from 'vitest';
import { bandTexts, sheetTitle } from '@shared/reports/document/inspect';
import { addAllowanceAdjustment, adjustAllowance, changeAllowanceStatus, computeAllowances } from '../../../renderer/src/db/operations';
import { allowanceReport } from '../../../renderer/src/reports/allowance-report';
import { allowanceCounty } from '../db/allowance-fixture';
import { TODAY } from '../db/attendance-fixture';
import { newStore } from '../db/test-store';

const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };

describe('生活补助发放表 from the database', () => {
  it('lists the month’s payments by township (达州市, 讲治镇, 任市镇 in pinyin order) and name, the adjustment line under its payment, and totals them', async () => {
    const store = await newStore();
    const c = await allowanceCounty(store);
    await computeAllowances(store, { month: '2026-11' });
    const rows = await store.db.subsidyPayments.toArray();
    const zhang = rows.find((r) => r.postingId === c.postings.down.id)!;
    await adjustAllowance(store, zhang.id, { amount: 450, reason: '误工2天' });
    await changeAllowanceStatus(store, [zhang.id], 'approved', { today: TODAY });
    await changeAllowanceStatus(store, [zhang.id], 'paid', { paidOn: TODAY, today: TODAY });
    await addAllowanceAdjustment(store, zhang.id, { amount: 500, reason: '系公出' });

    const options = allowanceReport.options.parse({});
    const data = await allowanceReport.load({ db: store.db, site: SITE, today: TODAY, month: '2026-11' }, options);
    const doc = allowanceReport.build(data, options);
    const sheet = doc.sheets[0]!;
    expect(sheetTitle(sheet.head)).toBe('2026年11月挂职干部生活补助发放表');
    expect(allowanceReport.fileName(data, options)).toBe('2026年11月挂职干部生活补助发放表.xlsx');
    const cells = sheet.rows.map((r) => ('cells' in r ? r.cells : []));
    expect(cells.map((r) => [r[1], r[10]])).toEqual([
      ['陈静', 0],
      ['王芳', 250],
      ['张伟', 450],
      ['张伟', 50],
      ['刘洋', 500],
    ]);
    expect(bandTexts(sheet.footer)).toContain('合计人民币（大写）：壹仟贰佰伍拾元整');

    const payer = allowanceReport.options.parse({ payer: 'countyFinance' });
    const none = allowanceReport.build(await allowanceReport.load({ db: store.db, site: SITE, today: TODAY, month: '2026-11', scopeName: '讲治镇' }, payer), payer);
    expect(none.sheets[0]!.rows).toEqual([]);
    expect(sheetTitle(none.sheets[0]!.head)).toBe('2026年11月挂职干部生活补助发放表（讲治镇，县财政发放）');
    // without a month, the month before today (the usual month to pay)
    expect((await allowanceReport.load({ db: store.db, site: SITE, today: '2026-12-05' }, options)).month).toBe('2026-11');
  });
});
