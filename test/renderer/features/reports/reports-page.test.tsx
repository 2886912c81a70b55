import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeAllowances } from '../../../../renderer/src/db/operations';
import { ReportsPage } from '../../../../renderer/src/features/reports/reports-page';
import { allowanceCounty } from '../../db/allowance-fixture';
import { attendanceCounty } from '../../db/attendance-fixture';
import { newStore } from '../../db/test-store';
import { patchJsdomForAntd, renderScreen } from '../render-screen';

configure({ asyncUtilTimeout: 8000 });
beforeAll(() => {
  patchJsdomForAntd();
  // 3 December 2026: the month just ended, the one clerks report by the 5th, is November.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T09:00:00+08:00') });
});
afterAll(() => vi.useRealTimers());
afterEach(cleanup);

/** The preview's text once it shows `title`. */
async function previewWith(title: string): Promise<string> {
  return waitFor(() => {
    const text = screen.getByTestId('report-preview').textContent ?? '';
    expect(text).toContain(title);
    return text;
  });
}

/** Types `month` (as clerks type it) into the month picker. */
function pickMonth(month: string) {
  const input = screen.getByLabelText('月份');
  fireEvent.change(input, { target: { value: month } });
  fireEvent.blur(input);
}

/** Picks `name` in the township select. */
async function pickTownship(name: string) {
  fireEvent.mouseDown(screen.getByLabelText('范围'));
  fireEvent.click(await screen.findByTitle(name));
}

describe('报表: the reports that read a month and a township', () => {
  it('月度考勤汇总表 starts on last month for the county; picking a month and a township changes the title and rows', async () => {
    const store = await newStore();
    await attendanceCounty(store);
    renderScreen(store, <ReportsPage route={{ section: 'reports', tab: 'attendance-summary', params: {} }} />);

    const november = await previewWith('2026年11月挂职干部考勤汇总表');
    // 王芳 arrived on 16 November: in November's county report, with 张伟 (讲治镇) and 刘洋 (任市镇)
    for (const name of ['张伟', '王芳', '刘洋']) expect(november).toContain(name);
    expect(screen.getByText(/导出.*2026年11月全部挂职干部的月度考勤汇总表/)).toBeTruthy();

    pickMonth('2026.10');
    const october = await previewWith('2026年10月挂职干部考勤汇总表');
    expect(october).toContain('张伟');
    expect(october).toContain('刘洋');
    expect(october).not.toContain('王芳');

    await pickTownship('讲治镇');
    const jiangzhi = await previewWith('讲治镇2026年10月挂职干部考勤汇总表');
    expect(jiangzhi).toContain('张伟');
    expect(jiangzhi).not.toContain('刘洋');
    expect(screen.getByTestId('preview-count').textContent).toBe('共1人');
    expect(screen.getByText(/导出讲治镇2026年10月共1名挂职干部/)).toBeTruthy();
  }, 60_000);

  it('生活补助发放表 shows the picked month’s payments of the picked township', async () => {
    const store = await newStore();
    await allowanceCounty(store);
    await computeAllowances(store, { month: '2026-11' });
    renderScreen(store, <ReportsPage route={{ section: 'reports', tab: 'allowance', params: {} }} />);

    const county = await previewWith('2026年11月挂职干部生活补助发放表');
    for (const name of ['陈静', '王芳', '张伟', '刘洋']) expect(county).toContain(name);

    await pickTownship('任市镇');
    const renshi = await previewWith('2026年11月挂职干部生活补助发放表（任市镇）');
    expect(renshi).toContain('刘洋');
    for (const name of ['陈静', '王芳', '张伟']) expect(renshi).not.toContain(name);

    pickMonth('2026.10');
    await previewWith('2026年10月挂职干部生活补助发放表（任市镇）');
    await waitFor(() => expect(screen.getByTestId('preview-count').textContent).toBe('共0条'));
  }, 60_000);
});
