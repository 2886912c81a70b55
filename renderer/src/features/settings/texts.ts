/** The Chinese wording of 设置, kept together for review. */
export const T = {
  tab: { site: '本机' },
  siteCard: '本机信息',
  aboutCard: '关于',
  save: '保存设置',
  saved: '设置已保存',
  version: (name: string, version: string, electron: boolean, platform: string) => `${name} ${version}（${electron ? '桌面版' : '网页版'}，${platform}）`,
  versionUnknown: '无法读取版本信息',
  label: { countyName: '县（市、区）名称', label: '本机名称', role: '本机角色', homeUnitId: '本单位', version: '软件版本', siteId: '本机编号', createdAt: '初始设置时间' },
  reset: {
    card: '重置本机',
    intro: '删除本机上的全部数据（包括示例数据），回到第一次打开时的“本机初始设置”。删除前会自动备份一次，可在重新设置后从“设置 → 备份与恢复”中恢复。',
    button: '重置本机…',
    title: '确认重置本机',
    warning: '本机的单位、干部、挂职、考勤、纪实、考核、补助和交换记录将全部删除。',
    typeToConfirm: (phrase: string) => `请输入“${phrase}”以确认：`,
    phrase: '重置本机',
    ok: '备份并重置',
    cancel: '取消',
    failed: (reason: string) => `没有重置：${reason}。本机数据未做任何修改。`,
  },
  required: { countyName: '请填写县（市、区）名称', label: '请填写本机名称', role: '请选择本机角色', homeUnitId: '请选择本单位' },
} as const;
