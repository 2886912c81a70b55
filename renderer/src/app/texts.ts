/** The Chinese wording of the app frame: opening the database, the writing window, failures, storage. */
export const T = {
  opening: '正在打开数据库…',
  openFailed: '无法打开本机数据库',
  upgraded: '挂职通已升级，请刷新页面',
  reloadPage: '刷新页面',
  otherWindow: {
    title: '挂职通已在另一个窗口中打开',
    elsewhere:
      '为防止两个窗口同时修改数据，同一时间只能在一个窗口中使用挂职通。请回到已经打开的那个窗口继续工作；如果那个窗口已不再使用，可以在本窗口继续使用。',
    taken:
      '挂职通已在另一个窗口中继续使用，本窗口已停止修改数据；本窗口中尚未保存的内容仍然保留。如需回到本窗口工作，请点下面的按钮（另一个窗口随即停止修改数据）。',
    takeOver: '在此窗口中使用',
  },
  boundary: {
    title: '此页面出现错误',
    text: '页面显示时遇到意外错误，数据未做修改。可以点“重新加载此页”再试，或从左侧菜单进入其他页面；如反复出现，请联系技术支持并告知下面的错误信息。',
    detail: (message: string) => `错误信息：${message}`,
    reload: '重新加载此页',
    appTitle: '挂职通遇到意外错误',
    appText: '程序遇到意外错误，数据未做修改。请点“重新打开挂职通”；如反复出现，请联系技术支持并告知下面的错误信息。',
    appReload: '重新打开挂职通',
    printFailed: (message: string) => `打印页面出现错误（${message}），未能生成。请关闭此页面后重新打印；如反复出现，请联系技术支持。`,
  },
  storage: {
    title: '本浏览器可能在磁盘空间不足时清除挂职通的数据',
    text: '挂职通的数据保存在本浏览器中。浏览器没有把本网站的数据设为“永久保存”，磁盘空间不足或清理浏览器数据时，这些数据可能被清除且无法找回。',
    todo: '建议：使用挂职通桌面版（数据不会被浏览器清除）；或在浏览器的网站设置中允许本网站保存数据，不要清除浏览数据；无论哪种方式，都请定期导出数据包备份到U盘。',
  },
} as const;
