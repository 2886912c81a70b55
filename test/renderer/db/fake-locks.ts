import type { LockRequester } from '../../../renderer/src/db/write-lock';

/*
 * An in-memory Web Locks manager for jsdom (which has no navigator.locks): exclusive locks with the
 * options the election uses (ifAvailable, steal, signal), following the spec's queue: a request
 * waits while the lock is held or earlier requests wait; `steal` releases the holder (whose
 * request promise rejects with an AbortError) and is granted before the queue; an aborted signal
 * withdraws a waiting request (rejecting with an AbortError). One instance is one origin, shared by
 * the "windows" of a test. The real API is exercised by the browser tier (test/e2e/robust*.e2e.ts).
 */

interface Request {
  name: string;
  callback: (lock: Lock | null) => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  done: boolean;
}

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

/** A fake `navigator.locks` (see the comment above). */
export class FakeLocks implements LockRequester {
  private readonly held = new Map<string, Request>();
  private readonly queue: Request[] = [];

  request(name: string, ...args: unknown[]): Promise<any> {
    const [options, callback] = (args.length === 1 ? [{}, args[0]] : args) as [LockOptions, Request['callback']];
    return new Promise((resolve, reject) => {
      const req: Request = { name, callback, resolve, reject, done: false };
      if (options.signal?.aborted) return reject(abortError());
      if (options.steal) {
        const holder = this.held.get(name);
        if (holder) {
          this.held.delete(name);
          this.finish(holder, () => holder.reject(abortError()));
        }
        return this.grant(req);
      }
      const busy = this.held.has(name) || this.queue.some((q) => q.name === name);
      if (!busy) return this.grant(req);
      if (options.ifAvailable) return this.run(req, null);
      this.queue.push(req);
      options.signal?.addEventListener('abort', () => {
        const i = this.queue.indexOf(req);
        if (i >= 0) {
          this.queue.splice(i, 1);
          this.finish(req, () => reject(abortError()));
        }
      });
    });
  }

  /** Names of the locks held now (for assertions). */
  heldNames(): string[] {
    return [...this.held.keys()];
  }

  private grant(req: Request): void {
    this.held.set(req.name, req);
    this.run(req, { name: req.name, mode: 'exclusive' } as Lock);
  }

  private run(req: Request, lock: Lock | null): void {
    void Promise.resolve()
      .then(() => req.callback(lock))
      .then(
        (value) => this.finish(req, () => req.resolve(value)),
        (error: unknown) => this.finish(req, () => req.reject(error)),
      );
  }

  /** Settles a request once; a held lock is released and the next waiting request granted. */
  private finish(req: Request, settle: () => void): void {
    if (req.done) return;
    req.done = true;
    settle();
    if (this.held.get(req.name) !== req) return;
    this.held.delete(req.name);
    const i = this.queue.findIndex((q) => q.name === req.name);
    if (i >= 0) this.grant(this.queue.splice(i, 1)[0]!);
  }
}
