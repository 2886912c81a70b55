import type { RosterImportResult } from '../../db/operations';
import type { RosterRowStatus, RosterSummary } from '@shared/import/roster-import';

/** The Chinese wording of the roster import, kept together for review. */
export const T = {
  title: '导入花名册',
  steps: ['选择文件', '核对表头', '预览', '导入'],
  prev: '上一步',
  next: '下一步',
  cancel: '取消',
  close: '关闭',
  done: '完成',

  downloadTemplate: '下载导入模板',
  templateSaved: (name: string) => `已保存“${name}”`,
  chooseFile: '选择花名册文件',
  reading: '正在读取文件…',
  cancelRead: '取消读取',
  chooseAnother: '重新选择文件',
  fileIntro: '可使用导入模板填写，也可直接选择县里已有的花名册（Excel 工作簿 .xlsx），下一步按表头自动对应各列。',
  chosenFile: (name: string) => `已选择：${name}`,
  sheet: '工作表',
  sheetOption: (name: string, rows: number) => `${name}（${rows}行）`,
  truncated: (total: number, read: number) => `该工作表共${total}行，只读取了前${read}行。请把花名册拆分为几个文件分别导入。`,
  emptySheet: '该工作表没有内容，请选择其他工作表。',
  noHeader: '在前10行中没有找到表头（至少要有姓名、身份证号、民族等必填列中的3列）。请确认选对了工作表，或在下一步指定表头所在行。',

  headerRow: '表头所在行',
  headerRowSuffix: '行',
  mappingField: '导入项',
  mappingColumn: '文件中的列',
  mappingNote: '填写要求',
  columnOption: (index: number, header: string) => `第${columnLetter(index)}列：${header || '（无表头）'}`,
  notMapped: '（不导入）',
  composites: '合并列（县里花名册常见）',
  compositeFills: (fields: string) => `拆分为：${fields}`,
  unusedColumns: (names: string) => `文件中以下列不导入：${names}`,
  pendingColumn: '文件中没有此列，导入后待补充',
  exportRecognized: '这是本系统导出的花名册（含“原工作单位及职务”等列），已按导出的格式对应各列。',
  missingRequired: (names: string) => `缺少必填列：${names}。请在“文件中的列”中选择对应的列，或在文件中补上这些列。`,

  summary: (s: RosterSummary) => `共${s.total}行：可导入${s.ok}行，有提醒${s.warning}行，有错误${s.error}行，跳过${s.skipped}行`,
  counts: (s: RosterSummary) =>
    `新建干部${s.cadresToCreate}人，更新干部${s.cadresToUpdate}人，新建挂职${s.postingsToCreate}条，更正挂职${s.postingsToUpdate}条${s.incomplete ? `；其中${s.incomplete}人导入后待补充` : ''}`,
  validating: (done: number, total: number) => `正在逐行核对（${done}/${total}行）…`,
  loadingData: '正在读取系统中的干部和单位…',
  validationFailed: (reason: string) => `核对失败：${reason}`,
  defaultPostingType: '未填挂职类型的按',
  endedStatus: '期满日期已过的挂职按',
  pending: (fields: string) => `待补充：${fields}`,
  change: (label: string, before: string, after: string) => `${label}：${before} → ${after}`,
  changesTitle: '将更新：',
  readingLabel: '单位和职务按',
  readingOf: (rowNumber: number) => `第${rowNumber}行单位和职务按`,
  noRows: '没有符合条件的行',
  ignored: (n: number) => `另有${n}行已忽略（空行、合计行、分组标题行或填写示例）。`,
  createMissingUnits: '自动新建找不到的单位',
  unitsToCreate: (names: string) => `将新建单位：${names}`,
  filterAll: '全部',
  filterErrors: '只看有错误',
  filterPending: '只看待补充',
  skipAllErrors: '跳过全部错误行',
  loading: '正在核对…',
  status: { ok: '可导入', warning: '有提醒', error: '有错误', skipped: '跳过' } satisfies Record<RosterRowStatus, string>,
  colRow: '行号',
  colStatus: '状态',
  colCadre: '干部',
  colProblems: '问题',
  colActions: '操作',
  cadreCreate: '新建',
  cadreUpdate: '更新',
  cadreReuse: '已有',
  cadreSameAsRow: (n: number) => `同第${n}行`,
  changes: (list: string) => `将更新：${list}`,
  blank: '（空）',
  skip: '跳过',
  restore: '恢复',
  edit: '修改',
  skipRow: (n: number) => `跳过第${n}行`,
  restoreRow: (n: number) => `恢复第${n}行`,
  editRow: (n: number) => `修改第${n}行`,
  previewTable: '导入预览',

  editTitle: (n: number) => `修改第${n}行`,
  editHint: '可修改该行的每一项，包括文件中没有的列（如入党时间）；按“确定”后该行重新核对。此处的修改只用于本次导入，不会改动原文件。',
  inFile: '文件中的项',
  notInFile: '文件中没有的项（可在此补充）',
  notInFileHint: '文件中无此列',
  ok: '确定',

  plan: (s: RosterSummary) =>
    `将新建干部${s.cadresToCreate}人、更新${s.cadresToUpdate}人、新建挂职${s.postingsToCreate}条、新建单位${s.unitsToCreate}个${s.postingsToUpdate ? `、更正挂职${s.postingsToUpdate}条` : ''}。${s.incomplete ? `其中${s.incomplete}人信息不全，导入后在“概览”和“干部库”中列为待补充。` : ''}`,
  blocked: (n: number) => `还有${n}行有错误，请返回“预览”修改或跳过这些行后再导入。`,
  nothingToImport: '没有可导入的行。',
  importButton: '导入',
  importing: '正在导入，请勿关闭…',
  importHint: '导入在一次操作中完成：中途出错的，数据库不做任何修改。按 Enter 键开始导入。',
  result: (r: RosterImportResult) =>
    `新建干部${r.cadresCreated}人、更新${r.cadresUpdated}人、新建挂职${r.postingsCreated}条、新建单位${r.unitsCreated}个${r.postingsUpdated ? `、更正挂职${r.postingsUpdated}条` : ''}`,
  resultTitle: '导入完成',
  failedTitle: '导入失败',
  unchanged: '数据库未做任何修改。',

  confirmCloseTitle: '关闭导入？',
  confirmCloseBody: '已读取的花名册和预览结果不会保存，关闭后需要重新选择文件。',
  confirmCloseOk: '关闭',
  confirmCloseCancel: '继续导入',

  cellLabel: (index: number, header: string | undefined) => `${columnLetter(index)}列 ${header ?? ''}`,
  unitLevel: (name: string, level: string, inCounty: boolean) => `${name}（${inCounty ? level : `县外，${level}`}）`,
  previewColumn: { name: '姓名', idCardNo: '身份证号', homeUnit: '工作单位', receivingUnit: '接收单位', secondedPost: '挂任职务', startDate: '到岗日期' },
} as const;

/** Excel column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
