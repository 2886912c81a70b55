import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, loadSample, newSite, RESULTS_DIR, screenshot, setUpSite, watchErrors } from './browser';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Exports the roster of the current list with 含身份证号 ticked; returns the file's bytes. */
async function exportWithIdNumbers(page: Page): Promise<Buffer> {
  await page.getByRole('button', { name: '导出Excel' }).hover();
  await page.getByText('导出花名册（当前列表）').click();
  await page.getByRole('checkbox', { name: /^含身份证号/ }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  const file = resolve(RESULTS_DIR, 'roundtrip-roster.xlsx');
  await download.saveAs(file);
  await page.getByText(/已导出/).last().waitFor();
  return readFileSync(file);
}

/** Imports a file through the wizard up to the preview; returns the summary line. */
async function preview(page: Page, name: string, buffer: Buffer): Promise<string> {
  await page.getByRole('button', { name: '导入花名册' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择花名册文件' }).click();
  await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
  await page.getByText(`已选择：${name}`).waitFor();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByText('这是本系统导出的花名册（含“原工作单位及职务”等列），已按导出的格式对应各列。').waitFor();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('region', { name: '导入预览' }).waitFor();
  const line = page.getByRole('dialog').getByRole('status').first();
  await line.filter({ hasText: /^共\d+行/ }).waitFor({ timeout: 120_000 });
  return line.innerText();
}

describe('花名册 round trip (issue 9 item 6)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('export with ID numbers, import back: 0 new, 0 changed; two cells edited: exactly those two fields in the diff and changed', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();
    await page.locator('.gzt-ptable-row [role=gridcell]').first().waitFor();
    const exported = await exportWithIdNumbers(page);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 4)).toEqual(['序号', '姓名', '身份证号', '性别']);
    const rows = ws.actualRowCount - 3 - 2;

    // Unchanged: every row matched by ID number, nothing new, nothing changed.
    const unchanged = await preview(page, '花名册（含身份证号）.xlsx', exported);
    expect(unchanged).toBe(`共${rows}行：可导入0行，有提醒0行，有错误0行，跳过${rows}行`);
    await page.getByText('新建干部0人，更新干部0人，新建挂职0条，更正挂职0条').waitFor();
    await screenshot(page, 'roundtrip-01-unchanged');
    await page.getByRole('button', { name: '取消' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '关闭' }).click();

    // Two cells of the first person edited: 民族 and 联系电话.
    const col = (name: string) => header.indexOf(name) + 1;
    const first = ws.getRow(4);
    const name = String(first.getCell(col('姓名')).value);
    const ethnicityBefore = String(first.getCell(col('民族')).value);
    const ethnicityAfter = ethnicityBefore === '回族' ? '苗族' : '回族';
    const phoneBefore = String(first.getCell(col('联系电话')).value ?? '');
    first.getCell(col('民族')).value = ethnicityAfter;
    first.getCell(col('联系电话')).value = '13999990000';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await preview(page, '花名册（改两处）.xlsx', edited)).toBe(`共${rows}行：可导入1行，有提醒0行，有错误0行，跳过${rows - 1}行`);
    await page.getByText('新建干部0人，更新干部1人，新建挂职0条，更正挂职0条').waitFor();
    const changes = page.getByRole('region', { name: '导入预览' }).locator('.gzt-rimport-changes');
    expect(await changes.count()).toBe(1);
    expect((await changes.innerText()).split('\n')).toEqual(['将更新：', `民族：${ethnicityBefore} → ${ethnicityAfter}`, `联系电话：${phoneBefore || '（空）'} → 13999990000`]);
    await screenshot(page, 'roundtrip-02-diff');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText('新建干部0人、更新1人、新建挂职0条、新建单位0个', { exact: true }).waitFor();
    await page.getByRole('button', { name: '完成' }).click();

    // The cadre now has the two new values: importing the edited file again changes nothing.
    expect(await preview(page, '花名册（改两处）.xlsx', edited)).toBe(`共${rows}行：可导入0行，有提醒0行，有错误0行，跳过${rows}行`);
    await page.getByRole('button', { name: '取消' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '关闭' }).click();
    await page.getByRole('tab', { name: '干部库' }).click();
    await page.getByLabel('查找干部').fill(name);
    await page.getByRole('cell', { name: ethnicityAfter }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
