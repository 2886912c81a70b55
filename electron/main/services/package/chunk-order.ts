// The `package:rows` calls of one package may overlap (the renderer prepares the next chunk while
// main writes this one), and over HTTP a later call can arrive first. Each call carries its place
// (`seq`); a call waits here until every earlier one has been written, so the rows keep their
// order. Only a few calls may wait at once: memory stays bounded whatever the renderer sends.
import { chunkOutOfOrder } from './messages';

/** Calls that may wait for their turn at once (the renderer keeps fewer in flight). */
export const MAX_WAITING_CHUNKS = 8;

/** The turns of one job's chunks. */
export class ChunkOrder {
  private next = 0;
  private readonly waiting = new Map<number, { go: () => void; stop: (err: unknown) => void }>();
  private stopped: unknown;

  /** Resolves when chunk `seq` may be written (all before it are); rejects for a repeated or far-ahead chunk, or when the job ends. */
  turn(seq: number): Promise<void> {
    if (this.stopped !== undefined) return Promise.reject(this.stopped);
    if (seq === this.next) return Promise.resolve();
    if (seq < this.next || this.waiting.has(seq) || seq > this.next + MAX_WAITING_CHUNKS) return Promise.reject(chunkOutOfOrder());
    return new Promise((go, stop) => this.waiting.set(seq, { go, stop }));
  }

  /** Chunk `next` is written (or failed): the following one may go. */
  done(): void {
    this.next++;
    const waiter = this.waiting.get(this.next);
    this.waiting.delete(this.next);
    waiter?.go();
  }

  /** The job ended: every waiting call fails with `err`, and so does every later one. */
  stop(err: unknown): void {
    this.stopped = err;
    for (const waiter of this.waiting.values()) waiter.stop(err);
    this.waiting.clear();
  }
}
