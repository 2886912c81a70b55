import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { packWorkbook } from '@shared/ipc/packed-sheets';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { workdaysInMonth } from '@shared/domain/calendar';
import type { TableFile } from '../../../../renderer/src/bridge/read-table-file';
import { setAttendanceCells } from '../../../../renderer/src/db/operations';
import { loadEffectiveMonths } from '../../../../renderer/src/db/queries/attendance-effective';
import { ClockImportTab } from '../../../../renderer/src/features/attendance/clock-import-tab';
import { wecomRawCsvGbk } from '../../../fixtures/clock-in/clock-exports';
import { attendanceCounty } from '../../db/attendance-fixture';
import { newStore } from '../../db/test-store';
import { patchJsdomForAntd, renderScreen } from '../render-screen';

configure({ asyncUtilTimeout: 8000 });
beforeAll(patchJsdomForAntd);
afterEach(cleanup);

const MONTH = '2026-11';
const clickButton = (text: string) => fireEvent.click(screen.getAllByText(text).at(-1)!.closest('button')!);

/** A table file as the bridge reader hands over a GBK CSV (the fixture has no quoted commas). */
function tableFile(name: string, bytes: Buffer): TableFile {
  const rows = iconv
    .decode(bytes, 'gbk')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
  return { fileName: name, sheets: [{ name: 'Sheet1', hidden: false, rows, totalRows: rows.length, truncated: false }] };
}

/** Opens the select labelled `label` and picks the option whose text starts with `text`. */
async function choose(label: string, text: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  await screen.findAllByRole('option');
  const item = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent?.startsWith(text));
  expect(item, text).toBeTruthy();
  fireEvent.click(item!);
}

