// The renderer's progress event of a read in main's worker: asked while the read runs, heard by
// the listener, silent after the unsubscribe, and never failing the read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadProgress } from '@shared/ipc/contract';
import { watchRead } from '../../../renderer/src/bridge/watch-read';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchRead', () => {
  it('hears each answer of a running read, skips reads not running and failed questions, and stops on unsubscribe', async () => {
    vi.useFakeTimers();
    const answers: (ReadProgress | null | Error)[] = [null, { phase: 'reading', done: 10, total: 100 }, new Error('网络中断'), { phase: 'checking', done: 3, total: 9 }];
    const readProgress = vi.fn(async (_req: { readId: string }) => {
      const next = answers.length ? answers.shift()! : null;
      if (next instanceof Error) throw next;
      return next;
    });
    const heard: ReadProgress[] = [];
    const readId = '2b5a2d2e-3f1c-4c55-9a3a-7d8e9f0a1b2c';
    const stop = watchRead({ readProgress }, readId, (p) => heard.push(p), 100);
    expect(readProgress).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(450);
    expect(readProgress).toHaveBeenCalledWith({ readId });
    expect(heard).toEqual([
      { phase: 'reading', done: 10, total: 100 },
      { phase: 'checking', done: 3, total: 9 },
    ]);
    stop();
    const calls = readProgress.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(readProgress.mock.calls.length).toBe(calls);
    expect(heard).toHaveLength(2);
  });
});
