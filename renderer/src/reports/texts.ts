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

/** Options shared by the 考核 reports. */
export const ASSESSMENT_OPTION_TEXTS = {
  township: '范围',
  allTownships: '全县（各乡镇合并排名）',
  allUnits: '全县',
  month: '月份',
  year: '年度',
  monthInvalid: '请填写有效的月份（如2026.11）',
  yearInvalid: '请选择年度',
};

export const STATISTICS_TEXTS = {
  title: '挂职干部情况统计表',
  grouping: '行（分组）',
  byType: '按挂职类型',
  byClass: '按派出单位类别',
  byTownship: '按接收乡镇',
  cutoff: '统计截止日期',
  cutoffInvalid: '请填写有效的截止日期（如2026.06.30）',
  withShare: '增加“占比”行（各项占总人数的百分比）',
  education: '学历口径',
  fullTime: '全日制学历',
  highest: '最高学历（全日制或在职）',
  fileName: (county: string, date: string) => `${county}挂职干部情况统计表（截至${date}）.xlsx`,
};

export const WEEKLY_TEXTS = {
  summaryTitle: '周考评汇总表',
  redBlackTitle: '周考评红黑榜',
  summaryFile: (scope: string, month: string) => `${scope}${month}周考评汇总表.xlsx`,
  redBlackFile: (scope: string, month: string) => `${scope}${month}周考评红黑榜.xlsx`,
};

export const TALK_REPORT_TEXTS = {
  title: '谈话提醒登记表',
  intro: '谈话记录属于干部监督资料，只在组织部电脑上导出，请妥善保管导出的文件。',
  yearLabel: (year: string) => `${year}年`,
  fileName: (county: string, year: string) => `${county}挂职干部谈话提醒登记表（${year}年）.xlsx`,
};

export const ANNUAL_TEXTS = {
  title: '年度考核结果汇总表',
  fileName: (county: string, scope: string, year: string) => `${county}${scope}挂职干部${year}年度考核结果汇总表.xlsx`,
};

export const RESERVE_TEXTS = {
  title: '后备干部库名册',
  status: '包含',
  inOnly: '仅在库人员',
  all: '全部（含已使用、已出库）',
  fileName: (county: string, date: string) => `${county}后备干部库名册（${date}）.xlsx`,
};
