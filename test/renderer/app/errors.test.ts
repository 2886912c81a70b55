import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { bridgeException } from '@shared/ipc/errors';
import { errorText } from '../../../renderer/src/app/errors';
import { AppError, DirectWriteError, NotFoundError, ValidationError } from '../../../renderer/src/db/errors';

describe('errorText decides by the type of the error', () => {
  it('shows the message written for the clerk by the app’s own errors and the bridge', () => {
    expect(errorText(new ValidationError([{ field: 'a', message: '请填写姓名' }, { field: 'b', message: '请选择民族' }]))).toBe('请填写姓名；请选择民族');
    expect(errorText(new NotFoundError('挂职记录'))).toBe('找不到挂职记录，可能已被删除。请刷新后重试。');
    expect(errorText(new AppError('示例数据已于2026-11-21载入过，不能重复载入。'))).toBe('示例数据已于2026-11-21载入过，不能重复载入。');
    expect(errorText(new DirectWriteError('挂职'))).toContain('绕过写入通道');
    expect(errorText(bridgeException('file-too-large'))).toBe('文件过大，已拒绝。请选择较小的文件，或拆分后再导入。');
  });

  it('explains IndexedDB and Dexie failures by their name', () => {
    expect(errorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('磁盘空间不足，无法保存。请清理磁盘后重试。');
    expect(errorText(new Dexie.DatabaseClosedError())).toBe('本机数据库已关闭，数据未做修改。请刷新页面或重新启动挂职通后重试。');
    expect(errorText(new Dexie.AbortError())).toBe('操作被中断，数据未做修改，请重试。');
  });

  it('never passes through the raw text of an unknown error as if it were meant for the clerk', () => {
    expect(errorText(new Error('磁盘已满'))).toBe('操作失败（磁盘已满）。数据未做修改，请重试；如反复出现，请联系技术支持。');
    expect(errorText(new TypeError('x is undefined'))).toBe('操作失败（x is undefined）。数据未做修改，请重试；如反复出现，请联系技术支持。');
    expect(errorText('boom')).toBe('操作失败，数据未做修改，请重试。');
  });
});
