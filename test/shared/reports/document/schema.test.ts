import { describe, expect, it } from 'vitest';
import { buildRosterTemplate } from '@shared/import/roster-template';
import { SheetHeadSchema, SheetHeadsSchema, WorkbookDocumentSchema, type SheetHead } from '@shared/reports/document/schema';
import { buildRoster } from '@shared/reports/roster';
import { BATCHES, UNITS, cadre, mapOf, posting } from '../report-fixture';

const HEAD: SheetHead = { name: '表', columns: [{ key: 'a', width: 8 }, { key: 'b', width: 8 }] };
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('document schemas', () => {
  it('accept what the builders make: the roster and the roster template', () => {
    const roster = buildRoster(
      { postings: [posting('p1', {})], cadres: mapOf([cadre('c-p1', { name: '张三' })]), units: mapOf(UNITS), batches: mapOf(BATCHES) },
      { countyName: '开江县', reportingUnit: '县委组织部', reportDate: '2024-05-06', groupBy: 'batch' },
    );
    expect(WorkbookDocumentSchema.safeParse(roster).error).toBeUndefined();
    const template = buildRosterTemplate({ countyName: '开江县', reportingUnit: '县委组织部', today: '2024-05-06', unitNames: [] });
    expect(WorkbookDocumentSchema.safeParse({ sheets: template.sheets }).error).toBeUndefined();
  });

  it.each([
    ['a merge past the band rows', { role: 'text', rows: [['甲']], merges: [{ row: 0, col: 0, rows: 2, cols: 1 }] }, '合并区域超出了表头表尾区域的行数'],
    ['overlapping merges', { role: 'header', rows: [['甲', '乙'], [null, null]], merges: [{ row: 0, col: 0, rows: 2, cols: 1 }, { row: 1, col: 0, rows: 1, cols: 2 }] }, '合并区域不能相互重叠'],
    ['a merge wider than the sheet', { role: 'text', rows: [['甲']], merges: [{ row: 0, col: 1, rows: 1, cols: 2 }] }, '合并区域超出了表格的 2 列'],
    ['more cells than columns', { role: 'title', rows: [['甲', '乙', '丙']] }, '表头表尾的单元格多于表格的 2 列'],
    ['more heights than rows', { role: 'text', rows: [['甲']], heights: [20, 20] }, '行高的个数多于行数'],
  ])('refuse a band with %s, saying so in Chinese', (_label, band, says) => {
    expect(messages(SheetHeadSchema.safeParse({ ...HEAD, bands: [band] }))).toContain(says);
  });

  it('refuse sheet names Excel would confuse, and a workbook with no visible sheet', () => {
    expect(messages(SheetHeadsSchema.safeParse([HEAD, { ...HEAD, name: '表' }]))).toContain('工作表名称不能重复');
    expect(messages(SheetHeadsSchema.safeParse([{ ...HEAD, name: 'Data' }, { ...HEAD, name: 'DATA' }]))).toContain('工作表名称不能重复');
    expect(messages(SheetHeadsSchema.safeParse([{ ...HEAD, state: 'veryHidden' }]))).toContain('至少要有一个可见的工作表');
    expect(messages(SheetHeadSchema.safeParse({ ...HEAD, name: '_下拉选项' }))).toContain('工作表名称“_下拉选项”为程序保留');
  });
});
