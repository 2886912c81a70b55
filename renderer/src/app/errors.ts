import { BridgeException } from '@shared/ipc/errors';
import { AppError } from '../db/errors';

/** What to say about errors IndexedDB and Dexie raise, by error name. */
const BY_NAME: Record<string, string> = {
  QuotaExceededError: '磁盘空间不足，无法保存。请清理磁盘后重试。',
  DatabaseClosedError: '本机数据库已关闭，数据未做修改。请刷新页面或重新启动挂职通后重试。',
  VersionError: '本机数据库由更新版本的挂职通写入，本程序无法打开。请安装最新版挂职通。',
  UpgradeError: '本机数据库升级失败，数据未做修改。请重新启动挂职通；如仍出现，请联系技术支持。',
  OpenFailedError: '无法打开本机数据库。请关闭其他挂职通窗口后重试；如仍出现，请重新启动电脑。',
  MissingAPIError: '当前浏览器不支持本机数据库（IndexedDB），请使用挂职通桌面版或新版浏览器。',
  InvalidStateError: '无法访问本机数据库（浏览器可能处于隐私模式）。请使用挂职通桌面版或普通浏览窗口。',
  AbortError: '操作被中断，数据未做修改，请重试。',
  TransactionInactiveError: '操作被中断，数据未做修改，请重试。',
  ConstraintError: '要保存的记录与已有记录冲突，数据未做修改。请刷新后重试。',
};

/** The Chinese text to show for any error a screen catches, chosen by the error's type. */
export function errorText(e: unknown): string {
  if (e instanceof AppError) return e.userMessage;
  if (e instanceof BridgeException) return e.message;
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (BY_NAME[name]) return BY_NAME[name];
  if (e instanceof Error) return `操作失败（${e.message}）。数据未做修改，请重试；如反复出现，请联系技术支持。`;
  return '操作失败，数据未做修改，请重试。';
}
