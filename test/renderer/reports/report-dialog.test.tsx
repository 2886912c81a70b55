import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeException } from '@shared/ipc/errors';
import { headerLabels } from '@shared/reports/document/inspect';
import { isGroupRow, type SheetHead } from '@shared/reports/document/schema';
import { StoreProvider } from '../../../renderer/src/app/store-context';
import type { Store } from '../../../renderer/src/db/store';
import { loadSample as loadSampleCounty } from '../../../renderer/src/db/operations/sample';
import { ReportDialog } from '../../../renderer/src/reports/report-dialog';
import { rosterReport } from '../../../renderer/src/reports/roster-report';
import { newStore } from '../db/test-store';

const bridge = vi.hoisted(() => ({ exportWorkbook: vi.fn() }));
vi.mock('../../../renderer/src/bridge/export-workbook', () => bridge);

beforeAll(() => {
  // antd asks for media queries and element sizes jsdom does not provide.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as never;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

function renderDialog(store: Store, postingIds: string[], onDone = vi.fn()) {
  render(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <App>
        <StoreProvider open={() => Promise.resolve(store)} loading={<div>loading</div>} failed={(e) => <div>{e.message}</div>}>
          <ReportDialog report={rosterReport} selection={{ postingIds }} onDone={onDone} />
        </StoreProvider>
      </App>
    </ConfigProvider>,
  );
  return onDone;
}

describe('exporting a report from its dialog', () => {
  it('shows the options with their defaults, exports the chosen columns and says what was written', async () => {
    const store = await newStore();
    await loadSampleCounty(store, 40);
    const ids = (await store.db.postings.toArray()).slice(0, 5).map((p) => p.id);
    bridge.exportWorkbook.mockImplementation(async (model: { suggestedName: string }) => ({ saved: true, fileName: model.suggestedName }));
    const onDone = renderDialog(store, ids);

    await screen.findByText('导出挂职干部花名册');
    expect(screen.getByText(/导出当前列表中的 5 条挂职记录/)).toBeTruthy();
    expect((screen.getByLabelText('不分组') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('按批次'));
    fireEvent.click(screen.getByLabelText('联系电话'));
    fireEvent.click(screen.getByText('导出').closest('button')!);

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [model] = bridge.exportWorkbook.mock.calls[0]! as [{ suggestedName: string; sheets: { head: SheetHead; rows: { group?: string }[] }[] }];
    expect(model.suggestedName).toMatch(/^开江县挂职干部花名册（\d{4}年\d{1,2}月\d{1,2}日）\.xlsx$/);
    const labels = headerLabels(model.sheets[0]!.head);
    expect(labels).toContain('姓名');
    expect(labels).not.toContain('联系电话');
    expect(model.sheets[0]!.rows.some((r) => isGroupRow(r as never))).toBe(true);
    await screen.findByText(/已导出“开江县挂职干部花名册（.*）\.xlsx”，共5人/);
  });

  it('keeps the dialog open and says why when no column is chosen', async () => {
    const store = await newStore();
    const onDone = renderDialog(store, []);
    await screen.findByText('导出挂职干部花名册');
    for (const input of screen.getAllByRole('checkbox') as HTMLInputElement[]) if (input.checked) fireEvent.click(input);
    fireEvent.click(screen.getByText('导出').closest('button')!);
    await screen.findByText('至少选择一列');
    expect(bridge.exportWorkbook).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows a failure in Chinese and closes', async () => {
    const store = await newStore();
    bridge.exportWorkbook.mockRejectedValue(bridgeException('file-error', '磁盘空间不足，无法保存“花名册.xlsx”。请清理磁盘或另选位置后重试。'));
    const onDone = renderDialog(store, []);
    await screen.findByText('导出挂职干部花名册');
    fireEvent.click(screen.getByText('导出').closest('button')!);
    await screen.findByText(/导出失败：磁盘空间不足/);
    expect(onDone).toHaveBeenCalled();
  });
});
