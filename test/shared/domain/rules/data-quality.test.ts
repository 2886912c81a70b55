import { describe, expect, it } from 'vitest';
import { cadreDataIssues, pendingCadreFields, pendingText } from '@shared/domain/rules/data-quality';

describe('data quality of stored cadres (flagged, not refused)', () => {
  it('flags a bad ID number, contradicting sex or birth date', () => {
    expect(cadreDataIssues({ idCardNo: '340524198001010013', politicalStatus: '13', ethnicity: '01', workStartDate: '2000-07', staffCategory: 'civilServant' }).map((i) => i.message)).toEqual([
      '身份证号码校验位错误：第18位应为 X，实际为 3，请核对号码',
    ]);
    expect(cadreDataIssues({ idCardNo: '34052419800101001X', sex: '2', birthDate: '1980-02-01', politicalStatus: '13', ethnicity: '01', workStartDate: '2000-07', staffCategory: 'civilServant' }).map((i) => i.message)).toEqual([
      '性别与身份证号码不符（身份证号码为男）',
      '出生日期与身份证号码不符（身份证号码为1980.01.01）',
    ]);
  });

  it('lists what is still to be completed in one 待补充 item, 入党时间 only for CPC members', () => {
    expect(cadreDataIssues({ idCardNo: '34052419800101001X', sex: '1', birthDate: '1980-01-01', politicalStatus: '01', ethnicity: '01', staffCategory: 'civilServant' })).toEqual([
      { field: 'incomplete', message: '待补充：入党时间、参加工作时间' },
    ]);
    expect(pendingText(pendingCadreFields({ politicalStatus: '13' }))).toBe('待补充：身份证号、民族、参加工作时间、人员类别');
    expect(pendingText(pendingCadreFields({ politicalStatus: '02', partyJoinDate: '  ' }))).toBe('待补充：身份证号、民族、入党时间、参加工作时间、人员类别');
    expect(pendingText(pendingCadreFields({}))).toBe('待补充：身份证号、民族、政治面貌、参加工作时间、人员类别');
  });

  it('finds nothing in a clean record', () => {
    expect(
      cadreDataIssues({ idCardNo: '34052419800101001X', sex: '1', birthDate: '1980-01-01', politicalStatus: '01', partyJoinDate: '2001-07', ethnicity: '01', workStartDate: '2000-07', staffCategory: 'civilServant' }),
    ).toEqual([]);
  });
});
