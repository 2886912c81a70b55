import { describe, expect, it } from 'vitest';
import { assessmentCap, assessmentPeriodText, checkAssessment, gradeLabel, periodRange, quarterOf } from '@shared/domain/rules/assessment';

const TERM = { startDate: '2025-03-01', endDate: '2027-02-28' };
const ABSENT = [
  { date: '2025-06-03', result: 'absentUnexcused' },
  { date: '2026-04-08', result: 'absentUnexcused' },
  { date: '2026-05-12', result: 'onDuty' },
];

describe('assessment periods', () => {
  it('a quarter for a routine assessment, a year for an annual one', () => {
    expect(periodRange('routine', '2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodRange('routine', '2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange('annual', '2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange('annual', '2026-Q1')).toBeNull();
    expect(assessmentPeriodText('routine', '2026-Q3')).toBe('2026年第三季度');
    expect(assessmentPeriodText('annual', '2026')).toBe('2026年度');
    expect(assessmentPeriodText('endOfTerm', 'p1')).toBe('期满考察');
    expect(quarterOf('2026-11-30')).toBe('2026-Q4');
  });
});

describe('the grade cap beside the grade field', () => {
  it('annual: the unexcused absences of that year; end of term: of the whole term so far', () => {
    const ctx = { period: TERM, spotChecks: ABSENT, staffCategory: 'civilServant' };
    expect(assessmentCap('annual', '2026', ctx, '2026-11-30')).toMatchObject({ cap: '2', reasons: [{ text: '年度内明查暗访发现无故不在岗1次，不得评为优秀' }] });
    expect(assessmentCap('annual', '2024', ctx, '2026-11-30')?.cap).toBeNull();
    expect(assessmentCap('endOfTerm', 'p1', ctx, '2026-11-30')).toMatchObject({ cap: '3', capText: '最高评为基本称职', reasons: [{ text: '挂职期间明查暗访发现无故不在岗2次，最高评为基本称职' }] });
    expect(assessmentCap('routine', '2026-Q2', ctx, '2026-11-30')).toBeNull();
  });
});

describe('checking an assessment', () => {
  const ctx = (cap = assessmentCap('annual', '2026', { period: TERM, spotChecks: ABSENT }, '2026-11-30')) => ({ period: TERM, cap, staffCategory: 'civilServant' });

  it('needs a well-formed period inside the term, a score or a grade', () => {
    expect(checkAssessment({ kind: 'routine', period: '2026-3' }, ctx(null)).errors).toEqual([
      { field: 'period', message: '平时考核的期间应为某年某季度（如2026年第三季度）' },
      { field: 'score', message: '请填写平时考核得分' },
    ]);
    expect(checkAssessment({ kind: 'annual', period: '2024', grade: '2' }, ctx()).errors).toEqual([
      { field: 'period', message: '2024年度不在该干部的挂职期内（2025年3月1日至2027年2月28日）' },
    ]);
    expect(checkAssessment({ kind: 'endOfTerm', period: 'p1' }, ctx()).errors).toEqual([{ field: 'grade', message: '请选择考核等次' }]);
  });

  it('refuses a grade above the cap without a reason, and keeps it visible with one', () => {
    expect(checkAssessment({ kind: 'annual', period: '2026', grade: '1' }, ctx()).errors[0]!.message).toBe(
      '所选等次“优秀”高于按规定可评的等次（年度内明查暗访发现无故不在岗1次，不得评为优秀），如确需评定，请填写理由',
    );
    const withReason = checkAssessment({ kind: 'annual', period: '2026', grade: '1', capOverrideReason: '该次不在岗系执行县委临时任务，已补办手续' }, ctx());
    expect(withReason.errors).toEqual([]);
    expect(withReason.warnings[0]!.message).toContain('已填写理由');
    expect(checkAssessment({ kind: 'annual', period: '2026', grade: '2' }, ctx())).toEqual({ errors: [], warnings: [] });
  });

  it('names grades in the cadre’s list', () => {
    expect(gradeLabel('2', 'civilServant')).toBe('称职');
    expect(gradeLabel('2', 'institution')).toBe('合格');
    expect(gradeLabel(null, 'institution')).toBe('');
  });
});
