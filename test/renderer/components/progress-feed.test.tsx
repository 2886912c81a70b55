import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FeedProgress, ProgressFeed, REPORT_EVERY_MS } from '../../../renderer/src/components/progress-feed';
import { patchJsdomForAntd } from '../features/render-screen';

beforeAll(patchJsdomForAntd);
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A screen around the bar that counts its own renders (a job's reports must not re-render it). */
function Screen({ feed, renders }: { feed: ProgressFeed; renders: { n: number } }) {
  renders.n++;
  const [label] = useState('正在写入数据包…');
  return (
    <div>
      <span>{label}</span>
      <FeedProgress feed={feed} label={label} />
    </div>
  );
}

describe('a long job’s progress bar', () => {
  it('shows the last of many reports within a tenth of a second, re-rendering only the bar', () => {
    const feed = new ProgressFeed();
    const renders = { n: 0 };
    render(<Screen feed={feed} renders={renders} />);
    expect(screen.getByText('0/0')).toBeTruthy();
    act(() => {
      for (let done = 0; done <= 64_000; done += 1_000) feed.report(done, 64_000);
    });
    // not yet: reports are passed on at most every REPORT_EVERY_MS
    expect(screen.queryByText('64000/64000')).toBeNull();
    act(() => vi.advanceTimersByTime(REPORT_EVERY_MS));
    expect(screen.getByText('64000/64000')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(renders.n).toBe(1);
  });

  it('moves again after a pause, and a bar removed hears nothing more', () => {
    const feed = new ProgressFeed();
    const { unmount } = render(<FeedProgress feed={feed} label="正在导出" />);
    act(() => {
      feed.report(10, 40);
      vi.advanceTimersByTime(REPORT_EVERY_MS);
    });
    expect(screen.getByText('10/40')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    act(() => {
      feed.report(30, 40);
      vi.advanceTimersByTime(REPORT_EVERY_MS);
    });
    expect(screen.getByText('30/40')).toBeTruthy();
    // a new step: its first count at once, not the last step's for a tenth of a second
    act(() => feed.restart(0, 99_854));
    expect(screen.getByText('0/99854')).toBeTruthy();
    unmount();
    feed.report(40, 40);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(REPORT_EVERY_MS);
    expect(vi.getTimerCount()).toBe(0);
  });
});
