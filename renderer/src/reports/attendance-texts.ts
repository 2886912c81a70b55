// Chinese UI text of the attendance and leave reports (考勤汇总表, 考勤通报, 请假登记表).

const monthText = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

export const ATTENDANCE_REPORT_TEXTS = {
  summaryTitle: '月度考勤汇总表',
  bulletinTitle: '考勤通报',
  intro: (scope: string, month: string, count: number | undefined, what: string) =>
    `导出${scope}${monthText(month)}${count === undefined ? '全部挂职干部' : `共${count}名挂职干部`}的${what}。数字与考勤表一致：已批准的请假按请假计，抽查发现的无故不在岗按缺勤计。`,
  summaryFile: (scope: string, month: string) => `${scope}${monthText(month)}挂职干部考勤汇总表.xlsx`,
  bulletinFile: (scope: string, month: string) => `${scope}${monthText(month)}挂职干部考勤通报.xlsx`,
  arrived: (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日到岗`,
  left: (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日离岗`,
};

export const LEAVE_REGISTER_TEXTS = {
  title: '请假登记表',
  period: '登记期间',
  periodMonth: (month: string) => monthText(month),
  periodYear: (month: string) => `${Number(month.slice(0, 4))}年全年`,
  month: '所选月份',
  year: '所选月份所在年度',
  intro: (scope: string, month: string) => `导出${scope}在${monthText(month)}（或其所在年度）开始的请假记录，含各级审批人、审批时间、销假时间和是否超假。`,
  fileName: (scope: string, period: string) => `${scope}挂职干部请假登记表（${period}）.xlsx`,
};

export const SPOT_CHECK_REGISTER_TEXTS = {
  title: '抽查情况登记表',
  intro: (scope: string, month: string) =>
    `导出${scope}在${monthText(month)}（或其所在年度）的明查暗访记录，含检查人、结果、是否有正当理由和处理情况；无故不在岗的按缺勤计并影响年度考核等次。`,
  fileName: (scope: string, period: string) => `${scope}挂职干部抽查情况登记表（${period}）.xlsx`,
};
