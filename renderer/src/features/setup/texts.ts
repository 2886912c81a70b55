/** The Chinese wording of the first-run setup, kept together for review. */
export const T = {
  title: '挂职通 · 本机初始设置',
  intro: '第一次使用，请说明这台电脑属于哪个单位。这些信息用于报表的“填报单位”，以及与其他电脑交换数据时标明来源，以后可以在“设置”中修改。',
  done: '设置完成，欢迎使用挂职通',
  submit: '完成设置，开始使用',
  /** the 组织部's own name in a county: 中共开江县委组织部 */
  orgDeptName: (county: string) => `中共${county}委组织部`,
  /** the prefix dropped from a unit name to make the label other PCs see */
  partyPrefix: /^中共/,
  label: { countyName: '县（市、区）名称', role: '本机角色', unitName: '本单位全称', unitLevel: '本单位层级', unitKind: '本单位类别', label: '本机名称' },
  required: {
    countyName: '请填写县（市、区）名称，如：开江县',
    role: '请选择本机角色',
    unitName: '请填写本单位全称',
    unitLevel: '请选择本单位层级',
    unitKind: '请选择本单位类别',
    label: '请填写本机名称',
  },
  countyPlaceholder: '如：开江县',
  unitNamePlaceholder: '如：中共开江县委组织部、讲治镇人民政府',
  labelHelp: '其他电脑导入本机数据时显示的来源，如：开江县委组织部-干部科',
} as const;
