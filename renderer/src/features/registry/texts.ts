/** The Chinese wording of 干部与挂职 (the tabs), kept together for review. */
export const T = {
  tab: { postings: '挂职人员', cadres: '干部库', units: '单位', batches: '批次' },
} as const;
