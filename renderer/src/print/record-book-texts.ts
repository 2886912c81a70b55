// Messages of the 纪实手册 print route (the printed wording itself is in shared/reports/record-book/texts.ts).

export const RECORD_BOOK_TEXTS = {
  title: '挂职干部工作纪实手册',
  noPosting: '没有指定要打印哪名干部的纪实手册。请从“纪实手册 → 打印手册”重新打印。',
  gone: '找不到这名干部的挂职记录，可能已被删除。请刷新后重新打印。',
} as const;
