import type { FieldIssue } from '@shared/domain/issues';

export type { FieldIssue };

/**
 * An error written for the clerk: `userMessage` says what happened and what to do, in Chinese.
 * Screens show it as it is (see app/errors.ts); any other error is shown with a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(userMessage, options);
    this.name = 'AppError';
  }
}

/** The input broke a schema or a domain rule; nothing was written. */
export class ValidationError extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => i.message).join('；'));
    this.name = 'ValidationError';
  }
}

/** The record asked for does not exist (or was deleted). */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`找不到${what}，可能已被删除。请刷新后重试。`);
    this.name = 'NotFoundError';
  }
}

/** This PC has not been set up yet, so it cannot stamp writes. */
export class SiteNotSetUpError extends AppError {
  constructor() {
    super('本机尚未完成初始设置，请先在“设置”中填写本机信息。');
    this.name = 'SiteNotSetUpError';
  }
}

/**
 * Code outside the Writer tried to change a synced or bookkeeping table directly (a programming
 * error, refused by the write guard before anything reaches IndexedDB).
 */
export class DirectWriteError extends AppError {
  constructor(readonly table: string) {
    super(`数据未保存：程序试图绕过写入通道直接修改“${table}”表，已被拒绝。请联系技术支持。`);
    this.name = 'DirectWriteError';
  }
}

/** This window may not write: another window of 挂职通 writes to this database, or it only prints. */
export class ReadOnlyError extends AppError {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadOnlyError';
  }
}

/**
 * The database on this PC was written by a newer version of 挂职通 (its schema version is higher than
 * this build knows). Opening it could damage data the newer version keeps, so it is refused.
 */
export class NewerDatabaseError extends AppError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `本机数据库由更新版本的挂职通写入（数据库版本 ${found}，本程序只能打开到版本 ${supported}），为避免损坏数据，本程序不能打开它。请安装最新版挂职通后再使用；不要删除浏览器数据或数据文件夹。`,
    );
    this.name = 'NewerDatabaseError';
  }
}

const UPGRADED_DETAIL = '另一个窗口中打开了新版本的挂职通并升级了本机数据库，本窗口已断开数据库，不能再保存；刷新页面后即可继续使用。';

/**
 * Another window opened a newer version of 挂职通, which upgraded the database; this window closed
 * its connection so the upgrade could go ahead and cannot read or write any more.
 */
export class DatabaseUpgradedError extends AppError {
  /** What happened and what to do, below the headline 挂职通已升级，请刷新页面. */
  readonly detail = UPGRADED_DETAIL;

  constructor() {
    super(`挂职通已升级，请刷新页面。${UPGRADED_DETAIL}`);
    this.name = 'DatabaseUpgradedError';
  }
}
