import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convert15To18,
  idCardCheckChar,
  normalizeIdCardNo,
  validateIdCardNo,
} from '@shared/domain/id-card';

const TODAY = '2025-06-30';

function expectOk(result: ReturnType<typeof validateIdCardNo>) {
  if (!result.ok) throw new Error(`expected a valid number, got: ${result.error}`);
  return result;
}

function expectError(result: ReturnType<typeof validateIdCardNo>) {
  if (result.ok) throw new Error(`expected an error for ${result.value}`);
  return result;
}

describe('idCardCheckChar (ISO 7064 MOD 11-2)', () => {
  it('computes the published examples', () => {
    expect(idCardCheckChar('34052419800101001')).toBe('X');
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    // Worked by hand: weighted sum 154, 154 mod 11 = 0 → '1'.
    expect(idCardCheckChar('11010119900307001')).toBe('1');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idCardCheckChar('1234')).toThrow();
  });
});

describe('normalizeIdCardNo', () => {
  it('removes spaces, makes full-width characters half-width and x upper-case', () => {
    expect(normalizeIdCardNo(' ３４０５２４ 19800101 001ｘ ')).toBe('34052419800101001X');
  });
});

describe('validateIdCardNo', () => {
  it('accepts a valid number and derives birth date and sex', () => {
    const r = expectOk(validateIdCardNo('11010519491231002X', { today: TODAY }));
    expect(r.value).toBe('11010519491231002X');
    expect(r.birthDate).toBe('1949-12-31');
    expect(r.sex).toBe('2');
    expect(r.convertedFrom15).toBe(false);
  });

  it('reads an odd 17th digit as male', () => {
    const r = expectOk(validateIdCardNo('34052419800101001X', { today: TODAY }));
    expect(r.sex).toBe('1');
    expect(r.birthDate).toBe('1980-01-01');
    expect(r.warnings).toEqual([]);
  });

  it('names the expected check character when the last one is wrong', () => {
    const r = expectError(validateIdCardNo('340524198001010013', { today: TODAY }));
    expect(r.expectedCheckChar).toBe('X');
    expect(r.error).toBe('身份证号码校验位错误：第18位应为 X，实际为 3，请核对号码');
  });

  it('accepts a lower-case x and full-width digits', () => {
    expect(expectOk(validateIdCardNo('34052419800101001x', { today: TODAY })).value).toBe('34052419800101001X');
    expect(expectOk(validateIdCardNo('３４０５２４１９８００１０１００１Ｘ', { today: TODAY })).value).toBe(
      '34052419800101001X',
    );
  });

  it('converts a 15-digit number and asks the clerk to check it', () => {
    const r = expectOk(validateIdCardNo('340524800101001', { today: TODAY }));
    expect(r.value).toBe('34052419800101001X');
    expect(r.convertedFrom15).toBe(true);
    expect(r.birthDate).toBe('1980-01-01');
    expect(r.sex).toBe('1');
    expect(r.warnings).toContain('已将15位旧号码转换为18位，请核对');
  });

  it('asks for the number when it is empty', () => {
    expect(expectError(validateIdCardNo('  ')).error).toBe('请填写身份证号码');
    expect(expectError(validateIdCardNo(undefined)).error).toBe('请填写身份证号码');
  });

  it('says how many characters were typed when the length is wrong', () => {
    expect(expectError(validateIdCardNo('3405241980010100', { today: TODAY })).error).toBe(
      '身份证号码应为18位（当前为16位），请核对',
    );
  });

  it('refuses letters other than a final X', () => {
    expect(expectError(validateIdCardNo('34052419800101A01X', { today: TODAY })).error).toBe(
      '身份证号码前17位应为数字，第18位为数字或X',
    );
  });

  it('refuses a birth date that does not exist', () => {
    const first17 = '34052419800231001';
    const r = expectError(validateIdCardNo(first17 + idCardCheckChar(first17), { today: TODAY }));
    expect(r.error).toBe('身份证号码中的出生日期（19800231）不是有效日期');
  });

  it('refuses a birth date in the future', () => {
    const first17 = '34052420300101001';
    const r = expectError(validateIdCardNo(first17 + idCardCheckChar(first17), { today: TODAY }));
    expect(r.error).toContain('20300101');
  });

  it('warns about an unknown province code without blocking', () => {
    const first17 = '99052419800101001';
    const r = expectOk(validateIdCardNo(first17 + idCardCheckChar(first17), { today: TODAY }));
    expect(r.warnings).toContain('身份证号码前两位（99）不是有效的省级行政区划代码，请核对');
  });

  it('warns when the age is outside 16–70 at the reference date', () => {
    const old = expectOk(validateIdCardNo('11010519491231002X', { today: TODAY }));
    expect(old.warnings.some((w) => w.includes('75岁'))).toBe(true);
    const first17 = '34052420100101001';
    const young = expectOk(validateIdCardNo(first17 + idCardCheckChar(first17), { today: TODAY }));
    expect(young.warnings.some((w) => w.includes('15岁'))).toBe(true);
    const adult = expectOk(validateIdCardNo('34052419800101001X', { today: '2025-01-01' }));
    expect(adult.warnings).toEqual([]);
  });
});

describe('convert15To18', () => {
  it('inserts 19 before the year and appends the check character', () => {
    expect(convert15To18('340524800101001')).toBe('34052419800101001X');
  });

  it('refuses anything but 15 digits', () => {
    expect(() => convert15To18('34052480010100')).toThrow();
  });
});

describe('MOD 11-2 properties', () => {
  const province = fc.constantFrom('11', '13', '34', '44', '51', '65', '82');
  const county = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
  const birth = fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2005, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
  const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
  const first17 = fc.tuple(province, county, birth, sequence).map((p) => p.join(''));

  it('a 17-digit prefix with a real birth date plus its check character is valid', () => {
    fc.assert(
      fc.property(first17, (prefix) => {
        const r = validateIdCardNo(prefix + idCardCheckChar(prefix), { today: TODAY });
        expect(r.ok).toBe(true);
      }),
    );
  });

  it('changing any single character to another digit makes the number invalid', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }), (prefix, pos, shift) => {
        const valid = prefix + idCardCheckChar(prefix);
        const old = valid[pos]!;
        const replacement = old === 'X' ? String(shift) : String((Number(old) + shift) % 10);
        const typo = valid.slice(0, pos) + replacement + valid.slice(pos + 1);
        expect(typo).not.toBe(valid);
        expect(validateIdCardNo(typo, { today: TODAY }).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
