/** Sizes of the sample county offered on the settings screen. */
export const SAMPLE_SIZES = [
  { postings: 300, label: '小型示例（约300条挂职，适合试用）' },
  { postings: 2000, label: '中型示例（约2,000条挂职）' },
  { postings: 20000, label: '大型示例（约20,000条挂职，用于检验速度）' },
] as const;

/** The Chinese wording of 示例数据, kept together for review. */
export const T = {
  card: '示例数据',
  intro: '第一次试用时，可以载入一个虚构县的示例数据：三个批次、各类挂职（含双向互派、延期和临近期满的记录）。',
  confirmText: '将在本机数据库中加入一个虚构县的单位、批次、干部和挂职记录（姓名和身份证号均为虚构），便于试用各项功能。正式使用的电脑请不要载入。继续吗？',
  ok: '载入',
  cancel: '取消',
  load: '载入示例数据',
  size: '示例数据规模',
  preparing: '准备',
  loaded: (cadres: number, postings: number) => `已载入示例数据：干部${cadres}人，挂职${postings}条`,
  loadedAt: (date: string) => `示例数据已于${date}载入。`,
  loading: (stage: string) => `正在载入${stage}…`,
  clear: '清除示例数据',
  clearTitle: '清除示例数据',
  clearOk: '清除',
  clearing: (stage: string) => `正在清除${stage}…`,
  clearRemoves: (parts: string) => `将删除示例数据：${parts}（包括在示例人员上录入的请假、纪实等记录）。`,
  clearClaims: (parts: string) => `本机录入的记录用到了示例中的${parts}，这些记录将保留，成为本机的正式数据。`,
  clearKeeps: '本机录入的其他数据不受影响。删除的示例数据不会出现在导出的数据包中。',
  cleared: (n: number) => `已清除示例数据 ${n.toLocaleString('zh-CN')} 条。`,
  count: (label: string, n: number) => `${label}${n.toLocaleString('zh-CN')}条`,
} as const;
