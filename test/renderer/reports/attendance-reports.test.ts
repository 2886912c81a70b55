import { describe, expect, it } from 'vitest';
import { bandTexts, sheetTitle } from '@shared/reports/document/inspect';
import { isGroupRow } from '@shared/reports/document/schema';
import { createLeave, createSpotCheck, recordLeaveApproval, setAttendanceCells } from '../../../renderer/src/db/operations';
import { loadGridRows } from '../../../renderer/src/db/queries/attendance-grid';
import { attendanceBulletinReport } from '../../../renderer/src/reports/attendance-bulletin-report';
import { attendanceSummaryReport } from '../../../renderer/src/reports/attendance-summary-report';
import { leaveRegisterReport } from '../../../renderer/src/reports/leave-register-report';
import { spotCheckRegisterReport } from '../../../renderer/src/reports/spot-check-register-report';
import { attendanceCounty, TODAY } from '../db/attendance-fixture';
import { newStore } from '../db/test-store';

const SITE = { countyName: '开江县', reportingUnit: '中共开江县委组织部' };

/** 讲治镇 in November 2026: 张伟 in post on the first two weeks, 4 days of approved leave, one spot-check absence. */
async function novemberOfJiangzhi() {
  const store = await newStore();
  const county = await attendanceCounty(store);
  const p = county.postings.down.id;
  const days = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'].map((d) => ({ postingId: p, date: `2026-11-${d}`, status: 'present' as const }));
  await setAttendanceCells(store, days);
  const { request } = await createLeave(
    store,
    { postingId: p, type: 'personal', startDate: '2026-11-23', startHalf: 'full', endDate: '2026-11-26', endHalf: 'full', reason: '父亲住院陪护', destination: '达州市中心医院', deputy: '陈明' },
    TODAY,
  );
  for (const [approverName, date] of [['陈队长', '2026-11-19'], ['王书记', '2026-11-19'], ['赵部长', '2026-11-20']] as const) await recordLeaveApproval(store, request.id, { approverName, decision: 'approved', date }, TODAY);
  await createSpotCheck(store, { postingId: p, date: '2026-11-12', time: '10:30', kind: 'unannounced', inspector: '李督查', inspectorUnit: '县委组织部', result: 'absentUnexcused', note: null }, TODAY);
  const ids = [county.postings.down.id, county.postings.village.id];
  return { store, county, ids };
}

