import { describe, expect, it } from 'vitest';
import { absenceAlerts, checkGradeAgainstCap, gradeCap, gradeListFor, isAboveCap, unexcusedAbsencesInYear } from '@shared/domain/rules/grade-cap';

const checks = [
  { date: '2025-11-03', result: 'absentUnexcused' },
  { date: '2026-02-10', result: 'absentUnexcused' },
  { date: '2026-04-15', result: 'onDuty' },
  { date: '2026-05-20', result: 'absentUnexcused' },
  { date: '2026-06-02', result: 'onLeaveApproved' },
];

describe('grade caps from spot-check absences (A7)', () => {
  it('counts the unexcused absences of the assessment year only', () => {
    expect(unexcusedAbsencesInYear(checks, 2025)).toBe(1);
    expect(unexcusedAbsencesInYear(checks, 2026)).toBe(2);
    expect(unexcusedAbsencesInYear(checks, 2027)).toBe(0);
  });

  it('caps 1 → not 优秀, 2 → 基本称职, 3 or more → 不称职, in the civil-servant wording', () => {
    const cs = { staffCategory: 'civilServant', indicatorCaps: [] };
    expect(gradeCap({ unexcusedAbsences: 0 }, cs)).toEqual({ cap: null, capText: '', reasons: [] });
    expect(gradeCap({ unexcusedAbsences: 1 }, cs)).toEqual({
      cap: '2',
      capText: '不得评为优秀',
      reasons: [{ cap: '2', text: '年度内明查暗访发现无故不在岗1次，不得评为优秀' }],
    });
    expect(gradeCap({ unexcusedAbsences: 2 }, cs).capText).toBe('最高评为基本称职');
    expect(gradeCap({ unexcusedAbsences: 3 }, cs).reasons[0]!.text).toBe('年度内明查暗访发现无故不在岗3次，只能评为不称职');
    expect(gradeCap({ unexcusedAbsences: 5 }, cs).cap).toBe('4');
  });

  it('uses the 事业单位 wording for institution staff', () => {
    expect(gradeListFor('institution').items[1]!.label).toBe('合格');
    expect(gradeCap({ unexcusedAbsences: 2 }, { staffCategory: 'institution', indicatorCaps: [] }).capText).toBe('最高评为基本合格');
    expect(gradeCap({ unexcusedAbsences: 3 }, { staffCategory: 'institution', indicatorCaps: [] }).capText).toBe('只能评为不合格');
  });
});

describe('configured indicator caps (S6) and the strictest cap', () => {
  it('caps on a low attendance rate and keeps every reason', () => {
    const c = gradeCap({ unexcusedAbsences: 0, metrics: { attendanceRate: 85 } }, { staffCategory: 'civilServant' });
    expect(c).toEqual({ cap: '2', capText: '不得评为优秀', reasons: [{ cap: '2', text: '年度出勤率85.0%，低于90%，不得评为优秀' }] });
    expect(gradeCap({ unexcusedAbsences: 0, metrics: { attendanceRate: 90 } }).cap).toBeNull();
    expect(gradeCap({ unexcusedAbsences: 0, metrics: { attendanceRate: null } }).cap).toBeNull();
    const both = gradeCap({ unexcusedAbsences: 2, metrics: { attendanceRate: 85, satisfaction: 97 } }, {
      staffCategory: 'civilServant',
      indicatorCaps: [
        { metric: 'attendanceRate', label: '年度出勤率', below: 90, unit: '%', cap: '2' },
        { metric: 'satisfaction', label: '群众满意度', below: 98, unit: '%', cap: '2' },
      ],
    });
    expect(both.cap).toBe('3');
    expect(both.reasons.map((r) => r.text)).toEqual([
      '年度内明查暗访发现无故不在岗2次，最高评为基本称职',
      '年度出勤率85.0%，低于90%，不得评为优秀',
      '群众满意度97.0%，低于98%，不得评为优秀',
    ]);
  });
});

describe('a chosen grade above the cap', () => {
  const cap = gradeCap({ unexcusedAbsences: 1 }, { indicatorCaps: [] });

  it('knows which grades are above a cap', () => {
    expect(isAboveCap('1', '2')).toBe(true);
    expect(isAboveCap('2', '2')).toBe(false);
    expect(isAboveCap('2', '3')).toBe(true);
    expect(isAboveCap('9', '4')).toBe(false);
    expect(isAboveCap('1', null)).toBe(false);
  });

  it('needs a reason, which then leaves a visible warning', () => {
    expect(checkGradeAgainstCap('2', cap, null, 'civilServant')).toEqual({ errors: [], warnings: [] });
    expect(checkGradeAgainstCap('1', cap, '  ', 'civilServant').errors).toEqual([
      { field: 'grade', message: '所选等次“优秀”高于按规定可评的等次（年度内明查暗访发现无故不在岗1次，不得评为优秀），如确需评定，请填写理由' },
    ]);
    expect(checkGradeAgainstCap('1', cap, '该次不在岗系执行县委临时任务，有书面证明', 'civilServant')).toEqual({
      errors: [],
      warnings: [{ field: 'grade', message: '所选等次“优秀”高于按规定可评的等次（年度内明查暗访发现无故不在岗1次，不得评为优秀），已填写理由' }],
    });
  });
});

describe('unexcused-absence alerts on 概览', () => {
  it('raises one alert per posting, its colour growing with the count', () => {
    const alerts = absenceAlerts(
      [
        { postingId: 'p1', name: '张三', staffCategory: 'civilServant', spotChecks: checks },
        { postingId: 'p2', name: '李四', staffCategory: 'institution', spotChecks: [checks[0]!, { date: '2025-12-01', result: 'absentUnexcused' }, { date: '2025-12-08', result: 'absentUnexcused' }] },
        { postingId: 'p3', name: '王五', spotChecks: [{ date: '2025-06-01', result: 'onDuty' }] },
      ],
      2025,
    );
    expect(alerts).toEqual([
      { kind: 'unexcusedAbsences', severity: 'yellow', postingId: 'p1', days: 1, message: '张三2025年明查暗访无故不在岗1次，年度考核不得评为优秀' },
      { kind: 'unexcusedAbsences', severity: 'red', postingId: 'p2', days: 3, message: '李四2025年明查暗访无故不在岗3次，年度考核只能评为不合格' },
    ]);
    expect(absenceAlerts([{ postingId: 'p1', name: '张三', staffCategory: 'civilServant', spotChecks: checks }], 2026)[0]!.severity).toBe('amber');
  });
});
