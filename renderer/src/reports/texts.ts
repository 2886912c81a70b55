// Chinese UI text of the report registry: option labels, the export dialogs and progress.

export const REPORT_TEXTS = {
  exportButton: '导出Excel',
  dialogTitle: (title: string) => `导出${title}`,
  ok: '导出',
  cancel: '取消',
  progressTitle: '正在导出',
  loading: '正在读取数据…',
  writingTotal: (rows: number, noun: string) => `正在写入Excel（共${rows}${noun}）…`,
  writingDone: (done: number, total: number) => `正在写入Excel（${done}/${total}行）…`,
  saved: (fileName: string, rows: number, noun: string) => `已导出“${fileName}”，共${rows}${noun}`,
  failed: (reason: string) => `导出失败：${reason}`,
  optionsInvalid: '导出选项有误，请按提示修改后再导出。',
};

/** The 导出Excel menu of 挂职人员. */
export const EXPORT_MENU_TEXTS = {
  roster: '导出花名册（当前列表）',
  expiry: '导出期满名单',
};

export const ROSTER_TEXTS = {
  title: '挂职干部花名册',
  groupBy: '分组',
  groupNone: '不分组',
  groupBatch: '按批次',
  groupTown: '按接收乡镇（单位）',
  columns: '包含的列',
  columnsRequired: '至少选择一列',
  includeIdCardNo: '含身份证号（用于备份或与其他电脑交换，可重新导入；对外报送的请勿勾选）',
  introSelection: (count: number) => `导出当前列表中的 ${count} 条挂职记录（可先用上方条件筛选）。表头、填报单位、合计行和打印设置（A4横向、每页重复表头）已按报表格式排好。`,
  introAll: '导出全部在岗（含已延期）的挂职人员。表头、填报单位、合计行和打印设置（A4横向、每页重复表头）已按报表格式排好。',
  fileName: (county: string, date: string) => `${county}挂职干部花名册（${date}）.xlsx`,
};

export const EXPIRY_TEXTS = {
  title: '期满名单',
  within: '期满时间',
  withinDays: (days: number) => `${days}天内`,
  includeOverdue: '包含已逾期仍在岗的人员',
  fileName: (county: string, date: string) => `${county}挂职干部期满名单（${date}）.xlsx`,
};
