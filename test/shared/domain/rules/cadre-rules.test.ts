import { describe, expect, it } from 'vitest';
import { applyIdCardDerivation, cadreRemovalIssues, checkCadre, duplicateIdCardIssue, validateCadre } from '@shared/domain/rules/cadre-rules';
import { cadreInput } from '../../../fixtures/cadres';

const today = '2026-11-21';

describe('cadre rules', () => {
  it('fill sex and birth date from the ID number, converting full-width and lower-case x', () => {
    const out = applyIdCardDerivation({ idCardNo: '１１０１０５１９４９１２３１００２x' });
    expect(out).toMatchObject({ idCardNo: '11010519491231002X', sex: '2', birthDate: '1949-12-31' });
  });

  it('flag sex or birth date that contradict the ID number', () => {
    const r = checkCadre({ idCardNo: '34052419800101001X', sex: '2', birthDate: '1980-02-01' }, { today });
    expect(r.errors).toEqual([
      { field: 'sex', message: '性别与身份证号码不符：身份证号码显示为男' },
      { field: 'birthDate', message: '出生日期与身份证号码不符：身份证号码显示为1980.01.01' },
    ]);
  });

  it('report a wrong check digit once, without also asking for the derived sex and birth date', () => {
    const r = validateCadre({ ...cadreInput('u1'), idCardNo: '340524198001010013' }, { today });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toBe('身份证号码校验位错误：第18位应为 X，实际为 3，请核对号码');
  });

  it('accept a CPC member without the date they joined (待补充, not an error), and warn on implausible dates', () => {
    const noDate = validateCadre({ ...cadreInput('u1'), partyJoinDate: null, workStartDate: null, idCardNo: null, sex: '1', birthDate: '1980-01-01' }, { today });
    expect(noDate.ok).toBe(true);
    expect(validateCadre({ ...cadreInput('u1'), idCardNo: '', sex: undefined, birthDate: undefined }, { today })).toMatchObject({
      ok: false,
      errors: [{ field: 'sex' }, { field: 'birthDate' }],
    });
    const early = validateCadre({ ...cadreInput('u1'), partyJoinDate: '1996-01', workStartDate: '1993-09' }, { today });
    expect(early.ok).toBe(true);
    expect(early.warnings.map((w) => w.field).sort()).toEqual(['partyJoinDate', 'workStartDate']);
  });

  it('never throw on a date typed wrong: each bad month is reported on its own field (2099.13, 201.06)', () => {
    const input = { ...cadreInput('u1'), workStartDate: '2099.13', partyJoinDate: '201.06', currentPostSince: '2024.2.30' };
    expect(() => checkCadre(input as never, { today })).not.toThrow();
    const r = validateCadre(input, { today });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(['currentPostSince', 'partyJoinDate', 'workStartDate']);
    expect(r.errors.find((e) => e.field === 'workStartDate')!.message).toContain('参加工作时间');
  });

  it('accept a complete cadre', () => {
    const r = validateCadre(cadreInput('u1'), { today });
    expect(r).toMatchObject({ ok: true, value: { sex: '1', birthDate: '1980-01-01', name: '李明' } });
  });
});

describe('cadre registration rules', () => {
  it('one message for an ID number already registered, naming who holds it', () => {
    expect(duplicateIdCardIssue('张三')).toEqual({ field: 'idCardNo', message: '身份证号码已登记为“张三”，请勿重复登记；如需修改请在干部列表中找到该干部' });
  });

  it('a cadre with postings cannot be deleted; one without can', () => {
    expect(cadreRemovalIssues('张三', 2)).toEqual([{ field: 'id', message: '“张三”还有2条挂职记录，请先删除挂职记录' }]);
    expect(cadreRemovalIssues('张三', 0)).toEqual([]);
  });
});
