import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, loadSample, newSite, pick, screenshot, setUpSite, watchErrors } from './browser';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/lrmx');
const file = (name: string) => ({ name, mimeType: 'application/xml', buffer: readFileSync(resolve(FIXTURES, name)) });

/** Opens 导入任免审批表 in 干部库 and hands it files. */
async function chooseLrmx(page: Page, names: string[]): Promise<Locator> {
  await page.getByRole('menuitem', { name: '干部与挂职' }).click();
  await page.getByRole('tab', { name: '干部库' }).click();
  await page.getByRole('button', { name: '导入任免审批表' }).click();
  const dialog = page.getByRole('dialog', { name: '导入干部任免审批表（LRMX）' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /选择文件/ }).click();
  await (await chooser).setFiles(names.map(file));
  await dialog.getByTestId('lrmx-person').nth(names.length - 1).waitFor();
  return dialog;
}

/** Opens a cadre of 干部库 in the form. */
async function openCadre(page: Page, name: string): Promise<Locator> {
  await page.getByLabel('查找干部').fill(name);
  await page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: '修改' }).click();
  return page.getByRole('dialog').last();
}

describe('导入任免审批表 (issue 9 item 7)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('three .lrmx files: per person preview, home units, one transaction; fields, codes and photo on the cadre; again: unchanged', async () => {
    const context = await newSite(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await setUpSite(page);
    await loadSample(page);

    const dialog = await chooseLrmx(page, ['wang-zhiqiang-full.lrmx', 'li-na-minimal.lrmx', 'ayiguli-extra-elements.lrmx']);
    const wang = dialog.getByTestId('lrmx-person').filter({ hasText: '王志强' });
    const liNa = dialog.getByTestId('lrmx-person').filter({ hasText: '李娜' });
    const ayiguli = dialog.getByTestId('lrmx-person').filter({ hasText: '阿依古丽·买买提' });
    // 现任职务 suggests the home unit when it names a registered unit.
    await wang.getByText('按现任职务建议：开江县农业农村局').waitFor();
    await wang.getByText('新建干部').waitFor();
    await wang.getByRole('img', { name: '王志强照片' }).waitFor();
    await wang.getByText('未导入的内容（9项）').waitFor();
    await liNa.getByText('现任职务中没有可识别的单位，请选择').waitFor();
    await liNa.getByText('文件中没有身份证号码，将按姓名和出生年月与系统中的干部对应，请导入后补充身份证号码。').waitFor();
    await ayiguli.getByText('未导入的内容（', { exact: false }).click();
    await ayiguli.getByText(/ZiDingYiBeiZhu.*本系统不认识的元素，未导入。/).waitFor();
    await pick(page, '李娜的工作单位', '普安镇人民政府', liNa);
    await pick(page, '阿依古丽·买买提的工作单位', '开江县司法局', ayiguli);
    await screenshot(page, 'lrmx-01-preview');
    await dialog.getByRole('button', { name: '导入3人' }).click();
    await page.getByText('已导入：新建干部3人，更新0人').waitFor();
    await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();

    // The fields and codes on the cadre: 王志强 with his photo.
    const form = await openCadre(page, '王志强');
    expect(await form.getByLabel('身份证号').inputValue()).toBe('511723198203150317');
    await form.getByText('大学本科毕业').first().waitFor();
    await form.getByRole('img', { name: '照片' }).waitFor();
    const photo = await form.getByRole('img', { name: '照片' }).getAttribute('src');
    expect(photo).toMatch(/^data:image\/jpeg;base64,/);
    await screenshot(page, 'lrmx-02-cadre');
    await page.keyboard.press('Escape');
    await page.getByLabel('查找干部').fill('');
    const expected: [string, string, string][] = [
      ['李娜', '土家族', ''],
      ['阿依古丽·买买提', '维吾尔族', '中共党员'],
    ];
    for (const [name, ethnicity, political] of expected) {
      await page.getByLabel('查找干部').fill(name);
      const row = page.getByRole('row', { name: new RegExp(name) });
      await row.getByRole('cell', { name: ethnicity, exact: true }).waitFor();
      if (political) await row.getByRole('cell', { name: political, exact: true }).waitFor();
    }

    // The same files again: every person is matched (by ID number, or name and birth month) and unchanged.
    const again = await chooseLrmx(page, ['wang-zhiqiang-full.lrmx', 'li-na-minimal.lrmx', 'ayiguli-extra-elements.lrmx']);
    await again.getByText('与已有干部“王志强”相同').waitFor();
    await again.getByText('与已有干部“李娜”相同').waitFor();
    await again.getByText('与已有干部“阿依古丽·买买提”相同').waitFor();
    expect(await again.getByRole('button', { name: /^导入\d+人$/ }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
