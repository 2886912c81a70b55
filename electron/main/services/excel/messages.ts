// What the Excel export services tell the clerk when they refuse or fail (kept together for
// review). The reader's refusals are in ../tables/read-messages.ts.
import { BridgeException } from '@shared/ipc/errors';

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
