// Chinese messages of the PDF services (kept together so the wording can be reviewed).

export const PDF_TEXTS = {
  notPdf: (what: string) => `${what}不是有效的 PDF 文件，无法排版。请重新生成后再试；如仍出现，请联系技术支持。`,
  encrypted: (what: string) => `${what}已加密，无法排版。请使用挂职通生成的未加密 PDF。`,
  empty: (what: string) => `${what}没有任何页面，无法排版。请检查要打印的内容后重试。`,
  noBooks: '没有要合并的手册。请至少选择一名干部后重试。',
} as const;
