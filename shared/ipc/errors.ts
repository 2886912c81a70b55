// Errors that cross the bridge, and their Chinese wording (kept together so it can be reviewed).
//
// Electron's ipcMain.handle passes only an Error's *message* to the renderer, wrapped as
// "Error invoking remote method 'file:save': Error: <message>". So main throws an Error whose
// message is IPC_ERROR_MARKER + JSON of the BridgeError, and toBridgeError() finds it again in the
// renderer. The web host sends the same BridgeError as `{ ok: false, error }` JSON. Either way the
// renderer sees a BridgeException with a code and a message for the clerk.
import type { z } from 'zod';
import type { BridgeError } from './contract';

/** Error codes used by the bridge itself (services may add their own, e.g. `file-too-large`). */
export const BRIDGE_ERROR_CODES = [
  'forbidden',
  'invalid-request',
  'invalid-json',
  'invalid-response',
  'not-found',
  'method-not-allowed',
  'payload-too-large',
  'file-too-large',
  'file-error',
  'unavailable',
  'internal',
] as const;
export type BridgeErrorCode = (typeof BRIDGE_ERROR_CODES)[number];

/** Default Chinese message of each code: what happened and what to do. */
export const BRIDGE_ERROR_MESSAGES: Readonly<Record<BridgeErrorCode, string>> = {
  forbidden: '请求来源不受信任，已拒绝。请只在挂职通窗口内操作；如反复出现，请重新启动挂职通。',
  'invalid-request': '请求内容不符合要求，操作未执行。请检查后重试；如仍出现，请联系技术支持。',
  'invalid-json': '请求内容不是有效的 JSON，操作未执行。请刷新页面后重试。',
  'invalid-response': '程序返回了不符合约定的结果，操作已中止。请重试；如仍出现，请联系技术支持。',
  'not-found': '没有这项操作。请刷新页面后重试；如仍出现，请在桌面版中使用此功能。',
  'method-not-allowed': '请求方式不正确，操作未执行。请刷新页面后重试。',
  'payload-too-large': '提交的数据过大，已拒绝。请拆分后分批处理。',
  'file-too-large': '文件过大，已拒绝。请选择较小的文件，或拆分后再导入。',
  'file-error': '读写文件失败。请确认文件没有被其他程序（如 Excel）打开、磁盘空间充足且有写入权限，然后重试。',
  unavailable: '无法连接挂职通网页版服务。请确认运行 npm run web 的命令窗口仍在运行，然后刷新页面。',
  internal: '操作失败，原因未知。请重试；如仍出现，请重新启动挂职通或联系技术支持。',
};

/** An Error carrying a BridgeError; what every bridge method rejects with. */
export class BridgeException extends Error implements BridgeError {
  readonly code: string;

  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'BridgeException';
    this.code = error.code;
  }

  /** The plain `{ code, message }` shape (for JSON and logs). */
  toBridgeError(): BridgeError {
    return { code: this.code, message: this.message };
  }
}

/** A BridgeException with the default wording of `code`, or `message` when given. */
export function bridgeException(code: BridgeErrorCode, message?: string): BridgeException {
  return new BridgeException({ code, message: message ?? BRIDGE_ERROR_MESSAGES[code] });
}

/** Marker that lets the renderer find the BridgeError inside Electron's wrapped error message. */
export const IPC_ERROR_MARKER = 'GZT_BRIDGE_ERROR:';

/** The Error main throws from an IPC handler so the renderer can recover `error`. */
export function toIpcError(error: BridgeError): Error {
  return new Error(IPC_ERROR_MARKER + JSON.stringify({ code: error.code, message: error.message }));
}

function isBridgeError(value: unknown): value is BridgeError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && code !== '' && typeof message === 'string' && message !== '';
}

/**
 * Any thrown value as a BridgeError: a BridgeException, an IPC error carrying the marker, or else
 * `internal` (the original text is not shown to the clerk; it may be English or contain paths).
 */
export function toBridgeError(err: unknown): BridgeError {
  if (err instanceof BridgeException) return err.toBridgeError();
  const text = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const at = text.indexOf(IPC_ERROR_MARKER);
  if (at >= 0) {
    try {
      const parsed: unknown = JSON.parse(text.slice(at + IPC_ERROR_MARKER.length));
      if (isBridgeError(parsed)) return { code: parsed.code, message: parsed.message };
    } catch {
      // fall through to `internal`
    }
  }
  if (isBridgeError(err) && !(err instanceof Error)) return { code: err.code, message: err.message };
  return { code: 'internal', message: BRIDGE_ERROR_MESSAGES.internal };
}

/** `toBridgeError` wrapped as a BridgeException, for rethrowing. */
export function toBridgeException(err: unknown): BridgeException {
  return err instanceof BridgeException ? err : new BridgeException(toBridgeError(err));
}

/** `12.3 MB`-style size for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** The `file-too-large` refusal, worded the same by main's file service and the web bridge. */
export function fileTooLarge(fileName: string, size: number, maxBytes: number): BridgeException {
  return new BridgeException({
    code: 'file-too-large',
    message: `文件“${fileName}”大小为 ${formatBytes(size)}，超过 ${formatBytes(maxBytes)} 的上限，未读取。请选择较小的文件，或拆分后分批导入。`,
  });
}

const ISSUE_TEXT: Readonly<Record<string, string>> = {
  invalid_type: '类型不正确',
  too_big: '过长或过大',
  too_small: '过短、过小或为空',
  invalid_format: '格式不正确',
  invalid_value: '取值不在允许范围内',
  unrecognized_keys: '包含不认识的字段',
  invalid_union: '格式不正确',
  invalid_key: '字段名不正确',
  invalid_element: '内容不正确',
  not_multiple_of: '数值不正确',
};

/**
 * A zod failure as one Chinese sentence for BridgeError.message: the first problems with their
 * field paths (`参数1.suggestedName：文件名不能包含“..”`), then what to do.
 */
export function describeInvalidRequest(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((key, index) => (index === 0 && typeof key === 'number' ? `参数${key + 1}` : String(key)))
      .join('.');
    // Our schemas carry Chinese messages; zod's built-in ones are English and get a generic text.
    const text = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : (ISSUE_TEXT[issue.code] ?? '不符合要求');
    return path ? `${path}：${text}` : text;
  });
  if (error.issues.length > 3) parts.push(`等 ${error.issues.length} 处问题`);
  return `请求内容不符合要求（${parts.join('；')}），操作未执行。请检查后重试；如仍出现，请联系技术支持。`;
}

/** The refusal when more files were chosen than one call takes, worded the same in main and the web bridge. */
export function tooManyFiles(count: number, max: number): BridgeException {
  return new BridgeException({ code: 'too-many-files', message: `一次最多选择 ${max} 个文件，本次选择了 ${count} 个，未读取。请分批选择。` });
}

/** Why a chosen file was skipped because the files before it already reach `maxTotalBytes`. */
export function totalTooLargeMessage(fileName: string, maxTotalBytes: number): string {
  return `所选文件总大小超过 ${formatBytes(maxTotalBytes)}，文件“${fileName}”未读取。请分批选择。`;
}
