import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensurePersistentStorage } from '../../../renderer/src/app/storage-persistence';
import { StorageWarning } from '../../../renderer/src/components/storage-warning';

afterEach(cleanup);

describe('the storage warning where the browser may clear the data', () => {
  it('warns, with what it means and what to do, when the browser keeps the data only best-effort', async () => {
    const persist = vi.fn(async () => false);
    const first = ensurePersistentStorage({ persisted: async () => false, persist });
    expect(ensurePersistentStorage({ persisted: async () => true })).toBe(first);
    render(<StorageWarning />);
    await screen.findByText('本浏览器可能在磁盘空间不足时清除挂职通的数据');
    screen.getByText(/可能被清除且无法找回/);
    screen.getByText(/使用挂职通桌面版.*允许本网站保存数据.*定期导出数据包备份/);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
