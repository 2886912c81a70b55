import { describe, expect, it } from 'vitest';
import { cadreDataIssues } from '@shared/domain/rules/data-quality';

describe('data quality of stored cadres (flagged, not refused)', () => {
  it('flags a bad or missing ID number, contradicting sex or birth date, and a missing political status', () => {
    expect(cadreDataIssues({ idCardNo: '340524198001010013', politicalStatus: '01' }).map((i) => i.message)).toEqual(['身份证号码校验位错误：第18位应为 X，实际为 3，请核对号码']);
    expect(cadreDataIssues({ politicalStatus: '01' }).map((i) => i.message)).toEqual(['缺少身份证号码']);
    expect(cadreDataIssues({ idCardNo: '34052419800101001X', sex: '2', birthDate: '1980-02-01' }).map((i) => i.message)).toEqual([
      '性别与身份证号码不符（身份证号码为男）',
      '出生日期与身份证号码不符（身份证号码为1980.01.01）',
      '缺少政治面貌',
    ]);
  });

  it('finds nothing in a clean record', () => {
    expect(cadreDataIssues({ idCardNo: '34052419800101001X', sex: '1', birthDate: '1980-01-01', politicalStatus: '01' })).toEqual([]);
  });
});
