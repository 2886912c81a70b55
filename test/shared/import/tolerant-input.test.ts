import { describe, expect, it } from 'vitest';
import { autoMapColumns, validateRosterRows, type RosterPreviewRow } from '@shared/import/roster-import';
import { parsePeriod, splitEducationCell } from '@shared/import/roster-cells';
import type { RosterFieldKey } from '@shared/import/roster-columns';
import { TEMPLATE_HEADER, context, templateRow } from '../../fixtures/roster/roster-rows';

/** Validates one template row and returns the row of the preview. */
function one(over: Partial<Record<RosterFieldKey, unknown>>, ctx = context()): RosterPreviewRow {
  const preview = validateRosterRows([TEMPLATE_HEADER, templateRow(over)], autoMapColumns(TEMPLATE_HEADER), ctx);
  expect(preview.rows).toHaveLength(1);
  return preview.rows[0]!;
}

function created(row: RosterPreviewRow) {
  expect(row.errors).toEqual([]);
  if (row.cadre?.action !== 'create') throw new Error('expected a new cadre');
  return row.cadre.input;
}

describe('what clerks really type', () => {
  it.each([
    ['汉', '01'],
    ['汉族', '01'],
    ['汉族  ', '01'],
    ['崩龙族', '46'],
  ])('民族 %j → %s', (typed, code) => {
    expect(created(one({ ethnicity: typed })).ethnicity).toBe(code);
  });

  it.each([
    ['中共党员', '01'],
    ['党员', '01'],
    ['中国共产党党员', '01'],
    ['预备党员', '02'],
  ])('政治面貌 %j → %s', (typed, code) => {
    expect(created(one({ politicalStatus: typed })).politicalStatus).toBe(code);
  });

  it.each([
    ['1985.3'],
    ['1985年3月'],
    ['1985-03'],
    [31107],
    ['31107'],
    ['１９８５．０３'],
    ['1985.03  '],
    ['1985-03-15'],
  ])('出生年月 %j is read as 1985-03 and agrees with the ID number', (typed) => {
    const row = one({ birthMonth: typed });
    expect(row.errors).toEqual([]);
    expect(row.status).toBe('ok');
  });

  it.each([
    ['2008.6', '2008-06'],
    ['2008年6月', '2008-06'],
    ['2008-06', '2008-06'],
    ['２００８．０６', '2008-06'],
    [39600, '2008-06'],
  ])('入党时间 %j → %s', (typed, month) => {
    expect(created(one({ partyJoinDate: typed })).partyJoinDate).toBe(month);
  });

  it('accepts 出生年月（年龄） cells and ignores the age', () => {
    expect(one({ birthMonth: '1985.03（41岁）' }).errors).toEqual([]);
  });

  it('accepts dates with full-width digits, dots, 年月日 and Excel serials', () => {
    for (const typed of ['2024.3.1', '2024-03-01', '2024年3月1日', '２０２４．０３．０１', 45352, '2024/3/1 0:00:00']) {
      const row = one({ startDate: typed });
      expect(row.errors, String(typed)).toEqual([]);
      expect(row.posting?.startDate).toBe('2024-03-01');
      expect(row.posting?.plannedEndDate).toBe('2026-02-28');
    }
  });

  it('trims trailing spaces and full-width characters in names, IDs and posts', () => {
    const input = created(one({ name: ' 张志强  ', idCardNo: '５１１７２３１９８５０３１５００３６ ', currentPost: '办公室主任　' }));
    expect(input).toMatchObject({ name: '张志强', idCardNo: '511723198503150036', currentPost: '办公室主任', sex: '1', birthDate: '1985-03-15' });
  });

  it('reads 学历 as printed on rosters and degrees with their suffix', () => {
    expect(created(one({ fullTimeEducation: '大学本科', fullTimeDegree: '学士学位' }))).toMatchObject({ fullTimeEducation: '21', fullTimeDegree: '学士' });
    expect(created(one({ fullTimeEducation: '大专', fullTimeDegree: '无' }))).toMatchObject({ fullTimeEducation: '31', fullTimeDegree: '无' });
  });

  it('reads 是/否, √ and 性别 in any usual form', () => {
    expect(created(one({ isReserveCadre: '是' })).isReserveCadre).toBe(true);
    expect(created(one({ isReserveCadre: '√' })).isReserveCadre).toBe(true);
    expect(created(one({ isReserveCadre: '否', sex: '男性' })).isReserveCadre).toBe(false);
  });

  it('reads 期限 as 24、24个月 or 两年', () => {
    for (const typed of [24, '24', '24个月', '两年', '2年']) {
      const row = one({ termMonths: typed });
      expect(row.posting?.termMonths, String(typed)).toBe(24);
    }
  });
});

