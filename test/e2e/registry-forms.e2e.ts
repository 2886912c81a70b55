import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loadSample, openApp, screenshot, setUpSite } from './browser';

/** Waits for the question "放弃未保存的修改？" (antd prints a confirm's title twice, once for screen readers). */
const discardAsked = (page: Page) => page.locator('.ant-modal-confirm-title', { hasText: '放弃未保存的修改？' }).waitFor();

/**
 * Answers 放弃未保存的修改？ with `button` and waits until the dialog has gone. A click while the
 * dialog still zooms in can be lost on a loaded machine (test/e2e/browser.ts loadSample): clicked
 * again while the dialog is still there.
 */
async function answerDiscard(page: Page, button: '继续填写' | '放弃修改'): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm');
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: button }).click({ timeout: 5_000 }).catch(() => undefined);
    if (await dialog.waitFor({ state: 'detached', timeout: 3_000 }).then(() => true, () => false)) return;
  }
  throw new Error(`点击“${button}”后对话框没有关闭`);
}

/** The text of the messages shown under form fields. */
const fieldMessages = (page: Page) => page.locator('.ant-form-item-explain-error').allInnerTexts();

describe('干部与挂职: forms as a new clerk meets them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('setup: 本机名称 follows the county name typed key by key, and through an input method', async () => {
    const { page } = await openApp(browser);
    const county = page.getByLabel('县（市、区）名称');
    await county.click();
    await page.keyboard.type('开江县', { delay: 30 });
    await expect.poll(() => page.getByLabel('本机名称').inputValue()).toBe('开江县委组织部');
    await expect(page.getByLabel('本单位全称').inputValue()).resolves.toBe('中共开江县委组织部');

    // a Chinese input method: the pinyin is composed, then the characters are committed, chunk by chunk
    await county.fill('');
    await county.click();
    const cdp = await page.context().newCDPSession(page);
    for (const [pinyin, chars] of [
      ['xuan', '宣'],
      ['han', '汉'],
      ['xian', '县'],
    ] as const) {
      for (let i = 1; i <= pinyin.length; i++) await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
      await cdp.send('Input.insertText', { text: chars });
    }
    await expect.poll(() => county.inputValue()).toBe('宣汉县');
    await expect.poll(() => page.getByLabel('本机名称').inputValue()).toBe('宣汉县委组织部');

    // a label the clerk typed is theirs: the county no longer overwrites it
    await page.getByLabel('本机名称').fill('宣汉县委组织部-干部科');
    await county.fill('宣汉');
    await expect(page.getByLabel('本机名称').inputValue()).resolves.toBe('宣汉县委组织部-干部科');
    await screenshot(page, 'registry-forms-01-setup');
  });

  it('dialogs: 保存/确定 with empty fields say what to fill in, dates that cannot be are refused, no page error', async () => {
    const { page } = await openApp(browser);
    await setUpSite(page);
    await loadSample(page);
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();

    // 单位: an empty dialog
    await page.getByRole('tab', { name: '单位' }).click();
    await page.getByRole('button', { name: '新增顶级单位' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请填写单位全称').waitFor();
    await page.getByLabel('单位全称').fill('永兴镇人民政府');
    await expect.poll(() => fieldMessages(page)).not.toContain('请填写单位全称');
    await page.keyboard.press('Escape');
    await discardAsked(page);
    await answerDiscard(page, '放弃修改');

    // 挂职: 提前结束 years before the start, typed wrong, then empty
    await page.getByRole('tab', { name: '挂职人员' }).click();
    await page.locator('.gzt-ptable-row').filter({ hasText: '在岗' }).first().click();
    const drawer = page.getByRole('dialog').last();
    await drawer.getByRole('button', { name: '提前结束', exact: true }).click();
    const dialog = page.getByRole('dialog').last();
    const end = dialog.getByLabel('实际结束日期');
    await end.fill('2099.13');
    await end.press('Tab');
    await dialog.getByText('无法识别的日期“2099.13”（月份应为1至12），请按 2024.05.06 的格式填写').waitFor();
    await end.fill('2001.1.1');
    await dialog.getByLabel('提前结束原因').fill('身体原因');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByText(/^实际结束日期（2001\.01\.01）不能早于到岗日期（\d{4}\.\d{2}\.\d{2}）$/).waitFor();
    await screenshot(page, 'registry-forms-02-end-before-start');
    await end.fill('');
    await dialog.getByLabel('批准人（单位）').fill('');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByText('请填写批准人（单位）').waitFor();
    await dialog.getByText('请填写实际结束日期').waitFor();
    await page.keyboard.press('Escape');
    await answerDiscard(page, '放弃修改');
    await expect(page.getByText('提前结束挂职：已办理').count()).resolves.toBe(0);
  });

  it('a half-filled posting survives a reload; closing a changed form or leaving a changed screen asks first', async () => {
    const { page } = await openApp(browser);
    await setUpSite(page);
    await page.getByRole('menuitem', { name: '干部与挂职' }).click();
    await page.getByRole('button', { name: '新增挂职' }).click();
    const form = () => page.getByRole('dialog').last();
    await form().getByLabel('挂任职务').fill('党委委员、副镇长');
    await form().getByLabel('备注').fill('待县委常委会研究');
    await page.reload();
    await page.getByText(/^已恢复.*未保存的内容，请核对后保存。$/).waitFor();
    await expect(form().getByLabel('挂任职务').inputValue()).resolves.toBe('党委委员、副镇长');
    await expect(form().getByLabel('备注').inputValue()).resolves.toBe('待县委常委会研究');
    await screenshot(page, 'registry-forms-03-draft-restored');

    // a click on the mask asks; 继续填写 keeps everything
    await page.locator('.ant-drawer-mask').last().click({ position: { x: 20, y: 300 } });
    await discardAsked(page);
    await answerDiscard(page, '继续填写');
    await expect(form().getByLabel('挂任职务').inputValue()).resolves.toBe('党委委员、副镇长');
    // 取消 → 放弃修改: closed, and the draft is gone after a reload
    await form().getByRole('button', { name: '取消' }).click();
    await answerDiscard(page, '放弃修改');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('posting-count').waitFor();
    await page.waitForTimeout(300);
    await expect(page.getByText(/已恢复.*未保存的内容/).count()).resolves.toBe(0);

    // a changed screen (设置) left by the menu asks first
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByLabel('本机名称').fill('开江县委组织部-干部科');
    await page.getByRole('menuitem', { name: '概览' }).click();
    await discardAsked(page);
    await answerDiscard(page, '继续填写');
    await expect(page.getByLabel('本机名称').inputValue()).resolves.toBe('开江县委组织部-干部科');
    await page.getByRole('menuitem', { name: '概览' }).click();
    await answerDiscard(page, '放弃修改');
    await page.getByText('需要办理的事项').waitFor();
  });
});
