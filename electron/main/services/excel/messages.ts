// What the Excel services tell the clerk when they refuse or fail (kept together for review).
import { BridgeException } from '@shared/ipc/errors';

/** The file is not an .xlsx workbook (an .xls, a CSV or text file renamed, another zip …). */
export function notXlsx(): BridgeException {
  return new BridgeException({
    code: 'xlsx-invalid',
    message: '文件不是有效的 Excel 工作簿（.xlsx）。如果是 .xls 格式，请先用 Excel 或 WPS 另存为 .xlsx 后再导入。',
  });
}

/** The workbook is protected by an open password. */
export function encryptedXlsx(): BridgeException {
  return new BridgeException({
    code: 'xlsx-encrypted',
    message: '文件设置了打开密码，无法读取。请用 Excel 或 WPS 打开文件，取消密码后另存为 .xlsx，再导入。',
  });
}

/** The workbook is damaged or incomplete. */
export function damagedXlsx(): BridgeException {
  return new BridgeException({
    code: 'xlsx-damaged',
    message: '文件已损坏或不完整（可能没有下载或复制完整），无法读取。请重新获取文件，或用 Excel、WPS 打开后另存为 .xlsx，再导入。',
  });
}

/** The workbook unpacks to more than the reader accepts. */
export function xlsxTooLarge(limitText: string): BridgeException {
  return new BridgeException({
    code: 'file-too-large',
    message: `文件解压后的内容超过 ${limitText}，无法读取。请删除无关的工作表，或拆分成几个文件后分批导入。`,
  });
}

/** A job id that is not (or no longer) known: finished, cancelled or timed out. */
export function jobNotFound(): BridgeException {
  return new BridgeException({
    code: 'export-not-found',
    message: '这次导出已结束、已取消或因长时间无响应而中止。请重新导出。',
  });
}

/** Too many exports under way at once. */
export function tooManyJobs(limit: number): BridgeException {
  return new BridgeException({
    code: 'export-busy',
    message: `同时进行的导出已有 ${limit} 个。请等其他导出完成后再试。`,
  });
}

/** A call on an export that was cancelled. */
export function exportCancelled(): BridgeException {
  return new BridgeException({ code: 'export-cancelled', message: '这次导出已取消，文件没有保存。' });
}

/** A call on an export that is finished or still busy with the previous call. */
export function exportNotOpen(): BridgeException {
  return new BridgeException({ code: 'export-not-open', message: '这次导出已经结束或正在写入，请稍候；如仍出现，请重新导出。' });
}

/** A data row with more cells than the header has columns. */
export function tooManyCells(rowNumber: number, cells: number, columns: number): BridgeException {
  return new BridgeException({
    code: 'invalid-request',
    message: `第 ${rowNumber} 行有 ${cells} 个单元格，多于表头的 ${columns} 列，导出已停止。请联系技术支持。`,
  });
}

/** What Excel says when a clerk types something outside a template column's dropdown (a warning: they may keep it). */
export const NOT_IN_LIST = {
  title: '不在下拉选项中',
  message: '填写的内容不在下拉选项中。请从下拉列表中选择；确需填写其他内容，请点“是”。',
};

/** Rows for a sheet the workbook does not declare. */
export function noSuchSheet(index: number, sheets: number): BridgeException {
  return new BridgeException({
    code: 'invalid-request',
    message: `导出只有 ${sheets} 个工作表，没有第 ${index + 1} 个，导出已停止。请联系技术支持。`,
  });
}

/** Rows for a sheet that is already complete (its footer written, or a later sheet begun). */
export function sheetComplete(name: string): BridgeException {
  return new BridgeException({
    code: 'invalid-request',
    message: `工作表“${name}”已经写完，不能再添加行，导出已停止。请联系技术支持。`,
  });
}

/** A footer band that does not fit the sheet's columns. */
export function footerDoesNotFit(name: string, problem: string): BridgeException {
  return new BridgeException({ code: 'invalid-request', message: `工作表“${name}”的表尾有误：${problem}。导出已停止，请联系技术支持。` });
}

/** A sheet past Excel's row limit whose continuation sheet name is taken. */
export function continuationNameTaken(name: string, continuation: string): BridgeException {
  return new BridgeException({
    code: 'invalid-request',
    message: `工作表“${name}”的行数超过 Excel 的上限，需要续写到工作表“${continuation}”，但这个名称已被占用。请修改工作表名称后重新导出。`,
  });
}
