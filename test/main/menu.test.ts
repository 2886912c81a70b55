import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import * as electron from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const { aboutText, appMenuTemplate, installAppMenu } = await import('../../electron/main/menu');

/** Every item of a template, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('application menu', () => {
  beforeEach(() => electron.resetElectronMock());

  it('is 文件 / 编辑 / 视图 / 帮助 with the editing commands, all in Chinese', () => {
    const template = appMenuTemplate({ isPackaged: true, showAbout: () => undefined });
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const edit = (template[1]!.submenu as MenuItemConstructorOptions[]).filter((item) => item.role);
    expect(edit.map((item) => [item.role, item.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
    for (const item of items(template)) if (item.type !== 'separator') expect(item.label, item.role).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has no 重新加载 and no DevTools entry (nor their accelerators) in the packaged app; both in npm run dev', () => {
    const roles = (isPackaged: boolean) => items(appMenuTemplate({ isPackaged, showAbout: () => undefined })).map((item) => item.role);
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(items(appMenuTemplate({ isPackaged: true, showAbout: () => undefined })).some((item) => item.accelerator)).toBe(false);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('关于挂职通 shows the version, Electron and Chromium', async () => {
    electron.app.isPackaged = true;
    installAppMenu();
    const template = electron.Menu.applicationMenu!.template as MenuItemConstructorOptions[];
    const about = items(template).find((item) => item.label === '关于挂职通')!;
    (about.click as () => void)();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ title: '关于挂职通', detail: expect.stringContaining('版本 0.0.0-test') }));
    expect(items(template).map((item) => item.role)).not.toContain('toggleDevTools');
    expect(aboutText('1.2.3', { ...process.versions, electron: '45.4.1', chrome: '142.0' })).toContain('Electron 45.4.1，Chromium 142.0');
  });
});
