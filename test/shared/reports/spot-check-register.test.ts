import { describe, expect, it } from 'vitest';
import { bandTexts, headerLabels, sheetTitle } from '@shared/reports/document/inspect';
import { WorkbookDocumentSchema, isGroupRow } from '@shared/reports/document/schema';
import { buildSpotCheckRegister, SPOT_CHECK_REGISTER_COLUMNS } from '@shared/reports/spot-check-register';
import { SPOT_CHECK_ROWS } from './attendance-report-fixture';

const OPTS = { periodText: '2026年11月', scopeName: '讲治镇', reportingUnit: '讲治镇党委组织办', reportDate: '2026-11-30' };

describe('抽查情况登记表', () => {
  const doc = buildSpotCheckRegister(SPOT_CHECK_ROWS, OPTS);
  const sheet = doc.sheets[0]!;
  const cells = sheet.rows.map((r) => (isGroupRow(r) ? [] : r.cells));

  it('has the columns a 组织部 register has and a title naming the unit and period, in landscape', () => {
    expect(() => WorkbookDocumentSchema.parse(doc)).not.toThrow();
    expect(headerLabels(sheet.head)).toEqual(['序号', '日期', '时间', '方式', '检查人', '姓名', '挂职（驻村）单位', '结果', '是否有正当理由/说明', '处理情况', '备注']);
    expect(headerLabels(sheet.head)).toHaveLength(SPOT_CHECK_REGISTER_COLUMNS.length);
    expect(sheetTitle(sheet.head)).toBe('讲治镇挂职干部抽查情况登记表（2026年11月）');
    expect(sheet.head.print?.orientation).toBe('landscape');
  });

  it('says 在岗 or 不在岗, whether the absence was excused, and what an unexcused one leads to (marked red)', () => {
    expect(cells[0]).toEqual([1, '2026.11.05', '09:40', '暗访', '李督查（县委组织部）', '张伟', '讲治镇', '在岗', '—', '', '']);
    expect(cells[1]!.slice(7)).toEqual(['不在岗', '是（已请假）', '', '事假，手续齐全']);
    expect(cells[2]!.slice(3, 4)).toEqual(['明查']);
    expect(cells[2]!.slice(7)).toEqual(['不在岗', '否', '当日按缺勤计；本年度第2次无故不在岗，年度考核最高评为基本称职', '村干部称其回县城办事，未请假']);
    const [first, , last] = sheet.rows;
    expect(!isGroupRow(first!) && first!.highlight).toBeUndefined();
    expect(!isGroupRow(last!) && last!.highlight).toBe('red');
  });

  it('ends with the total line (人次) and the signature line; an empty period still has both', () => {
    expect(bandTexts(sheet.footer)).toEqual(['合计：抽查3人次，在岗1人次，不在岗2人次（其中无故不在岗1人次）。截至2026年11月30日。', '填表人：        审核人：        联系电话：']);
    const empty = buildSpotCheckRegister([], OPTS).sheets[0]!;
    expect(empty.rows).toEqual([]);
    expect(bandTexts(empty.footer)[0]).toBe('合计：抽查0人次，在岗0人次，不在岗0人次（其中无故不在岗0人次）。截至2026年11月30日。');
  });
});
