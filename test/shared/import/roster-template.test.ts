import { describe, expect, it } from 'vitest';
import { validateIdCardNo } from '@shared/domain/id-card';
import { ROSTER_FIELDS } from '@shared/import/roster-columns';
import { autoMapColumns, validateRosterRows } from '@shared/import/roster-import';
import { buildRosterTemplate } from '@shared/import/roster-template';
import { bandTexts, headerLabels, sheetTitle } from '@shared/reports/document/inspect';
import { cellValueOf, isRichCell } from '@shared/reports/document/schema';
import { TODAY, context } from '../../fixtures/roster/roster-rows';

const template = buildRosterTemplate({ countyName: '开江县', reportingUnit: '中共开江县委组织部', today: TODAY, unitNames: ['开江县发展和改革局', '讲治镇人民政府'] });
const [data, notes] = template.sheets;
const headers = headerLabels(data!.head);
const headerCells = data!.head.bands!.find((b) => b.role === 'header')!.rows[0]!;
/** A column with the note of its header cell. */
const column = (header: string) => {
  const index = headers.indexOf(header);
  const cell = headerCells[index]!;
  return { ...data!.head.columns[index]!, note: isRichCell(cell) ? cell.note : undefined };
};

describe('the roster import template', () => {
  it('is offered as 挂职干部花名册导入模板.xlsx with the county title and 填报单位', () => {
    expect(template.suggestedName).toBe('挂职干部花名册导入模板.xlsx');
    expect(sheetTitle(data!.head)).toBe('开江县挂职干部花名册');
    expect(bandTexts(data!.head.bands!)).toContain('填报单位：中共开江县委组织部');
    expect(data!.head.print?.orientation).toBe('landscape');
  });

  it('has one column per import field, required ones marked *, and maps back onto itself', () => {
    expect(headers).toHaveLength(ROSTER_FIELDS.length);
    expect(headers.filter((h) => h.endsWith('*'))).toEqual([
      '姓名*',
      '身份证号*',
      '民族*',
      '政治面貌*',
      '参加工作时间*',
      '人员类别*',
      '工作单位*',
      '现任职务*',
      '挂职类型*',
      '接收单位*',
      '挂任职务*',
      '到岗日期*',
    ]);
    const m = autoMapColumns(headers);
    expect(Object.keys(m.columns)).toHaveLength(ROSTER_FIELDS.length);
  });

  it('offers dropdowns for the closed lists and says the format in the header notes', () => {
    expect(column('性别').list).toEqual(['男', '女']);
    expect(column('民族*').list).toContain('汉族');
    expect(column('政治面貌*').list).toContain('中共党员');
    expect(column('全日制学历').list).toEqual(['研究生', '大学', '大专', '中专', '高中', '初中', '小学']);
    expect(column('后备干部').list).toEqual(['是', '否']);
    expect(column('挂职类型*').list).toContain('驻村第一书记');
    expect(column('挂职方向').list).toEqual(['上挂', '下派', '平级交流', '县外']);
    expect(column('队内职务').list).toEqual(['第一书记', '队长', '分队长', '队员']);
    expect(column('人员类别*').list).toContain('公务员');
    expect(column('到岗日期*').note).toContain('2024.03.01 或 2024-3-1');
    expect(column('身份证号*').note).toContain('文本');
    expect(column('民族*').list!.join(',').length).toBeLessThanOrEqual(255);
  });

  it('has one example row with a valid ID number that passes every check (and is ignored on import)', () => {
    const example = data!.rows[0]!;
    if (!('cells' in example)) throw new Error('expected a data row');
    const id = cellValueOf(example.cells[headers.indexOf('身份证号*')]) as string;
    expect(validateIdCardNo(id, { today: TODAY }).ok).toBe(true);
    const units = [
      { id: 'u1', name: '开江县发展和改革局', shortName: '县发展和改革局' },
      { id: 'u2', name: '讲治镇人民政府', shortName: null },
    ];
    const cells = example.cells.map(cellValueOf);
    const renamed = cells.map((c, i) => (i === headers.indexOf('姓名*') ? '王建民' : c));
    const p = validateRosterRows([headers, renamed], autoMapColumns(headers), context({ units }));
    expect(p.rows[0]!.errors).toEqual([]);
    expect(p.rows[0]!.status).toBe('ok');
    const asIs = validateRosterRows([headers, cells], autoMapColumns(headers), context({ units }));
    expect(asIs.rows).toEqual([]);
    expect(asIs.ignoredRows).toEqual([2]);
  });

  it('explains how to fill it in on a 填写说明 sheet', () => {
    const text = notes!.rows.map((row) => ('cells' in row ? cellValueOf(row.cells[0]) : '')).join('\n');
    expect(notes!.head.name).toBe('填写说明');
    for (const phrase of ['1985.03', '1985年3月', '“文本”格式', '按身份证号码与系统中已有的干部对应', '表头带“*”的为必填项', '讲治镇人民政府']) expect(text).toContain(phrase);
  });
});
