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
    monthUnit: '个月',
    end: '期满日期',
  },
  unitFilter: {
    placeholder: (label: string) => `${label}（含下级）`,
    aria: (label: string) => `按${label}筛选`,
    more: (n: number) => `等${n}项`,
  },
  unitSelect: '选择或输入单位名称',
  formErrors: (n: number, first: string) => `有${n}项需要修改：${first}`,
  number: {
    required: (label: string) => `请填写${label}`,
    notNumber: (label: string) => `${label}应为数字`,
    integer: (label: string) => `${label}应为整数`,
    tooSmall: (label: string, min: number, unit: string) => `${label}不能小于${min}${unit}`,
    tooLarge: (label: string, max: number, unit: string) => `${label}不能超过${max}${unit}，请核对`,
  },
  text: {
    tooLong: (label: string, max: number, n: number) => `${label}不能超过${max}个字（现有${n}个字），请精简`,
  },
  discard: {
    title: '放弃未保存的修改？',
    content: '刚才填写或修改的内容还没有保存，放弃后将不能恢复。',
    ok: '放弃修改',
    keep: '继续填写',
  },
  draft: {
    restored: (when: string) => `已恢复${when}未保存的内容，请核对后保存。`,
    drop: '放弃这些内容',
  },
} as const;