describe('the attendance reports read what the grid shows', () => {
  it('月度考勤汇总表: every figure equals the grid row’s, the 合计 adds them up', async () => {
    const { store, ids } = await novemberOfJiangzhi();
    const ctx = { db: store.db, site: SITE, today: '2026-12-03', postingIds: ids, month: '2026-11', scopeName: '讲治镇' };
    const data = await attendanceSummaryReport.load(ctx, {});
    const doc = attendanceSummaryReport.build(data, {});
    const sheet = doc.sheets[0]!;
    const grid = await loadGridRows(store.db, ids, '2026-11');
    const zhang = grid[0]!.summary;
    expect(zhang).toMatchObject({ requiredDays: 21, presentDays: 9, absentDays: 1, spotCheckAbsences: 1, leaveDays: { personal: 4, total: 4 } });
    const rows = sheet.rows.map((r) => (isGroupRow(r) ? [] : r.cells));
    expect(rows.map((r) => r[1])).toEqual(['张伟', '王芳']);
    expect(rows[0]!.slice(2, 15)).toEqual(['开江县发展和改革局', '讲治镇 副镇长', 21, 9, 0, 4, 0, 0, 1, 1, 1, zhang.attendanceRate, '—']);
    // the monthly minimum applies to village postings only (rule set): 张伟 is a 下派 posting
    // 王芳 arrived on 16 November: 11 working days, nothing recorded yet
    expect(rows[1]!.slice(3, 5)).toEqual(['讲治镇石岭村 驻村工作队员', 11]);
    expect(rows[1]![15]).toBe('11月16日到岗；11个工作日未登记');
    expect(sheet.footer[0]!.rows[0]!.slice(4, 7)).toEqual([32, 9, 0]);
    expect(attendanceSummaryReport.fileName(data, {})).toBe('讲治镇2026年11月挂职干部考勤汇总表.xlsx');
  });

  it('考勤通报 names 张伟 with his absence; without a selection the county’s postings of last month are taken', async () => {
    const { store } = await novemberOfJiangzhi();
    const data = await attendanceBulletinReport.load({ db: store.db, site: SITE, today: '2026-12-03' }, {});
    expect(data).toMatchObject({ month: '2026-11', scopeName: '开江县' });
    expect(data.rows.map((r) => r.name)).toEqual(['王芳', '张伟', '刘洋']); // by host unit, then by name
    const paragraph = String(attendanceBulletinReport.build(data, {}).sheets[0]!.footer[1]!.rows[0]![0]);
    expect(paragraph).toContain('讲治镇张伟（无故缺勤1天，抽查1次不在岗）');
  });

  it('请假登记表: the month’s requests with all three approvers and the decision date', async () => {
    const { store } = await novemberOfJiangzhi();
    const data = await leaveRegisterReport.load({ db: store.db, site: SITE, today: TODAY, month: '2026-11' }, { period: 'month' });
    const sheet = leaveRegisterReport.build(data, { period: 'month' }).sheets[0]!;
    const row = sheet.rows[0]!;
    if (isGroupRow(row)) throw new Error('group row');
    expect(row.cells.slice(1, 11)).toEqual([
      '张伟',
      '讲治镇',
      '事假',
      '父亲住院陪护',
      '达州市中心医院',
      '2026.11.23',
      '2026.11.26',
      4,
      '工作（分）队长 陈队长（同意）；乡镇党委书记 王书记（同意）；县委组织部 赵部长（同意）',
      '2026.11.20',
    ]);
    const october = await leaveRegisterReport.load({ db: store.db, site: SITE, today: TODAY, month: '2026-10' }, { period: 'month' });
    expect(october.rows).toEqual([]);
    const year = await leaveRegisterReport.load({ db: store.db, site: SITE, today: TODAY, month: '2026-10' }, { period: 'year' });
    expect(year.rows).toHaveLength(1);
  });

  it('抽查情况登记表: the month’s spot checks oldest first, each absence numbered in its year, totals counted from the checks', async () => {
    const { store, county } = await novemberOfJiangzhi();
    const check = { time: '09:10', kind: 'phone', inspector: '周干事', inspectorUnit: '县委组织部', note: null } as const;
    const p = county.postings;
    await createSpotCheck(store, { ...check, postingId: p.down.id, date: '2026-10-15', result: 'absentUnexcused', note: '电话未接，村干部称其回县城' }, TODAY);
    await createSpotCheck(store, { ...check, postingId: p.village.id, date: '2026-11-18', result: 'onDuty' }, TODAY);
    await createSpotCheck(store, { ...check, postingId: p.village.id, date: '2026-11-20', result: 'onLeaveApproved' }, TODAY);
    await createSpotCheck(store, { ...check, postingId: p.elsewhere.id, date: '2026-11-03', result: 'officialOuting', note: '在县里参加培训' }, TODAY);
    await createSpotCheck(store, { ...check, postingId: p.down.id, date: '2026-11-19', time: '15:00', result: 'absentUnexcused' }, TODAY);
    const townIds = [p.down.id, p.village.id];
    const ctx = { db: store.db, site: SITE, today: TODAY, month: '2026-11' };
    const town = spotCheckRegisterReport.build(await spotCheckRegisterReport.load({ ...ctx, postingIds: townIds, scopeName: '讲治镇' }, { period: 'month' }), { period: 'month' }).sheets[0]!;
    const rows = town.rows.map((r) => (isGroupRow(r) ? [] : r.cells));
    expect(rows.map((r) => [r[1], r[5], r[7], r[8]])).toEqual([
      ['2026.11.12', '张伟', '不在岗', '否'],
      ['2026.11.18', '王芳', '在岗', '—'],
      ['2026.11.19', '张伟', '不在岗', '否'],
      ['2026.11.20', '王芳', '不在岗', '是（已请假）'],
    ]);
    // October's absence counts first in the year: November's are the 2nd and 3rd
    expect(rows[0]!.slice(2, 5)).toEqual(['10:30', '暗访', '李督查（县委组织部）']);
    expect(rows[0]![9]).toBe('当日按缺勤计；本年度第2次无故不在岗，年度考核最高评为基本称职');
    expect(rows[2]![9]).toBe('当日按缺勤计；本年度第3次无故不在岗，年度考核只能评为不称职');
    expect(rows[1]![9]).toBe('');
    expect(bandTexts(town.footer)[0]).toBe('合计：抽查4人次，在岗1人次，不在岗3人次（其中无故不在岗2人次）。截至2026年11月21日。');
    expect(sheetTitle(town.head)).toBe('讲治镇挂职干部抽查情况登记表（2026年11月）');

    const county11 = await spotCheckRegisterReport.load(ctx, { period: 'month' });
    expect(county11.rows).toHaveLength(5);
    expect(county11.rows.find((r) => r.name === '刘洋')).toMatchObject({ host: '任市镇', check: { result: 'officialOuting', note: '在县里参加培训' } });
    const year = await spotCheckRegisterReport.load(ctx, { period: 'year' });
    expect(year.rows.map((r) => r.check.date)[0]).toBe('2026-10-15');
    expect(spotCheckRegisterReport.fileName(year, { period: 'year' })).toBe('开江县挂职干部抽查情况登记表（2026年全年）.xlsx');
  });
});
