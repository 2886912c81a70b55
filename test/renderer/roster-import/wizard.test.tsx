import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { idCardCheckChar } from '@shared/domain/id-card';
import { BridgeException } from '@shared/ipc/errors';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../../renderer/src/app/store-context';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import type { Store } from '../../../renderer/src/db/store';
import { RosterImportWizard } from '../../../renderer/src/features/roster-import/roster-import-wizard';
import { templateRow, templateSheet } from '../../fixtures/roster/roster-rows';
import { newStore } from '../db/test-store';

const bridge = vi.hoisted(() => ({ readWorkbookFile: vi.fn(), exportWorkbook: vi.fn() }));
vi.mock('../../../renderer/src/bridge/export-workbook', () => bridge);

beforeAll(() => {
  // The preview's pages are asked of the validation and rendered in transitions: on a loaded
  // machine a find may wait seconds, not the default one.
  configure({ asyncUtilTimeout: 15_000 });
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

async function county(): Promise<Store> {
  const store = await newStore();
  await store.write(async (w) => {
    await createUnit(w, { name: '开江县发展和改革局', shortName: '县发改局', level: 'county', kind: 'govOrgan', isInCounty: true });
    await createUnit(w, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
  });
  return store;
}

function renderWizard(store: Store, onImported = vi.fn(), onClose = vi.fn()) {
  render(
    <App>
      <StoreProvider open={() => Promise.resolve(store)} loading={<div>loading</div>} failed={(e) => <div>{e.message}</div>}>
        <RosterImportWizard open onClose={onClose} onImported={onImported} />
      </StoreProvider>
    </App>,
  );
  return { onImported, onClose };
}

// getByRole walks the whole accessibility tree, which is slow on antd tables in jsdom: buttons are
// found by their aria-label (what a browser test drives) or their text.
const button = (name: string): HTMLButtonElement => {
  const el = screen.queryByLabelText(name) ?? screen.getByText(name);
  return el.closest('button')!;
};
const click = (name: string) => fireEvent.click(button(name));

// antd in jsdom is slow: a loaded machine takes the two full walks through the wizard near 20 s.
describe('the roster import wizard', { timeout: 60_000 }, () => {
  it('reads a file, shows the bad cell, lets the clerk skip it and imports the rest', async () => {
    const store = await county();
    const rows = templateSheet(templateRow(), templateRow({ name: '李梅', idCardNo: '511723198706200048', ethnicity: '汉民' }));
    bridge.readWorkbookFile.mockResolvedValue({ fileName: '花名册.xlsx', sheets: [{ name: '花名册', rows, totalRows: rows.length, truncated: false }] });
    const { onImported } = renderWizard(store);

    click(await screen.findByLabelText('选择花名册文件').then(() => '选择花名册文件'));
    expect(await screen.findByText('已选择：花名册.xlsx')).toBeTruthy();
    click('下一步');
    expect(await screen.findByLabelText('核对表头')).toBeTruthy();
    click('下一步');

    expect(await screen.findByText('共2行：可导入1行，有提醒0行，有错误1行，跳过0行')).toBeTruthy();
    const table = screen.getByLabelText('导入预览');
    expect(within(table).getAllByText('民族：“汉民”不是有效的民族，请填写如“汉族”或“汉”').length).toBeGreaterThan(0);

    click('下一步');
    expect(button('导入').disabled).toBe(true);
    expect(screen.getByText('还有1行有错误，请返回“预览”修改或跳过这些行后再导入。')).toBeTruthy();
    click('上一步');

    click(await screen.findByLabelText('跳过第5行').then(() => '跳过第5行'));
    expect(await screen.findByText('共2行：可导入1行，有提醒0行，有错误0行，跳过1行')).toBeTruthy();
    click('下一步');
    const importButton = button('导入');
    await waitFor(() => expect(importButton.disabled).toBe(false));
    await act(async () => {
      fireEvent.click(importButton);
    });
    expect(await screen.findByText('新建干部1人、更新0人、新建挂职1条、新建单位0个')).toBeTruthy();
    expect(onImported).toHaveBeenCalledWith({ unitsCreated: 0, cadresCreated: 1, cadresUpdated: 0, postingsCreated: 1, postingsUpdated: 0 });
    expect(await store.db.cadres.count()).toBe(1);
    expect(await store.db.postings.count()).toBe(1);
  });

  it('imports with Enter on the last step, and asks before Esc throws a loaded file away', async () => {
    const store = await county();
    const rows = templateSheet(templateRow());
    bridge.readWorkbookFile.mockResolvedValue({ fileName: '花名册.xlsx', sheets: [{ name: '花名册', rows, totalRows: rows.length, truncated: false }] });
    const { onClose } = renderWizard(store);
    click(await screen.findByLabelText('选择花名册文件').then(() => '选择花名册文件'));
    await screen.findByText('已选择：花名册.xlsx');

    fireEvent.keyDown(window, { key: 'Escape' });
    expect((await screen.findAllByText('关闭导入？')).length).toBeGreaterThan(0);
    expect(onClose).not.toHaveBeenCalled();
    click('继续导入');

    click('下一步');
    click('下一步');
    await screen.findByText('共1行：可导入1行，有提醒0行，有错误0行，跳过0行');
    click('下一步');
    await waitFor(() => expect(button('导入').disabled).toBe(false));
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'Enter' });
    });
    expect(await screen.findByText('新建干部1人、更新0人、新建挂职1条、新建单位0个')).toBeTruthy();
  });

  it('a large sheet is shown a page at a time, with the right counts per filter and page', { timeout: 120_000 }, async () => {
    const store = await county();
    // 600 people with distinct ID numbers: every 25th has 民族 汉民 (an error), every 40th no 参加工作时间 (待补充).
    const people = Array.from({ length: 600 }, (_, i) => {
      const first17 = `51172319700315${String(i).padStart(3, '0')}`;
      return templateRow({ idCardNo: first17 + idCardCheckChar(first17), ...(i % 25 === 0 ? { ethnicity: '汉民' } : {}), ...(i % 40 === 1 ? { workStartDate: null } : {}) });
    });
    const rows = templateSheet(...people);
    bridge.readWorkbookFile.mockResolvedValue({ fileName: '大花名册.xlsx', sheets: [{ name: '花名册', rows, totalRows: rows.length, truncated: false }] });
    renderWizard(store);
    click(await screen.findByLabelText('选择花名册文件').then(() => '选择花名册文件'));
    await screen.findByText('已选择：大花名册.xlsx');
    click('下一步');
    await screen.findByLabelText('核对表头');
    click('下一步');

    expect(await screen.findByText('共600行：可导入576行，有提醒0行，有错误24行，跳过0行', undefined, { timeout: 30_000 })).toBeTruthy();
    // Data rows start at Excel row 4 (title, 填报单位, header); the screen holds one page of 20.
    const shownRows = () => [...screen.getByLabelText('导入预览').querySelectorAll('.gzt-rimport-row')].map((r) => Number(r.firstElementChild!.textContent));
    const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, k) => from + k * step);
    expect(shownRows()).toEqual(range(4, 20));
    expect(screen.getByText('第1–20条，共600条')).toBeTruthy();
    expect(screen.getByText('全部（600）')).toBeTruthy();
    expect(screen.getByText('只看有错误（24）')).toBeTruthy();
    expect(screen.getByText('只看待补充（15）')).toBeTruthy();

    fireEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(shownRows()).toEqual(range(44, 20)));
    expect(screen.getByText('第41–60条，共600条')).toBeTruthy();

    // 只看有错误: the 24 rows of 汉民 (people 0, 25, 50 …: rows 4, 29, 54 …), on two pages.
    fireEvent.click(screen.getByText('只看有错误（24）'));
    await waitFor(() => expect(shownRows()).toEqual(range(4, 20, 25)));
    expect(screen.getByText('第1–20条，共24条')).toBeTruthy();
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(shownRows()).toEqual(range(504, 4, 25)));
    // 只看待补充: people 1, 41, 81 … (rows 5, 45, 85 …).
    fireEvent.click(screen.getByText('只看待补充（15）'));
    await waitFor(() => expect(shownRows()).toEqual(range(5, 15, 40)));

    click('跳过全部错误行');
    expect(await screen.findByText('共600行：可导入576行，有提醒0行，有错误0行，跳过24行')).toBeTruthy();
    expect(screen.getByText('只看有错误（0）')).toBeTruthy();
    fireEvent.click(screen.getByText('只看有错误（0）'));
    expect(await screen.findByText('没有符合条件的行')).toBeTruthy();
  });

  it('says in Chinese why a file could not be read', async () => {
    const store = await county();
    bridge.readWorkbookFile.mockRejectedValue(new BridgeException({ code: 'file-error', message: '该文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后重试' }));
    renderWizard(store);
    click(await screen.findByLabelText('选择花名册文件').then(() => '选择花名册文件'));
    expect(await screen.findByText('该文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后重试')).toBeTruthy();
  });

  it('取消读取 while a big file is read stops the read and says so', async () => {
    const store = await county();
    let signal: AbortSignal | undefined;
    bridge.readWorkbookFile.mockImplementation(
      (options: { signal: AbortSignal }) =>
        new Promise((_resolve, reject) => {
          signal = options.signal;
          signal.addEventListener('abort', () => reject(new BridgeException({ code: 'table-read-cancelled', message: '已取消读取文件。' })));
        }),
    );
    renderWizard(store);
    click(await screen.findByLabelText('选择花名册文件').then(() => '选择花名册文件'));
    fireEvent.click((await screen.findByText('取消读取')).closest('button')!);
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText('已取消读取文件。')).toBeTruthy();
    expect(screen.queryByText('取消读取')).toBeNull();
  });
});
