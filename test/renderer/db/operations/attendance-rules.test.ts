import { describe, expect, it } from 'vitest';
import { COUNTY_SCOPE } from '@shared/domain/entities/attendance-rules';
import { createLeave, saveAttendanceRules, setAttendanceCells, type AttendanceRulesInput, type LeaveInput } from '../../../../renderer/src/db/operations';
import { loadGridRows } from '../../../../renderer/src/db/queries/attendance-grid';
import { ATTENDANCE_RULES_ID, defaultAttendanceRules, loadAttendanceSettings } from '../../../../renderer/src/db/queries/attendance-rules';
import { ValidationError } from '../../../../renderer/src/db/errors';
import { attendanceCounty, TODAY } from '../attendance-fixture';
import { newStore } from '../test-store';

const { scope: _scope, ...DEFAULTS } = defaultAttendanceRules();
const rules = (over: Partial<AttendanceRulesInput> = {}): AttendanceRulesInput => ({ ...DEFAULTS, leave: { countWorkingDaysOnly: true, yearlyLimitDays: 30 }, ...over });

/** 王芳 (驻村工作队员, on post from 16 November 2026) in post on 8 working days. */
async function villageWithEightDays() {
  const store = await newStore();
  const county = await attendanceCounty(store);
  const p = county.postings.village.id;
  const days = ['16', '17', '18', '19', '20', '23', '24', '25'].map((d) => ({ postingId: p, date: `2026-11-${d}`, status: 'present' as const }));
  await setAttendanceCells(store, days);
  return { store, county, p };
}

const leave = (postingId: string, startDate: string, endDate: string): LeaveInput => ({
  postingId,
  type: 'personal',
  startDate,
  startHalf: 'full',
  endDate,
  endHalf: 'full',
  reason: '家中有事',
  destination: '开江县城',
  deputy: '陈明',
});

describe('设置 → 考勤规则 (saveAttendanceRules)', () => {
  it('the grid’s 是否达标 follows the monthly minimum the 组织部 sets', async () => {
    const { store, p } = await villageWithEightDays();
    const before = (await loadGridRows(store.db, [p], '2026-11'))[0]!.summary;
    // 20 a month, prorated for 15 of 30 days: 10 needed, 8 in post
    expect(before).toMatchObject({ presentDays: 8, minimumDays: 10, meetsMinimum: false });
    await saveAttendanceRules(store, rules({ minDaysPerMonth: 15 }));
    expect((await loadGridRows(store.db, [p], '2026-11'))[0]!.summary).toMatchObject({ minimumDays: 8, meetsMinimum: true });
    // the yearly basis: no monthly 是否达标 in the grid
    await saveAttendanceRules(store, rules({ basis: 'year', minDaysPerYear: 200 }));
    expect((await loadGridRows(store.db, [p], '2026-11'))[0]!.summary.meetsMinimum).toBeNull();
    // 驻村 no longer bound: not applicable either
    await saveAttendanceRules(store, rules({ postingTypes: ['secondmentDown'] }));
    expect((await loadGridRows(store.db, [p], '2026-11'))[0]!.summary.meetsMinimum).toBeNull();
    expect((await loadAttendanceSettings(store.db)).stored).toMatchObject({ id: ATTENDANCE_RULES_ID, scope: COUNTY_SCOPE, postingTypes: ['secondmentDown'] });
  });

  it('a new leave’s required tiers and days follow the chosen preset and the day counting', async () => {
    const { store, p } = await villageWithEightDays();
    // Tuesday 1 to Friday 4 December: 4 working days → P1 needs the 组织部 (tier 3)
    expect((await createLeave(store, leave(p, '2026-12-01', '2026-12-04'), TODAY)).request).toMatchObject({ days: 4, requiredTier: 3 });
    await saveAttendanceRules(store, rules({ leaveRuleSetId: 'preset-leave-p4' }));
    // P4: up to 5 days the 乡镇党委书记 alone
    expect((await createLeave(store, leave(p, '2026-12-08', '2026-12-11'), TODAY)).request).toMatchObject({ days: 4, requiredTier: 1 });
    // calendar days: Friday 11 to Thursday 17 December is 7 days (5 working days) → over 5 → tier 2
    await saveAttendanceRules(store, rules({ leaveRuleSetId: 'preset-leave-p4', leave: { countWorkingDaysOnly: false, yearlyLimitDays: 20 } }));
    expect((await createLeave(store, leave(p, '2026-12-18', '2026-12-24'), TODAY)).request).toMatchObject({ days: 7, requiredTier: 2 });
    const p4 = await store.db.leaveRuleSets.get('preset-leave-p4');
    expect(p4).toMatchObject({ countWorkingDaysOnly: false, yearlyLimitDays: 20 });
    // P1 itself was not changed
    expect(await store.db.leaveRuleSets.get('preset-leave-p1')).toMatchObject({ countWorkingDaysOnly: true, yearlyLimitDays: 30 });
  });

  it('refuses rules that cannot work, in Chinese, and leaves the database as it was', async () => {
    const { store } = await villageWithEightDays();
    await saveAttendanceRules(store, rules({ minDaysPerMonth: 18 }));
    const before = await store.db.attendanceRules.toArray();
    const refuse = async (input: AttendanceRulesInput, message: RegExp) => {
      const error = await saveAttendanceRules(store, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.message).join('；')).toMatch(message);
    };
    await refuse(rules({ inPostStatuses: ['officialOuting', 'absent'] }), /“在岗”必须计为在岗天数.*“缺勤”不是在岗/);
    await refuse(rules({ basis: 'month', minDaysPerMonth: null }), /按月计算达标时，请填写每月最少在岗天数/);
    await refuse(rules({ minDaysPerMonth: 40 }), /每月最少在岗天数/);
    await refuse(rules({ leaveRuleSetId: 'no-such-set' }), /所选的请假审批规则已被删除，请重新选择/);
    await refuse(rules({ symbols: DEFAULTS.symbols.map((s) => (s.status === 'late' ? { ...s, key: 'Z' } : s)) }), /“迟到”与“在岗”的快捷键相同（Z）/);
    await refuse(rules({ leave: { countWorkingDaysOnly: true, yearlyLimitDays: 0 } }), /年度累计请假上限/);
    expect(await store.db.attendanceRules.toArray()).toEqual(before);
    expect(await store.db.leaveRuleSets.get('preset-leave-p1')).toMatchObject({ yearlyLimitDays: 30 });
  });
});
