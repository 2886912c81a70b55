/** Sizes of the sample county offered on the settings screen. */
export const SAMPLE_SIZES = [
  { postings: 300, label: '小型示例（约300条挂职，适合试用）' },
  { postings: 2000, label: '中型示例（约2,000条挂职）' },
  { postings: 20000, label: '大型示例（约20,000条挂职，用于检验速度）' },
] as const;
