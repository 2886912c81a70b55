// What the package and backup services tell the clerk when they refuse or fail (kept together for
// review). Refusals of a package FILE are in shared/sync/package/texts.ts (the decoder's).
import { BridgeException } from '@shared/ipc/errors';

/** A package job or an opened package that is no longer known. */
export function packageNotFound(): BridgeException {
  return new BridgeException({ code: 'package-not-found', message: '这个数据包已关闭或因长时间无操作而释放。请重新选择数据包文件。' });
}

/** Too many packages or backups open or being written at once. */
export function packageBusy(limit: number): BridgeException {
  return new BridgeException({ code: 'package-busy', message: `同时打开或导出的数据包、备份已有 ${limit} 个。请等其他操作完成后再试。` });
}

/** Records sent for a table the package does not carry (a programming error, said plainly). */
export function unknownTable(table: string): BridgeException {
  return new BridgeException({ code: 'invalid-request', message: `数据包中没有“${table.slice(0, 40)}”这类数据，导出已停止。请联系技术支持。` });
}

/** Records sent for a table after a later table (sheets are written in order). */
export function tableOutOfOrder(table: string): BridgeException {
  return new BridgeException({ code: 'invalid-request', message: `“${table.slice(0, 40)}”的数据来得太晚（各类数据须按顺序导出），导出已停止。请重新导出。` });
}

/** A chunk of records sent twice, or too far ahead of the ones written (a programming error, said plainly). */
export function chunkOutOfOrder(): BridgeException {
  return new BridgeException({ code: 'invalid-request', message: '数据包的记录没有按顺序送达，导出已停止。请重新导出；如仍出现，请联系技术支持。' });
}

/** A row whose cells are not one per column of its sheet (a programming error, said plainly). */
export function rowWidthDiffers(sheet: string, columns: number, cells: number): BridgeException {
  return new BridgeException({ code: 'invalid-request', message: `“${sheet.slice(0, 40)}”的一行有 ${cells} 个单元格，应为 ${columns} 个，导出已停止。请联系技术支持。` });
}

/** The records sent are not the records announced (the 说明 sheet would be wrong). */
export function countsDiffer(sheet: string, announced: number, sent: number): BridgeException {
  return new BridgeException({
    code: 'export-incomplete',
    message: `“${sheet}”应导出 ${announced} 条记录，实际收到 ${sent} 条，数据包没有保存。请重新导出；如仍出现，请联系技术支持。`,
  });
}

/** A backup file that is not one, is damaged, or does not check out. */
export function backupRefused(why: string): BridgeException {
  return new BridgeException({ code: 'backup-refused', message: `这个文件不能用来恢复：${why}。本机数据没有任何变化。` });
}

/** A backup name that is not one of the backups in the folder. */
export function backupNotFound(name: string): BridgeException {
  return new BridgeException({ code: 'backup-not-found', message: `找不到备份“${name.slice(0, 80)}”，可能已被删除。请刷新备份列表后重试。` });
}
