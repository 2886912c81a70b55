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
  required: { countyName: '请填写县（市、区）名称', label: '请填写本机名称', role: '请选择本机角色', homeUnitId: '请选择本单位' },
} as const;
