import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logCaughtError } from '../../../renderer/src/components/error-boundary';
import { TEST_FAULT_KEY } from '../../../renderer/src/components/test-fault';
import { writeLockName } from '../../../renderer/src/db/write-lock';
import PrintRoot from '../../../renderer/src/print/print-root';
import { FakeLocks } from '../db/fake-locks';

afterEach(() => {
  cleanup();
  localStorage.clear();
  delete (navigator as { locks?: unknown }).locks;
  vi.restoreAllMocks();
});

describe('print routes next to the writing window', () => {
  it('read and get ready while another window holds the write lock, without asking for it', async () => {
    const locks = new FakeLocks();
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
    const request = vi.spyOn(locks, 'request');
    void locks.request(writeLockName('guazhitong'), () => new Promise(() => undefined));
    render(<PrintRoot route={{ kind: 'test', params: {} }} />);
    await waitFor(() => expect(document.body.dataset.printReady).toBe('1'));
    expect(request).toHaveBeenCalledTimes(1);
    expect(locks.heldNames()).toEqual([writeLockName('guazhitong')]);
  });

  it('show a Chinese message and signal the error when the page throws, instead of never getting ready', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    localStorage.setItem(TEST_FAULT_KEY, '1');
    render(<PrintRoot route={{ kind: 'test', params: { fault: '1' } }} />, { onCaughtError: logCaughtError });
    await screen.findByText(/打印页面出现错误（Invalid array length \(test fault\)），未能生成/);
    expect(document.body.dataset.printError).toMatch(/^打印页面出现错误/);
    expect(document.body.dataset.printReady).toBeUndefined();
  });
});
