import { describe, expect, it } from 'vitest';
import { ROSTER_FIELDS } from '@shared/import/roster-columns';
import { autoMapColumns, findHeaderRow, missingRequiredFields, pendingColumns } from '@shared/import/roster-import';
import { isOwnRosterExport } from '@shared/import/column-mapping';
import { TEMPLATE_HEADER, templateRow, templateSheet } from '../../fixtures/roster/roster-rows';

/** A roster as counties keep it: title, 填报单位, header with combined columns. */
const COUNTY_ROSTER: unknown[][] = [
  ['开江县2024年挂职干部花名册'],
  ['填报单位：（盖章）中共开江县委组织部', null, null, null, null, null, '填报日期：2024年5月6日'],
  [
    '序号',
    '姓 名',
    '性别',
    '民族',
    '出生年月（年龄）',
    '政治面貌',
    '公民身份号码',
    '学历学位',
    '参加工作时间',
    '原工作单位及职务',
    '职务层次/职级',
    '挂职单位及职务',
    '挂职类型',
    '挂职起止时间',
    '联系电话',
    '备注',
  ],
];

describe('auto-mapping of the header row', () => {
  it('maps every column of the template, required ones marked with *', () => {
    const m = autoMapColumns(TEMPLATE_HEADER);
    expect(Object.keys(m.columns).sort()).toEqual(ROSTER_FIELDS.map((f) => f.key).sort());
    ROSTER_FIELDS.forEach((f, i) => expect(m.columns[f.key], f.header).toBe(i));
    expect(m.unmapped).toEqual([]);
    expect(missingRequiredFields(m)).toEqual([]);
  });

  it('finds the header below a title row and a 填报单位 row', () => {
    expect(findHeaderRow(templateSheet(templateRow()))).toBe(2);
    expect(findHeaderRow(COUNTY_ROSTER)).toBe(2);
    expect(findHeaderRow([['开江县挂职干部花名册'], ['姓名', '备注']])).toBeUndefined();
  });

  it('maps a county roster: synonyms, spaces, combined columns; 序号 ignored', () => {
    const m = autoMapColumns(COUNTY_ROSTER[2]!, 2);
    expect(m.headerRowIndex).toBe(2);
    expect(m.columns).toEqual({
      name: 1,
      sex: 2,
      ethnicity: 3,
      birthMonth: 4,
      politicalStatus: 5,
      idCardNo: 6,
      education: 7,
      workStartDate: 8,
      homeUnitAndPost: 9,
      levelAndRank: 10,
      receivingUnitAndPost: 11,
      postingType: 12,
      postingPeriod: 13,
      phone: 14,
      remarks: 15,
    });
    expect(m.unmapped).toEqual([]);
    // 工作单位, 现任职务, 接收单位, 挂任职务 and 到岗日期 come from the combined columns.
    expect(missingRequiredFields(m)).toEqual([]);
  });

  it('recognises the usual other spellings, ignoring *, spaces and bracketed notes', () => {
    const m = autoMapColumns(['身份证号码', '出生日期', '原单位', '原职务', '挂职单位', '挂职职务', '挂职开始时间', '期限（个月）', '＊民 族', '备 注（选填）', '籍贯（出生地）']);
    expect(m.columns).toMatchObject({
      idCardNo: 0,
      birthMonth: 1,
      homeUnit: 2,
      currentPost: 3,
      receivingUnit: 4,
      secondedPost: 5,
      startDate: 6,
      termMonths: 7,
      ethnicity: 8,
      remarks: 9,
      nativePlace: 10,
    });
  });

  it('lists headers it cannot place and names required fields still missing; columns a cadre may lack are not required', () => {
    const m = autoMapColumns(['姓名', '身份证', '家庭住址', '民族']);
    expect(m.unmapped).toEqual([{ index: 2, header: '家庭住址' }]);
    expect(missingRequiredFields(m)).toEqual(['homeUnit', 'currentPost', 'receivingUnit', 'secondedPost', 'startDate']);
    expect(pendingColumns(m)).toEqual(['politicalStatus', 'partyJoinDate', 'workStartDate', 'staffCategory']);
    // 派出单位 and 原单位职务 stand in for 工作单位 and 现任职务.
    expect(missingRequiredFields(autoMapColumns(['姓名', '派出单位', '原单位职务', '挂职单位', '挂职职务', '到岗日期']))).toEqual([]);
  });

  it('recognises the app’s own 花名册 export and reads its 原工作单位及职务 as 派出单位 and 原单位职务', () => {
    const header = ['序号', '姓名', '身份证号', '性别', '民族', '出生年月（年龄）', '政治面貌', '学历学位', '原工作单位及职务', '职务层次/职级', '挂职单位及职务', '挂职类型', '挂职起止时间', '驻村名称/队内职务', '联系电话', '备注'];
    const m = autoMapColumns(header, 2);
    expect(m.source).toBe('export');
    expect(m.columns).toMatchObject({ name: 1, idCardNo: 2, dispatchingUnitAndPost: 8, receivingUnitAndPost: 10, postingPeriod: 12 });
    expect(m.columns.remarks).toBeUndefined();
    expect(missingRequiredFields(m)).toEqual([]);
    expect(isOwnRosterExport(COUNTY_ROSTER[2]!)).toBe(false);
    expect(autoMapColumns(COUNTY_ROSTER[2]!).source).toBe('roster');
  });
});
