import { ValidationError } from '../db/errors';

/** The Chinese text to show for any error a screen catches. */
export function errorText(e: unknown): string {
  if (e instanceof ValidationError) return e.issues.map((i) => i.message).join('；');
  if (e instanceof Error) {
    if (e.name === 'QuotaExceededError') return '磁盘空间不足，无法保存。请清理磁盘后重试。';
    if (/[\u4e00-\u9fff]/.test(e.message)) return e.message;
    return `操作失败（${e.message}）。数据未做修改，请重试；如反复出现，请联系技术支持。`;
  }
  return '操作失败，数据未做修改，请重试。';
}
