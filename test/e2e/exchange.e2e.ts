import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newSite, pick, screenshot, setUpSite, watchErrors } from './browser';
import { idNo, rosterWorkbook } from './roster-fixture';

// 数据交换 with two browser contexts as two PCs (issue 11, "Done when"): a 组织部 and a township.
// Packages travel as the downloaded .xlsx bytes handed to the other PC's file chooser.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TOWN = '讲治镇人民政府';

/** A package file as the other PC receives it. */
interface PackageFile {
  name: string;
  buffer: Buffer;
}

/** 导出数据包 on `page` (the receiver chosen already); returns the downloaded file. */
async function exportPackage(page: Page): Promise<PackageFile> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出数据包', exact: true }).click();
  const refused = page
    .locator('.ant-message-error')
    .first()
    .waitFor()
    .then(async () => {
      throw new Error(`导出被拒绝：${await page.locator('.ant-message-error').first().innerText()}`);
    });
  const download = await Promise.race([downloading, refused]);
  refused.catch(() => undefined);
  await page.getByText(/^数据包已保存：/).first().waitFor();
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), buffer: await readFile(path) };
}

/** 导入数据包 → 选择数据包 with `file`; waits for the preview or a refusal. */
async function openPackage(page: Page, file: PackageFile): Promise<void> {
  await page.getByRole('menuitem', { name: /数据交换/ }).click();
  await page.getByRole('tab', { name: '导入数据包' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /选择(其他)?数据包/ }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: XLSX, buffer: file.buffer });
}

/** Opens a unit in 干部与挂职 → 单位 and changes some fields through 修改. */
async function editUnit(page: Page, name: string, fields: Record<string, string>): Promise<void> {
  await page.getByRole('menuitem', { name: '干部与挂职' }).click();
  await page.getByRole('tab', { name: '单位' }).click();
  await page.locator('.ant-tree-node-content-wrapper', { hasText: name }).first().click();
  await page.getByRole('button', { name: '修改', exact: true }).click();
  const dialog = page.getByRole('dialog').last();
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存').first().waitFor();
}

/** The unit's details as 单位 shows them. */
async function unitDetails(page: Page, name: string): Promise<string> {
  await page.getByRole('menuitem', { name: '干部与挂职' }).click();
  await page.getByRole('tab', { name: '单位' }).click();
  await page.locator('.ant-tree-node-content-wrapper', { hasText: name }).first().click();
  const details = page.locator('.ant-descriptions').first();
  await details.waitFor();
  return details.innerText();
}

/** The value of one row of the unit's details. */
function detail(text: string, label: string): string {
  const lines = text.split(/[\t\n]/).map((l) => l.trim());
  const i = lines.indexOf(label);
  return i >= 0 ? (lines[i + 1] ?? '') : '';
}

