// Chinese text of the print routes.

export const PRINT_TEXTS = {
  unknownKind: (kind: string) => `没有名为“${kind}”的打印页面。请从挂职通的菜单中重新打印。`,
  pageFailed: (reason: string) => `打印页面出现错误（${reason}），未能生成。请关闭此页面后重新打印；如反复出现，请联系技术支持。`,
  databaseFailed: (reason: string) => `无法打开本机数据库（${reason}），打印页面没有数据。请关闭其他挂职通窗口后重试。`,
  testTitle: '挂职通打印测试页',
  testLead:
    '本页用于检查打印效果：标题为黑体，正文为仿宋（没有仿宋时用宋体）；表格跨页时表头在每页重复，表格行不会被拆到两页；页脚显示“第 X 页 共 Y 页”；双面打印时装订边留得更宽。',
  testColumns: ['序号', '姓名', '挂职单位及职务', '到岗日期', '备注'],
  testNames: ['张建国', '李秀英', '王志强', '赵丽华', '陈明', '刘洋', '杨帆', '黄海燕', '周斌', '吴静'],
  testPosts: ['城关镇党委委员、副镇长', '讲治镇石岭村第一书记', '普安镇人民政府党政办副主任', '县财政局办公室主任'],
  testEnd: '— 测试页结束 —',
};
