// How many large request bodies the web host holds at once (issue 8 item 8). A body is buffered,
// decoded from JSON and base64 and handed to a service; for a 150 MB body that is several hundred
// MB at its peak, so four at once took the host to 1.28 GB. Large bodies therefore take turns:
// each holds a slot from before its first byte is read until its answer is sent; the others wait
// unread (TCP holds them back) — or give up their place when their client goes away.

/** A turn to hold one large body; call it once the answer is sent. */
export type ReleaseSlot = () => void;

/** A first-come, first-served counter of large bodies in memory. */
export class BodySlots {
  private active = 0;
  private readonly queue: { grant: (release: ReleaseSlot) => void; signal: AbortSignal; onAbort: () => void }[] = [];

  constructor(private readonly max: number) {}

  /**
   * Resolves with a release function once a slot is free. When `signal` aborts first (the client
   * closed the connection), the wait ends with a rejection and no slot is taken.
   */
  acquire(signal: AbortSignal): Promise<ReleaseSlot> {
    if (signal.aborted) return Promise.reject(new Error('request closed'));
    if (this.active < this.max) return Promise.resolve(this.take());
    return new Promise((resolve, reject) => {
      const entry = {
        grant: (release: ReleaseSlot) => {
          signal.removeEventListener('abort', entry.onAbort);
          resolve(release);
        },
        signal,
        onAbort: () => {
          const at = this.queue.indexOf(entry);
          if (at >= 0) this.queue.splice(at, 1);
          reject(new Error('request closed'));
        },
      };
      signal.addEventListener('abort', entry.onAbort, { once: true });
      this.queue.push(entry);
    });
  }

  /** Bodies held now. */
  get held(): number {
    return this.active;
  }

  /** Bodies waiting for a slot. */
  get waiting(): number {
    return this.queue.length;
  }

  private take(): ReleaseSlot {
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      const next = this.queue.shift();
      if (next) next.grant(this.take());
    };
  }
}
