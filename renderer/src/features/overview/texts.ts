import { formatDateDotted } from '@shared/domain/dates';
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
  asOf: (today: string) => `截至${formatDateDotted(today)}`,
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
  attendanceRate: {
    title: '出勤率（按月）',
    wholeCounty: '全县',
    scope: '范围',
    month: (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`,
    axisMonth: (m: string) => `${Number(m.slice(5, 7))}月`,
    rate: '出勤率',
    tooltip: (month: string, rate: number | null, people: number, present: number, required: number, unrecorded: number) =>
      rate === null
        ? `${month}：无应出勤天数（${people}人）`
        : `${month}：出勤率${rate}%<br/>${people}人，在岗${present}天 / 应出勤${required}天${unrecorded ? `<br/>其中${unrecorded}天尚未登记考勤` : ''}`,
    calendarMissing: '部分月份所在年度的节假日安排尚未录入，这些月份的出勤率无法计算（请在“设置”中录入）。',
    hint: '点击柱形查看该月名单',
    listTitle: (month: string, town: string) => `${month}出勤情况（${town}）`,
    column: { name: '姓名', unit: '挂职单位', required: '应出勤', present: '在岗', leave: '请假', absent: '缺勤', unrecorded: '未记录', rate: '出勤率' },
    percent: (rate: number | null) => (rate === null ? '—' : `${rate}%`),
    openGrid: '打开该月考勤表',
  },
} as const;
