// Chinese text of the 生活补助发放表 export.

export const ALLOWANCE_REPORT_TEXTS = {
  title: '生活补助发放表',
  monthLabel: (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`,
  payer: '发放单位',
  allPayers: '全部',
  /** After the title: `（讲治镇）`, `（派出单位发放）`, `（讲治镇，派出单位发放）`, or nothing for the county. */
  scopeNote: (scope: string | null, payer: string | null) => {
    const parts = [scope ?? '', payer ? `${payer}发放` : ''].filter(Boolean);
    return parts.length ? `（${parts.join('，')}）` : '';
  },
  intro: (month: string, scope: string | undefined, count: number | undefined) =>
    `导出${month}${scope ?? '全县'}${count === undefined ? '' : `${count}名挂职干部`}的补助发放记录（先在“补助→补助发放”中计算本月补助）；发放后的调整记录单列在原记录下方。`,
  fileName: (title: string) => `${title}.xlsx`,
};
