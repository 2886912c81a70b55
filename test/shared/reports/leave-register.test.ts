import { describe, expect, it } from 'vitest';
import { bandTexts, headerLabels, sheetTitle } from '@shared/reports/document/inspect';
import { WorkbookDocumentSchema, isGroupRow } from '@shared/reports/document/schema';
import { approversText, buildLeaveRegister, LEAVE_REGISTER_COLUMNS } from '@shared/reports/leave-register';
import { LEAVE_ROWS } from './attendance-report-fixture';

const OPTS = { periodText: '2026年11月', scopeName: '讲治镇', reportingUnit: '讲治镇党委组织办', reportDate: '2026-11-30' };

describe('请假登记表', () => {
  const doc = buildLeaveRegister(LEAVE_ROWS, OPTS);
  const sheet = doc.sheets[0]!;
  const cells = sheet.rows.map((r) => (isGroupRow(r) ? [] : r.cells));

  it('has the §4.4 columns and a title naming the unit and period', () => {
    expect(() => WorkbookDocumentSchema.parse(doc)).not.toThrow();
    expect(headerLabels(sheet.head)).toEqual(LEAVE_REGISTER_COLUMNS.map((c) => c.header));
    expect(sheetTitle(sheet.head)).toBe('讲治镇挂职干部请假登记表（2026年11月）');
  });

  it('lists every tier’s approver in order with the final decision date, half days, 销假 and 超假', () => {
    expect(cells[0]).toEqual([
      1,
      '王芳',
      '讲治镇石岭村',
      '事假',
      '父亲住院陪护',
      '达州市中心医院',
      '2026.11.23',
      '2026.11.26',
      4,
      '工作（分）队长 陈队长（同意）；乡镇党委书记 王书记（同意）；县委组织部 赵部长（同意）',
      '2026.11.20',
      '',
      '是',
      '',
    ]);
    expect(cells[1]!.slice(6, 9)).toEqual(['2026.11.10 下午', '2026.11.10 下午', 0.5]);
    expect(cells[1]!.slice(11, 13)).toEqual(['2026.11.11', '否']);
    const first = sheet.rows[0]!;
    expect(!isGroupRow(first) && first.highlight).toBe('red');
  });

  it('says how far a pending request has got, and counts in the footer', () => {
    const pending = buildLeaveRegister([{ ...LEAVE_ROWS[0]!, status: 'pending', approvals: LEAVE_ROWS[0]!.approvals.slice(0, 2) }], OPTS).sheets[0]!;
    const row = pending.rows[0]!;
    expect(!isGroupRow(row) && row.cells.at(-1)).toBe('审批中（已批2/3级）');
    expect(bandTexts(sheet.footer)[0]).toBe('合计：共2条请假记录，4.5天；审批中0条，超假1条。截至2026年11月30日。');
    expect(approversText([])).toBe('');
  });
});
