// How far a read in main's worker has got, as an event with an unsubscribe (ARCHITECTURE §4): the
// renderer asks `xlsx:read-progress` while the read is pending, the same way on Electron and on
// the web host.
import type { Bridge, ReadProgress } from '@shared/ipc/contract';

/** How often a pending read is asked how far it has got. */
export const READ_PROGRESS_INTERVAL_MS = 500;

/**
 * Calls `listener` with the progress of the read `readId` every `intervalMs` while it runs (not
 * while it waits for a worker, and never after the returned unsubscribe). A failed question is
 * skipped: progress is a courtesy, the read's own promise says how it went.
 */
export function watchRead(bridge: Pick<Bridge, 'readProgress'>, readId: string, listener: (progress: ReadProgress) => void, intervalMs = READ_PROGRESS_INTERVAL_MS): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = async () => {
    const progress = await bridge.readProgress({ readId }).catch(() => null);
    if (stopped) return;
    if (progress) listener(progress);
    timer = setTimeout(() => void ask(), intervalMs);
  };
  timer = setTimeout(() => void ask(), intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
