/** The Chinese wording of 概览, kept together for review. */
export const T = {
  open: '查看',
  tag: (days: number | undefined) => (days === undefined ? '数据' : days < 0 ? '逾期' : `${days}天`),
  people: '人',
  emptyTitle: '还没有挂职数据',
  emptyText: '可以在“干部与挂职”中登记干部和挂职，或导入已有的花名册；第一次试用也可以载入示例数据。',
  registerOrImport: '登记或导入',
  loadSample: '载入示例数据',
  card: { onPost: '在岗挂职', within30: '30天内期满', within60: '31至60天期满', within90: '61至90天期满', overdue: '已逾期未办结', cadres: '登记干部' },
  todo: '需要办理的事项',
  asOf: (today: string) => `截至${today}`,
  tab: {
    expiring: (n: number) => `期满提醒（${n}）`,
    overdue: (n: number) => `逾期未办结（${n}）`,
    file: (n: number) => `期满材料不全（${n}）`,
    dq: (n: number) => `数据问题（${n}）`,
  },
  sourceFailed: (source: string, detail: string) => `部分提醒暂时无法计算（${source}：${detail}），其他提醒不受影响。请重新打开概览；如反复出现，请联系技术支持。`,
  none: {
    expiring: '90天内没有期满的挂职',
    overdue: '没有逾期未办结的挂职',
    file: '临近期满的挂职材料都已齐全',
    dq: '没有待补充或有误的干部信息（身份证号、性别、出生日期、民族、政治面貌、入党时间、参加工作时间、人员类别）',
  },
} as const;
