import type { WriteAccess } from './store';

/*
 * One writing window per database (ARCHITECTURE §2, issue 8 item 4). The windows of one origin
 * (browser tabs on the web host; Electron has one main window) elect the writer with the Web Locks
 * API: an exclusive lock named after the database. The first window takes it; every later window
 * waits in the lock's queue and shows "挂职通已在另一个窗口中打开". A waiting window can take over
 * (`steal`): the lock moves to it at once and the window that had it is told, shows the same notice
 * and waits in the queue again. When the writing window closes, the browser releases its lock and
 * the next waiting window becomes the writer by itself.
 *
 * Print windows never take part: they only read (Store READ_ONLY) and must never wait for the lock.
 * Without Web Locks (very old browsers, the jsdom tests) there is no election: the window writes.
 */

/** Where this window stands: it writes (`held`), another window wrote first (`elsewhere`) or took over (`taken`). */
export type WriteLockState = 'held' | 'elsewhere' | 'taken';

/** The part of the Web Locks API the election uses (`navigator.locks`; tests pass a fake). */
export type LockRequester = Pick<LockManager, 'request'>;

/** What the Store says when this window may not write because another one does. */
export const OTHER_WINDOW_REFUSAL = '挂职通已在另一个窗口中打开，本窗口不能修改数据，未做任何修改。请回到那个窗口操作，或在本窗口点“在此窗口中使用”后重试。';

/** The lock name of a database (locks, like IndexedDB, are per origin). */
export function writeLockName(dbName: string): string {
  return `guazhitong-writer:${dbName}`;
}

/** This window's place in the election of the one window that writes to a database. */
export class WriteLock implements WriteAccess {
  readonly refusal = OTHER_WINDOW_REFUSAL;
  private current: WriteLockState;
  /** Ends the callback that holds the lock, which releases it. */
  private letGo: (() => void) | undefined;
  /** Withdraws this window's place in the queue. */
  private waiting: AbortController | undefined;
  private released = false;
  private readonly listeners = new Set<(state: WriteLockState) => void>();

  private constructor(
    private readonly name: string,
    private readonly locks: LockRequester | undefined,
  ) {
    this.current = locks ? 'elsewhere' : 'held';
  }

  /**
   * Takes part in the election for `name`: resolves once this window knows whether it writes
   * (the lock was free) or not (it then waits in the queue). Never waits for another window.
   */
  static async claim(name: string, locks: LockRequester | undefined): Promise<WriteLock> {
    const lock = new WriteLock(name, locks);
    if (locks && !(await lock.request({ ifAvailable: true }))) lock.queue();
    return lock;
  }

  /** Where this window stands now. */
  get state(): WriteLockState {
    return this.current;
  }

  /** Whether this window may write now. */
  get canWrite(): boolean {
    return this.current === 'held';
  }

  /** Listens to changes of `state`; returns the unsubscribe. */
  onChange(listener: (state: WriteLockState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Makes this window the writer at once; the window that wrote is told and stops writing. */
  async takeOver(): Promise<void> {
    if (!this.locks || this.released || this.current === 'held') return;
    this.waiting?.abort();
    this.waiting = undefined;
    await this.request({ steal: true });
  }

  /** Leaves the election (the window closes or the provider unmounts). */
  release(): void {
    this.released = true;
    this.waiting?.abort();
    this.letGo?.();
  }

  /**
   * Requests the lock. Resolves true once granted (held until released or stolen), false when
   * `ifAvailable` found it taken or the queued request was withdrawn.
   */
  private request(options: LockOptions): Promise<boolean> {
    return new Promise<boolean>((answer, fail) => {
      let granted = false;
      this.locks!.request(this.name, options, (lock) => {
        if (!lock || this.released) return answer(false);
        granted = true;
        answer(true);
        this.set('held');
        return new Promise<void>((resolve) => (this.letGo = resolve));
      }).then(
        () => undefined,
        (e: unknown) => {
          if (granted && this.current === 'held') {
            // Stolen: another window took over. Wait in the queue to get it back when that one closes.
            this.letGo = undefined;
            this.set('taken');
            this.queue();
          } else if ((e as { name?: string } | null)?.name === 'AbortError') answer(false);
          else fail(e);
        },
      );
    });
  }

  private queue(): void {
    if (this.released) return;
    this.waiting = new AbortController();
    this.request({ signal: this.waiting.signal }).catch((e: unknown) => console.warn('guazhitong: waiting for the write lock failed', e));
  }

  private set(state: WriteLockState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
