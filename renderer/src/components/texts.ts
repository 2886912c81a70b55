/** The Chinese wording of the shared form components, kept together for review. */
export const T = {
  cadrePicker: {
    option: (name: string, unit: string, idTail: string) => `${name}（${unit}，${idTail ? `身份证尾号${idTail}` : '身份证号待补充'}）`,
    placeholder: '输入姓名、拼音首字母或身份证号查找干部',
    notFound: '没有找到，请先在“干部库”中登记',
    typeToSearch: '输入后查找',
  },
  codeSelect: (listName: string) => `选择或输入${listName}`,
  monthInput: { month: '如 1985.03', date: '如 2024.05.06' },
  ruleSelect: '未指定',
  term: {
    pleaseFill: (label: string) => `请填写${label}`,
    start: '到岗日期',
    months: '期限（月）',
    monthsRequired: '期限',
    end: '期满日期',
  },
  unitFilter: {
    placeholder: (label: string) => `${label}（含下级）`,
    aria: (label: string) => `按${label}筛选`,
    more: (n: number) => `等${n}项`,
  },
  unitSelect: '选择或输入单位名称',
  formErrors: (n: number, first: string) => `有${n}项需要修改：${first}`,
} as const;
