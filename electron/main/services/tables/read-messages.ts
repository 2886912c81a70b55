// What reading a table file (.xlsx or .csv) tells the clerk when it refuses, kept together for
// review. Every message says what happened and what to do.
import { BridgeException, formatBytes } from '@shared/ipc/errors';

const PICK_TABLE = '请选择 Excel 工作簿（.xlsx）或 CSV 表格文件。';

function refusal(code: string, message: string): BridgeException {
  return new BridgeException({ code, message });
}

/** `a` and `b` joined, with a space where Latin letters or digits meet Chinese (`单元格 A1 的`). */
function joined(a: string, b: string): string {
  const latinEnd = /[A-Za-z0-9.)]$/.test(a) && /^[\u4e00-\u9fff]/.test(b);
  const latinStart = /[\u4e00-\u9fff]$/.test(a) && /^[A-Za-z0-9]/.test(b);
  return latinEnd || latinStart ? `${a} ${b}` : a + b;
}

/** Content that is no table file the app reads (random bytes, a program, an unknown format). */
export function notATable(): BridgeException {
  return refusal('xlsx-invalid', `文件内容无法识别，不是 Excel 工作簿（.xlsx）或 CSV 表格。${PICK_TABLE}`);
}

/** A zip that is no workbook (a plain archive, a .docx, an .ods …): `what` names it. */
export function notAWorkbook(what: string, todo = PICK_TABLE): BridgeException {
  return refusal('xlsx-invalid', `${joined('这是', what)}，不是 Excel 工作簿（.xlsx），无法导入。${todo}`);
}

/** The old binary Excel format (.xls, or WPS's .et), which no well-kept library here reads. */
export function oldExcelFormat(): BridgeException {
  return refusal('xls-unsupported', '这是旧版 Excel 文件（.xls），无法直接导入。请在Excel中另存为 .xlsx 后再导入（WPS：文件 → 另存为 → Excel 工作簿）。');
}

/** A workbook protected by an open password (an encrypted OOXML package). */
export function encryptedWorkbook(): BridgeException {
  return refusal('xlsx-encrypted', '文件设置了打开密码，无法读取。请用 Excel 或 WPS 打开文件，取消密码后另存为 .xlsx，再导入。');
}

/** A damaged or truncated workbook; `detail` (Chinese) says where, when known. */
export function damagedWorkbook(detail?: string): BridgeException {
  const todo = '请重新获取文件，或用 Excel、WPS 打开后另存为 .xlsx，再导入。';
  return refusal('xlsx-damaged', detail ? `文件已损坏，无法读取：${detail}。${todo}` : `文件已损坏或不完整（可能没有下载或复制完整），无法读取。${todo}`);
}

/** `where` (e.g. `工作表“名单”单元格 C3`) followed by what is wrong there. */
export function at(where: string, what: string): string {
  return joined(where, what);
}

/** A file of 0 bytes. */
export function emptyFile(): BridgeException {
  return refusal('table-empty', '文件是空的（0 字节）。请确认选对了文件；如是刚导出或复制的文件，请重新导出或复制后再导入。');
}

/** A workbook or CSV without a single filled cell. */
export function emptyTable(): BridgeException {
  return refusal('table-empty', '文件中没有任何内容（所有工作表都是空的）。请确认选对了文件，并已在 Excel 中保存填写的内容。');
}

/** A workbook whose sheets are all chart sheets, macro sheets or missing parts. */
export function noReadableSheet(): BridgeException {
  return refusal('table-no-sheet', '工作簿中没有可读取的普通工作表（只有图表、宏表，或工作表已丢失）。请把数据放在普通工作表中，用 Excel 或 WPS 另存为 .xlsx 后再导入。');
}

/** A text file whose character encoding cannot be told. */
export function unknownEncoding(): BridgeException {
  return refusal('table-encoding', '无法识别文件的文字编码，读出的内容会是乱码。请用 Excel 或 WPS 打开后另存为 .xlsx（或“CSV UTF-8”），再导入。');
}

/** A CSV quote that never closes from row `row` on. */
export function unclosedQuote(row: number): BridgeException {
  return refusal('xlsx-damaged', `CSV 文件第 ${row} 行起的引号（"）没有闭合，文件可能不完整或已损坏。请用 Excel 或 WPS 打开检查后另存为 .xlsx，再导入。`);
}

/** One cell longer than Excel allows; `where` is e.g. `工作表“花名册”单元格 C12`. */
export function cellTooLong(where: string, limit: number): BridgeException {
  return refusal('table-cell-too-long', `${joined(where, '的内容')}超过 ${limit} 个字符（Excel 单元格上限），文件可能已损坏。请检查或删减该单元格后再导入。`);
}

const UNIT_TEXT: Readonly<Record<string, (limit: number) => string>> = {
  bytes: (limit) => formatBytes(limit),
  sheets: (limit) => `${limit} 个`,
  rows: (limit) => `${limit.toLocaleString('en-US')} 行`,
  cells: (limit) => `${limit.toLocaleString('en-US')} 个`,
  entries: (limit) => `${limit.toLocaleString('en-US')} 条`,
};

/** A budget passed: `what` (Chinese) is over `limit` in `unit` (bytes, sheets, rows, cells, entries). */
export function tooMuchContent(what: string, limit: number, unit: keyof typeof UNIT_TEXT & string): BridgeException {
  const limitText = (UNIT_TEXT[unit] ?? String)(limit);
  return refusal('table-too-large', `文件过大或内容过多：${what}超过上限 ${limitText}，无法读取。请删除无关的工作表和多余的空行，或拆分成几个文件后再分批导入。`);
}

/** The read hit the worker's memory ceiling. */
export function outOfMemory(): BridgeException {
  return refusal('table-too-large', '文件内容过多，读取时超出内存上限，已停止。请删除无关的工作表和多余的空行，或拆分成几个文件后再分批导入。');
}

/** The read took longer than its time budget. */
export function readTimedOut(timeMs: number): BridgeException {
  return refusal('table-timeout', `读取文件超过 ${Math.max(1, Math.round(timeMs / 1000))} 秒仍未完成，已停止。文件内容可能过多，请删除无关的工作表或拆分成几个文件后再导入。`);
}

/** The clerk cancelled the read. */
export function readCancelled(): BridgeException {
  return refusal('table-read-cancelled', '已取消读取文件。');
}

/** The reader could not be started (a broken installation). */
export function readerUnavailable(): BridgeException {
  return refusal('internal', '读取表格的组件无法启动。请重新启动挂职通；如仍出现，请重新安装。');
}

/** The reader failed in a way it does not know (a bug, or the worker died). */
export function readFailed(): BridgeException {
  return refusal('internal', '读取文件时出现意外错误，文件没有导入。请用 Excel 或 WPS 打开后另存为 .xlsx 再试；如仍出现，请联系技术支持。');
}
