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
