/** The Chinese wording of 报表 (the reports centre), kept together for review. */
export const T = {
  list: '报表',
  preview: '预览',
  refresh: '刷新预览',
  export: '导出Excel',
  previewNote: (shown: number, total: number, noun: string) => (total > shown ? `共${total}${noun}，以下预览前${shown}行` : `共${total}${noun}`),
  previewFailed: (reason: string) => `无法生成预览：${reason}`,
  loading: '正在生成预览…',
  progressTitle: '正在导出',
  saved: (fileName: string, rows: number, noun: string) => `已导出“${fileName}”，共${rows}${noun}`,
  failed: (reason: string) => `导出失败：${reason}`,
  restricted: '（仅组织部）',
  options: '选项',
  month: '月份',
  township: '范围',
  wholeCounty: '全县',
  sheet: (name: string) => `工作表：${name}`,
} as const;

/** The charts of 概览. */
export const CHART_TEXTS = {
  byType: '在岗挂职干部（按类型）',
  byTownship: '在岗挂职干部（按接收乡镇）',
  termEnds: '今后12个月期满人数',
  people: '人',
  tooltip: (label: string, n: number) => `${label}：${n}人`,
  clickHint: '点击柱形查看名单',
  listTitle: (what: string, label: string, n: number) => `${what}：${label}（${n}人）`,
  columns: { name: '姓名', unit: '接收单位', post: '挂职职务', end: '期满日期', open: '查看' },
  sameAs: '与“报表 → 挂职干部情况统计表”（截至今天）和“期满名单”的人数一致。',
} as const;
