// A long job's progress bar that alone re-renders as the job reports: a job reports per chunk,
// and re-rendering the whole form around the bar each time (antd's form items, tokens, styles)
// cost 导出数据包 about a second of the page's thread. Reports are passed on at most every
// REPORT_EVERY_MS (the last one always arrives).
import { ConfigProvider, Progress } from 'antd';
import { useState, useSyncExternalStore } from 'react';

/** How often the bar may move: ten times a second looks smooth. */
export const REPORT_EVERY_MS = 100;

/** Where a job reports `done` of `total`; a bar (FeedProgress) shows it. */
export class ProgressFeed {
  private value = { done: 0, total: 0 };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** For the job: `done` of `total` (passed on within REPORT_EVERY_MS). */
  readonly report = (done: number, total: number): void => {
    this.value = { done, total };
    this.timer ??= setTimeout(this.notify, REPORT_EVERY_MS);
  };

  /** A new step begins at `done` of `total`: shown at once, so the step's label never shows the last step's count. */
  readonly restart = (done = 0, total = 0): void => {
    this.value = { done, total };
    this.notify();
  };

  private readonly notify = (): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  };

  readonly snapshot = (): { done: number; total: number } => this.value;
}

/** A feed kept for the component's life. */
export function useProgressFeed(): ProgressFeed {
  return useState(() => new ProgressFeed())[0];
}

/** Without motion: the bar's eased width change, redrawn every frame, kept a 2-core PC busy throughout a job. */
const STILL = { token: { motion: false } };

/** The bar of `feed`: percent, and as its text `done/total` (or the percentage, `percent`); it moves in steps. */
export function FeedProgress({ feed, label, percent: asPercent = false }: { feed: ProgressFeed; label: string; percent?: boolean }) {
  const { done, total } = useSyncExternalStore(feed.subscribe, feed.snapshot);
  const percent = total ? Math.floor((done * 100) / total) : 0;
  return (
    <ConfigProvider theme={STILL}>
      <Progress aria-label={label} percent={percent} format={() => (asPercent ? `${percent}%` : `${done}/${total}`)} />
    </ConfigProvider>
  );
}
