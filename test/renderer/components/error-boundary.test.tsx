import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, logCaughtError } from '../../../renderer/src/components/error-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/**
 * A screen whose validator throws on a number it cannot handle, inside a useMemo (issue 8 item 1).
 * It reads the number when it mounts, as a screen reads its record.
 */
function TermScreen({ read }: { read: () => number }) {
  const days = useMemo(() => new Array(Math.round(read() * 30.4)).fill(0).length, [read]);
  return <p>期限共{days}天</p>;
}

function Frame({ months, resetKey }: { months: () => number; resetKey?: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <nav>
        <button onClick={() => setClicks((c) => c + 1)}>菜单（已点{clicks}次）</button>
      </nav>
      <ErrorBoundary resetKey={resetKey}>
        <TermScreen read={months} />
      </ErrorBoundary>
    </>
  );
}

describe('error boundary around a screen', () => {
  it('shows a Chinese message with 重新加载此页 instead of a blank window, and the menu keeps working', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Frame months={() => 1e308} />, { onCaughtError: logCaughtError });
    screen.getByText('此页面出现错误');
    screen.getByText(/数据未做修改/);
    screen.getByText('错误信息：RangeError: Invalid array length');
    screen.getByRole('button', { name: '重新加载此页' });
    fireEvent.click(screen.getByRole('button', { name: '菜单（已点0次）' }));
    screen.getByRole('button', { name: '菜单（已点1次）' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![1]).toBeInstanceOf(RangeError);
    expect(error).not.toHaveBeenCalled();
  });

  it('重新加载此页 mounts the screen afresh', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let months = 1e308;
    render(<Frame months={() => months} />, { onCaughtError: logCaughtError });
    screen.getByText('此页面出现错误');
    months = 12;
    fireEvent.click(screen.getByRole('button', { name: '重新加载此页' }));
    screen.getByText('期限共365天');
    expect(screen.queryByText('此页面出现错误')).toBeNull();
  });

  it('tries again when the route changes, and stays failed while it does not', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let months = 1e308;
    const { rerender } = render(<Frame months={() => months} resetKey="#/registry/postings" />, { onCaughtError: logCaughtError });
    screen.getByText('此页面出现错误');
    months = 24;
    fireEvent.click(screen.getByRole('button', { name: /菜单/ }));
    screen.getByText('此页面出现错误');
    rerender(<Frame months={() => months} resetKey="#/registry/cadres" />);
    screen.getByText('期限共730天');
  });
});
