import type { FieldIssue } from '@shared/domain/issues';

export type { FieldIssue };

/** The input broke a schema or a domain rule; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => i.message).join('；'));
    this.name = 'ValidationError';
  }
}

/** The record asked for does not exist (or was deleted). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`找不到${what}，可能已被删除。请刷新后重试。`);
    this.name = 'NotFoundError';
  }
}

/** This PC has not been set up yet, so it cannot stamp writes. */
export class SiteNotSetUpError extends Error {
  constructor() {
    super('本机尚未完成初始设置，请先在“设置”中填写本机信息。');
    this.name = 'SiteNotSetUpError';
  }
}