describe('打卡导入', () => {
  it('imports a 企业微信 GBK export: an unknown name matched by hand, township staff left out, a hand-set day kept', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const workdays = workdaysInMonth(MONTH);
    await setAttendanceCells(store, [{ postingId: postings.down.id, date: workdays[3]!, status: 'officialOuting' }]);
    const file = tableFile(
      '企业微信-打卡记录-2026年11月.csv',
      wecomRawCsvGbk({
        month: MONTH,
        workdays,
        people: [
          { name: '张伟', dept: '开江县/讲治镇/挂职干部', pattern: (_d, i) => (i === 1 ? 'late' : 'normal') },
          { name: '王小芳', dept: '开江县/讲治镇/石岭村驻村工作队' },
          { name: '赵敏', dept: '开江县/讲治镇/党政办' },
        ],
      }),
    );
    renderScreen(store, <ClockImportTab readFile={() => Promise.resolve(file)} />);
    clickButton(await screen.findByText('选择打卡导出文件').then(() => '选择打卡导出文件'));
    await screen.findByText(/识别为：企业微信 原始记录（每行一次打卡）；表头在第2行/);
    clickButton('下一步');
    await screen.findByText(/读出3人、126次打卡/);
    expect(screen.getByText(/涉及月份：2026年11月/)).toBeTruthy();
    const people = screen.getByTestId('clock-people');
    expect(within(people).getAllByText('未找到')).toHaveLength(2);
    expect(within(people).getByText('姓名和单位一致')).toBeTruthy();
    // 王小芳 is 王芳 by the clerk's hand; 赵敏 stays out (不导入 by default for an unknown name)
    await choose('对应的挂职干部 王小芳', '王芳');
    await screen.findByText('已手工指定');
    await screen.findByText('将导入2人的打卡，1人不导入');
    clickButton('下一步');
    const counts = await screen.findByTestId('clock-counts');
    expect(counts.textContent).toMatch(/保留手工登记1天/);
    expect(counts.textContent).toMatch(/不在挂职期间10天/);
    clickButton('导入');
    await screen.findByText(/^导入完成：登记考勤/);

    const months = await loadEffectiveMonths(store.db, [postings.down.id, postings.village.id], MONTH);
    const zhang = months.get(postings.down.id)!.month.days;
    const on = (date: string) => zhang.find((d) => d.date === date)!.status;
    expect([on(workdays[0]!), on(workdays[1]!), on(workdays[3]!)]).toEqual(['present', 'late', 'officialOuting']);
    expect(months.get(postings.village.id)!.summary).toMatchObject({ presentDays: 11 });
  }, 60_000);

  it('overwrites the hand-set day when the clerk ticks 覆盖', async () => {
    const store = await newStore();
    const { postings } = await attendanceCounty(store);
    const workdays = workdaysInMonth(MONTH);
    await setAttendanceCells(store, [{ postingId: postings.down.id, date: workdays[3]!, status: 'officialOuting' }]);
    const file = tableFile('打卡记录.csv', wecomRawCsvGbk({ month: MONTH, workdays, people: [{ name: '张伟', dept: '开江县/讲治镇/挂职干部' }] }));
    renderScreen(store, <ClockImportTab readFile={() => Promise.resolve(file)} />);
    clickButton(await screen.findByText('选择打卡导出文件').then(() => '选择打卡导出文件'));
    await screen.findByText(/识别为：企业微信/);
    clickButton('下一步');
    await screen.findByText('将导入1人的打卡，0人不导入');
    clickButton('下一步');
    fireEvent.click(await screen.findByText('用打卡结果覆盖全部1天手工登记'));
    await screen.findByText(/覆盖手工登记1天/);
    clickButton('导入');
    await screen.findByText(/^导入完成：登记考勤/);
    const months = await loadEffectiveMonths(store.db, [postings.down.id], MONTH);
    expect(months.get(postings.down.id)!.month.days.find((d) => d.date === workdays[3])!.status).toBe('present');
  }, 60_000);

  it('a file that is not a clock-in export gets a Chinese message, and nothing is written', async () => {
    const store = await newStore();
    await attendanceCounty(store);
    const rows = [['单位', '人数'], ['讲治镇', '3']];
    const file: TableFile = { fileName: '花名册.xlsx', sheets: [{ name: 'Sheet1', hidden: false, rows, totalRows: 2, truncated: false }] };
    renderScreen(store, <ClockImportTab readFile={() => Promise.resolve(file)} />);
    clickButton(await screen.findByText('选择打卡导出文件').then(() => '选择打卡导出文件'));
    await screen.findByText(/没有找到表头/);
    expect(screen.getByText('请指定“姓名”所在的列')).toBeTruthy();
    expect(screen.getAllByText('下一步').at(-1)!.closest('button')!.disabled).toBe(true);
    expect(await store.db.attendanceDetails.count()).toBe(0);
  }, 60_000);

  it('reads a 100,000-punch-sized export whole: the file is asked for every row, not the wizards’ default 50,000', async () => {
    const store = await newStore();
    await attendanceCounty(store);
    const people = Array.from({ length: 1_300 }, (_, n) => ({ name: `干部${n}`, dept: `开江县/乡镇${n % 20}/挂职干部` }));
    const { rows } = tableFile('x.csv', wecomRawCsvGbk({ month: MONTH, workdays: workdaysInMonth(MONTH), people })).sheets[0]!;
    expect(rows.length).toBeGreaterThan(50_000);
    // main's reader as the bridge reaches it: at most `maxRows` rows kept (default 50,000), the rest counted
    const readWorkbook = (req: { maxRows?: number }) => {
      const kept = rows.slice(0, req.maxRows ?? 50_000);
      return Promise.resolve(packWorkbook({ sheets: [{ name: 'Sheet1', hidden: false, rows: kept, totalRows: rows.length, truncated: kept.length < rows.length }] }));
    };
    window.api = { openFile: () => Promise.resolve({ name: '企业微信-打卡记录.csv', data: new Uint8Array(1) }), readWorkbook, cancelRead: () => Promise.resolve({ cancelled: true }) } as unknown as typeof window.api;
    try {
      renderScreen(store, <ClockImportTab />);
      clickButton(await screen.findByText('选择打卡导出文件').then(() => '选择打卡导出文件'));
      await screen.findByText(`已选择：企业微信-打卡记录.csv（${rows.length.toLocaleString()}行）`);
      expect(screen.queryByText(/无法读取这个文件/)).toBeNull();
    } finally {
      delete (window as { api?: unknown }).api;
    }
  }, 60_000);

  it('an export the reader cut short is refused whole, in Chinese, and nothing is written', async () => {
    const store = await newStore();
    await attendanceCounty(store);
    const full = tableFile('x.csv', wecomRawCsvGbk({ month: MONTH, workdays: workdaysInMonth(MONTH), people: [{ name: '张伟', dept: '开江县/讲治镇/挂职干部' }] })).sheets[0]!;
    const file: TableFile = { fileName: '企业微信-打卡记录.csv', sheets: [{ ...full, rows: full.rows.slice(0, 20), totalRows: 1_200_000, truncated: true }] };
    renderScreen(store, <ClockImportTab readFile={() => Promise.resolve(file)} />);
    clickButton(await screen.findByText('选择打卡导出文件').then(() => '选择打卡导出文件'));
    await screen.findByText('无法读取这个文件：该文件共1,200,000行，超过一次最多可导入的20行，未导入任何记录。请在钉钉或企业微信中按日期或部门分几次导出，再分别导入。');
    expect(screen.queryByText(/识别为/)).toBeNull();
    expect(await store.db.attendanceDetails.count()).toBe(0);
  }, 60_000);

  it('a refused read shows the reader’s Chinese reason', async () => {
    const store = await newStore();
    renderScreen(store, <ClockImportTab readFile={() => Promise.reject(new Error('不支持 .xls 格式，请在 Excel 中另存为 .xlsx 后再导入。'))} />);
    clickButton(await screen.findByText('选择打卡导出文件').then(() => '选择打卡导出文件'));
    await screen.findByText('无法读取这个文件：不支持 .xls 格式，请在 Excel 中另存为 .xlsx 后再导入。');
  }, 60_000);
});