describe('数据交换: two PCs exchange packages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a 组织部 and a township exchange packages both ways; a conflict only where both edited the same field', async () => {
    // ---- the 组织部 PC: one posting to the township, through the roster import
    const orgCtx = await newSite(browser);
    const org = await orgCtx.newPage();
    const orgErrors = watchErrors(org);
    await org.goto(inject('baseUrl'));
    await setUpSite(org);
    await org.getByRole('menuitem', { name: '干部与挂职' }).click();
    await org.getByRole('button', { name: '导入花名册' }).click();
    const roster = await rosterWorkbook([
      {
        name: '邓永强', idCardNo: idNo('19890512', '031'), ethnicity: '汉族', fullTimeEducation: '大学', nativePlace: '四川开江', politicalStatus: '中共党员', partyJoinDate: '2012.06',
        workStartDate: '2010年7月', staffCategory: '公务员', homeUnit: '开江县财政局', currentPost: '预算股股长', postingType: '下派', receivingUnit: TOWN, secondedPost: '党委委员、副镇长', startDate: '2026.3.1',
      },
    ]);
    const chooser = org.waitForEvent('filechooser');
    await org.getByRole('button', { name: '选择花名册文件' }).click();
    await (await chooser).setFiles({ name: '花名册.xlsx', mimeType: XLSX, buffer: roster });
    await org.getByText('已选择：花名册.xlsx').waitFor();
    await org.getByRole('button', { name: '下一步' }).click();
    await org.getByRole('region', { name: '核对表头' }).waitFor();
    await org.getByRole('button', { name: '下一步' }).click();
    await org.getByRole('region', { name: '导入预览' }).waitFor();
    await org.getByRole('checkbox', { name: '自动新建找不到的单位' }).check();
    await org.getByText(/共1行：.*有错误0行/).first().waitFor();
    await org.getByRole('button', { name: '下一步' }).click();
    await org.getByRole('button', { name: '导入', exact: true }).click();
    await org.getByText('导入完成').waitFor();
    await org.getByRole('button', { name: '完成' }).click();

    // export for the township
    await org.getByRole('menuitem', { name: /数据交换/ }).click();
    await org.getByRole('radio', { name: '乡镇（接收单位）' }).check();
    await pick(org, '单位', TOWN);
    await org.getByText('谈话记录不会导出').waitFor();
    await screenshot(org, 'exchange-01-export');
    const first = await exportPackage(org);
    expect(first.name).toMatch(/^挂职通数据包_.*\.xlsx$/);

    // ---- the township PC: set up, then the 组织部's package
    const townCtx = await newSite(browser);
    const town = await townCtx.newPage();
    const townErrors = watchErrors(town);
    await town.goto(inject('baseUrl'));
    await town.getByLabel('县（市、区）名称').fill('开江县');
    await pick(town, '本机角色', '接收单位');
    await town.getByLabel('本单位全称').fill('讲治镇');
    await town.getByLabel('本机名称').fill('讲治镇党政办');
    await town.getByRole('button', { name: '完成设置，开始使用' }).click();
    await town.getByText('设置完成，欢迎使用挂职通').waitFor();

    await openPackage(town, first);
    await town.getByText('来自').waitFor();
    await town.getByText(`导入后本机的本单位将设为“${TOWN}”。`).waitFor();
    const previewRow = town.locator('tr', { hasText: '挂职' }).first();
    await expect.poll(() => previewRow.innerText()).toMatch(/挂职\s+1\s+0\s+0\s+0/);
    await screenshot(town, 'exchange-02-preview');
    await town.getByRole('button', { name: '确认导入' }).click();
    await town.getByText(/^导入完成：新增 \d+ 条/).waitFor();
    await screenshot(town, 'exchange-03-imported');

    // the same package again changes nothing and says so
    await openPackage(town, first);
    await town.getByText(/这个数据包已于 .* 导入，再次导入不会改变数据。/).waitFor();
    expect(await town.getByRole('button', { name: '确认导入' }).count()).toBe(0);

    // a package edited by hand is refused, naming what is wrong
    const zip = await JSZip.loadAsync(first.buffer);
    let touched = 0;
    for (const name of Object.keys(zip.files).filter((f) => f.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      const changed = xml.replace('党委委员、副镇长', '党委副书记、副镇长');
      if (changed === xml) continue;
      zip.file(name, changed);
      touched++;
    }
    expect(touched).toBeGreaterThan(0);
    const edited = { name: '改过的数据包.xlsx', buffer: await zip.generateAsync({ type: 'nodebuffer' }) };
    await openPackage(town, edited);
    await town.getByText(/^“.*”工作表的内容与校验值不符：文件在 Excel 等软件中被修改过或已损坏/).waitFor();
    await screenshot(town, 'exchange-04-edited-refused');
    expect(await town.getByRole('button', { name: '确认导入' }).count()).toBe(0);

    // ---- both PCs edit the township's unit: one field each, and one field on both
    await editUnit(town, TOWN, { 联络员: '张晓梅', 简称: '讲治镇' });
    await editUnit(org, TOWN, { 联络员电话: '0818-8221234', 简称: '讲治' });

    // township → 组织部
    await town.getByRole('menuitem', { name: /数据交换/ }).click();
    await town.getByRole('tab', { name: '导出数据包' }).click();
    await town.getByText(/本机只能导出本单位（讲治镇人民政府）的数据/).waitFor();
    const back = await exportPackage(town);
    await openPackage(org, back);
    await org.getByText('导入后将产生 1 条冲突（两台电脑改了同一项）').waitFor();
    await org.locator('tr', { hasText: '简称' }).first().waitFor();
    await screenshot(org, 'exchange-05-preview-conflict');
    await org.getByRole('button', { name: '确认导入' }).click();
    await org.getByText(/^导入完成：.*产生冲突 1 条/).waitFor();

    // 组织部 → township (an incremental package to the PC it now knows)
    await org.getByRole('tab', { name: '导出数据包' }).click();
    await org.getByRole('radio', { name: '交换过数据的电脑' }).check();
    await pick(org, '电脑', '讲治镇党政办（接收单位）');
    const again = await exportPackage(org);
    expect(again.name).toMatch(/_增量\.xlsx$/);
    await openPackage(town, again);
    await town.getByRole('button', { name: '确认导入' }).click();
    await town.getByText(/^导入完成：/).waitFor();

    // both show the same data: each one-sided edit arrived, the shared field agrees
    const orgUnit = await unitDetails(org, TOWN);
    const townUnit = await unitDetails(town, TOWN);
    for (const label of ['联络员', '联络员电话', '简称']) expect(detail(townUnit, label), label).toBe(detail(orgUnit, label));
    expect(detail(orgUnit, '联络员')).toBe('张晓梅');
    expect(detail(orgUnit, '联络员电话')).toBe('0818-8221234');

    // the conflict, on the 组织部's PC only, with both values; resolving it is a write
    await org.getByRole('menuitem', { name: /数据交换/ }).click();
    await org.getByRole('tab', { name: /冲突/ }).click();
    const conflict = org.locator('tr', { hasText: '简称' }).first();
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/讲治镇[\s\S]*讲治|讲治[\s\S]*讲治镇/);
    await screenshot(org, 'exchange-06-conflicts');
    await org.setViewportSize({ width: 1366, height: 768 });
    await screenshot(org, 'exchange-06-conflicts-1366');
    await org.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(org, 'exchange-06-conflicts-1920');
    await conflict.getByRole('button', { name: '改用另一值' }).click();
    await org.getByText('已处理，处理结果会随下一个数据包发给其他电脑。').waitFor();
    await town.getByRole('menuitem', { name: /数据交换/ }).click();
    await town.getByRole('tab', { name: /冲突/ }).click();
    await town.getByText('没有冲突记录。').waitFor();

    // the log answers "did the 组织部 get our data?"
    await org.getByRole('tab', { name: '记录' }).click();
    await expect.poll(() => org.locator('.ant-table-row').count()).toBe(3);
    await screenshot(org, 'exchange-07-log');

    expect(orgErrors).toEqual([]);
    // The web host answers the edited package with 422 (refused), which Chromium logs; nothing else.
    expect(townErrors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await orgCtx.close();
    await townCtx.close();
  });

  it('设置 → 备份与恢复: back up, change, restore the backup', async () => {
    const ctx = await newSite(browser);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    // The web host keeps every browser's backups in one folder: this PC is told apart by its name.
    await setUpSite(page, { label: '备份测试电脑' });
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    await page.getByText('每日自动备份').first().waitFor();
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByText(/^已备份：/).waitFor();
    await screenshot(page, 'exchange-08-backups');
    await page.locator('tr').filter({ hasText: '手动备份' }).filter({ hasText: '备份测试电脑' }).first().getByRole('button', { name: '恢复' }).click();
    await page.getByText(/将用 .* 在“.*”上做的备份替换本机现在的全部数据/).waitFor();
    await page.getByRole('button', { name: '确定恢复' }).click();
    await page.getByText('已恢复。').waitFor();
    await page.locator('tr').filter({ hasText: '恢复备份前' }).filter({ hasText: '备份测试电脑' }).first().waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
