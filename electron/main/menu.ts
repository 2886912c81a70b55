// The application menu (issue 8 item 10): short, Chinese, and without developer entries in the
// packaged app — no 重新加载 (Ctrl+R) and no 开发者工具 (Ctrl+Shift+I); both stay in `npm run dev`.
// The window's `devTools: !app.isPackaged` (window.ts) is what really keeps DevTools shut.
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu depends on. */
export interface MenuContext {
  /** Packaged app (production) or `npm run dev`. */
  isPackaged: boolean;
  /** Shows 关于挂职通. */
  showAbout: () => void;
}

/**
 * The menu template: 文件 (退出), 编辑 (撤销, 重做, 剪切, 复制, 粘贴, 全选), 视图 (zoom, full screen;
 * 重新加载 and 开发者工具 only when not packaged), 帮助 (关于挂职通).
 */
export function appMenuTemplate({ isPackaged, showAbout }: MenuContext): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload', label: '重新加载' }, { role: 'toggleDevTools', label: '开发者工具' }, { type: 'separator' }];
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出挂职通' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...developer,
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助', submenu: [{ label: '关于挂职通', click: showAbout }] },
  ];
}

/** The text of 关于挂职通. */
export function aboutText(version: string, versions: NodeJS.ProcessVersions): string {
  return [`版本 ${version}`, `Electron ${versions.electron ?? '—'}，Chromium ${versions.chrome ?? '—'}，Node.js ${versions.node}`, '县委组织部挂职干部管理（离线桌面版）', '数据只保存在本机，不联网。'].join('\n');
}

/** Sets the application menu. Call after `ready`. */
export function installAppMenu(): void {
  const showAbout = (): void => {
    const options = { type: 'info' as const, title: '关于挂职通', message: '挂职通', detail: aboutText(app.getVersion(), process.versions), buttons: ['确定'] };
    const win = BrowserWindow.getFocusedWindow();
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged: app.isPackaged, showAbout })));
}
