// Chinese text of the 生活补助发放表 export.

export const ALLOWANCE_REPORT_TEXTS = {
  title: '生活补助发放表',
  month: '发放月份',
  monthLabel: (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`,
  payer: '发放单位',
  allPayers: '全部',
  scopePayer: (label: string) => `（${label}发放）`,
  introSelection: (count: number) => `导出所选 ${count} 名挂职干部在所选月份的补助发放记录；发放后的调整记录单列在原记录下方。`,
  introAll: '导出所选月份全县的补助发放记录（先在“补助→补助发放”中计算本月补助）；发放后的调整记录单列在原记录下方。',
  fileName: (title: string) => `${title}.xlsx`,
};