describe('combined roster cells', () => {
  it('挂职起止时间: start = first day of the start month, end = last day of the end month', () => {
    // A start given as a month says so (a posting on file is then matched by its start month).
    expect(parsePeriod('2024.03—2026.02')).toEqual({ ok: true, start: '2024-03-01', end: '2026-02-28', startMonth: '2024.03' });
    expect(parsePeriod('2024.3-2026.2')).toEqual({ ok: true, start: '2024-03-01', end: '2026-02-28', startMonth: '2024.03' });
    expect(parsePeriod('2024年3月至2026年2月')).toEqual({ ok: true, start: '2024-03-01', end: '2026-02-28', startMonth: '2024.03' });
    expect(parsePeriod('2024.03.15～2026.03.14')).toEqual({ ok: true, start: '2024-03-15', end: '2026-03-14' });
    expect(parsePeriod('2024.03—至今')).toEqual({ ok: true, start: '2024-03-01', end: null, startMonth: '2024.03' });
    expect(parsePeriod('2024-03')).toBeUndefined();
    expect(parsePeriod('2024.13—2026.02')).toMatchObject({ ok: false });
    // Linear: a cell of 32,767 dashes is refused at once, not tried position by position.
    expect(parsePeriod('-'.repeat(32_767))).toMatchObject({ ok: false });
  });

  it('学历学位: first line is full-time, a line starting with 在职 is in-service', () => {
    expect(splitEducationCell('大学学士\n在职：研究生硕士')).toEqual({
      fullTime: { education: '大学', degree: '学士' },
      inService: { education: '研究生', degree: '硕士' },
    });
    expect(splitEducationCell('大学\n学士')).toEqual({ fullTime: { education: '大学', degree: '学士' } });
    expect(splitEducationCell('大专')).toEqual({ fullTime: { education: '大专' } });
  });

  it('a 学历学位 cell of 32,767 characters is read in one pass and reported as unknown, not tried prefix by prefix', () => {
    const huge = '大'.repeat(32_767);
    expect(splitEducationCell(huge).fullTime).toEqual({ education: huge });
    const row = one({ fullTimeEducation: null, fullTimeDegree: null, fullTimeSchool: huge });
    expect(row.errors.map((e) => e.field)).toEqual(['fullTimeSchool']);
  });
});

describe('dates given as a month only', () => {
  it('到岗日期 2024.03 is the first day of the month, 期满日期 2026.02 the last, each with a reminder', () => {
    const row = one({ startDate: '2024.03', plannedEndDate: '2026年2月' });
    expect(row.errors).toEqual([]);
    expect(row.posting).toMatchObject({ startDate: '2024-03-01', plannedEndDate: '2026-02-28', termMonths: 24 });
    expect(row.warnings.map((w) => w.message)).toEqual([
      '到岗日期：只填了年月“2024.03”，按2024.03.01导入，请核对',
      '期满日期：只填了年月“2026年2月”，按2026.02.28导入，请核对',
    ]);
  });

  it('a 挂职时间 column holding a range fills both dates', () => {
    const row = one({ startDate: '2024.3-2026.2' });
    expect(row.errors).toEqual([]);
    expect(row.posting).toMatchObject({ startDate: '2024-03-01', plannedEndDate: '2026-02-28', termMonths: 24 });
  });
});
