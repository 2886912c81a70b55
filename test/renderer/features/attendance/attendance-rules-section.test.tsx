import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLeave, setAttendanceCells } from '../../../../renderer/src/db/operations';
import { loadGridRows } from '../../../../renderer/src/db/queries/attendance-grid';
import { AttendanceRulesSection } from '../../../../renderer/src/features/attendance/attendance-rules-section';
import { attendanceCounty, TODAY } from '../../db/attendance-fixture';
import { newStore } from '../../db/test-store';
import { patchJsdomForAntd, renderScreen } from '../render-screen';

configure({ asyncUtilTimeout: 8000 });
beforeAll(patchJsdomForAntd);
afterEach(cleanup);

const save = () => fireEvent.click(screen.getByText('保存考勤规则').closest('button')!);

describe('设置 → 考勤规则', () => {
  it('shows each preset in words; a lower monthly minimum and P4 chosen by the clerk reach the grid and the next leave', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const p = postings.village.id;
    await setAttendanceCells(store, ['16', '17', '18', '19', '20', '23', '24', '25'].map((d) => ({ postingId: p, date: `2026-11-${d}`, status: 'present' as const })));
    expect((await loadGridRows(store.db, [p], '2026-11'))[0]!.summary.meetsMinimum).toBe(false);

    renderScreen(store, <AttendanceRulesSection />);
    await screen.findByText('当前使用默认规则（尚未保存过）');
    expect(screen.getByTestId('leave-rule-P1').textContent).toContain('1天以内由工作（分）队长审批；1天以上3天（含）以内由乡镇党委书记审批；3天以上由县委组织部审批');
    expect(screen.getByTestId('leave-rule-P6').textContent).toContain('区委组织部');

    fireEvent.change(screen.getByLabelText('每月最少在岗天数'), { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('leave-rule-P4'));
    save();
    await screen.findByText('考勤规则已保存');

    await waitFor(async () => expect((await loadGridRows(store.db, [p], '2026-11'))[0]!.summary).toMatchObject({ minimumDays: 8, meetsMinimum: true }));
    const { request } = await createLeave(
      store,
      { postingId: p, type: 'personal', startDate: '2026-12-01', startHalf: 'full', endDate: '2026-12-04', endHalf: 'full', reason: '家中有事', destination: '开江县城', deputy: '陈明' },
      TODAY,
    );
    expect(request).toMatchObject({ days: 4, requiredTier: 1 });
  });

  it('refuses 在岗 left unticked with the Chinese message and saves nothing', async () => {
    const store = await newStore();
    await attendanceCounty(store);
    renderScreen(store, <AttendanceRulesSection />);
    await screen.findByText('当前使用默认规则（尚未保存过）');
    fireEvent.click(screen.getAllByText('在岗').find((el) => el.closest('label')?.querySelector('input[type=checkbox]'))!);
    save();
    await screen.findAllByText('“在岗”必须计为在岗天数，请勾选');
    expect(await store.db.attendanceRules.count()).toBe(0);
  });
});
