import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPrintTab } from '../../../renderer/src/bridge/web-bridge';
import PrintRoot from '../../../renderer/src/print/print-root';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('print routes in the renderer', () => {
  it('render the page without the shell and signal ready once it has loaded', async () => {
    render(<PrintRoot route={{ kind: 'test', params: {} }} />);
    await screen.findByText('挂职通打印测试页');
    await waitFor(() => expect(document.body.dataset.printReady).toBe('1'));
    expect(document.documentElement.classList.contains('gzt-print')).toBe(true);
    // A hidden print window lays out on screen as it prints: no paper look, and no style sheet
    // that depends on the medium (Chromium would restyle and lay out everything again to print).
    expect(document.documentElement.classList.contains('gzt-print-preview')).toBe(false);
    expect([...document.querySelectorAll('style')].some((s) => s.textContent.includes('@media'))).toBe(false);
    expect(document.title).toBe('挂职通打印测试页');
    expect(screen.queryByText('干部与挂职')).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(41);
  });

  it('look like paper on screen and open the print dialog when ready, with autoprint=1 (web host)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { unmount } = render(<PrintRoot route={{ kind: 'test', params: { autoprint: '1' } }} />);
    expect(document.documentElement.classList.contains('gzt-print-preview')).toBe(true);
    expect([...document.querySelectorAll('style')].some((s) => s.textContent.includes('html.gzt-print-preview .book'))).toBe(true);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    act(() => unmount());
    expect(document.documentElement.classList.contains('gzt-print-preview')).toBe(false);
  });

  it('say so, and signal the error, for a kind that does not exist', async () => {
    render(<PrintRoot route={{ kind: 'no-such-form', params: {} }} />);
    await screen.findByText(/没有名为“no-such-form”的打印页面/);
    expect(document.body.dataset.printError).toContain('no-such-form');
    expect(document.body.dataset.printReady).toBeUndefined();
  });

  it('clear the signals when the route is left', async () => {
    const { unmount } = render(<PrintRoot route={{ kind: 'test', params: {} }} />);
    await waitFor(() => expect(document.body.dataset.printReady).toBe('1'));
    act(() => unmount());
    expect(document.body.dataset.printReady).toBeUndefined();
    expect(document.documentElement.classList.contains('gzt-print')).toBe(false);
  });
});

describe('printPdf on the web host', () => {
  it('opens the print route in a new tab with autoprint, and says it was opened', async () => {
    const openTab = vi.fn();
    const result = await openPrintTab(
      { route: { kind: 'record-book', params: { postingId: 'p1' } }, action: 'save', suggestedName: '纪实手册.pdf' },
      { baseUrl: 'http://127.0.0.1:5000/', openTab },
    );
    expect(result).toEqual({ outcome: 'opened' });
    expect(openTab).toHaveBeenCalledWith('http://127.0.0.1:5000/#/print/record-book?postingId=p1&autoprint=1');
  });

  it('refuses a malformed request in Chinese without opening anything', async () => {
    const openTab = vi.fn();
    await expect(openPrintTab({ route: { kind: '../x', params: {} }, action: 'save', suggestedName: 'x.pdf' }, { openTab })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(openTab).not.toHaveBeenCalled();
  });
});
