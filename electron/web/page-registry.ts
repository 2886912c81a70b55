// What each page of the web host has under way — exports, packages and backups being written
// (job ids), packages and backups read and held for it (handles), reads (read ids) — so that
// everything a page started is released the moment the page goes (its `pagehide` call), instead
// of blocking new ones until an idle time-out (issue 8 item 8). Pages identify themselves with
// the X-GZT-Page header (shared/ipc/web-page.ts).
import type { WebChannel } from '@shared/ipc/contract';
import type { WebServices } from './server';

/** A kind of work a call starts: the channel that starts it, the calls that end it, and how to drop it. */
interface WorkKind {
  /** where the id is: the first argument's field (`arg`) or the answer's (`value`) */
  idFrom: 'arg' | 'value';
  idField: string;
  /** calls that end it (by the same id in the first argument) */
  endedBy: readonly WebChannel[];
  /** drops it when the page goes */
  release: (services: WebServices, id: string) => Promise<unknown>;
  /** counted as an export (else as a read) in what `release` reports */
  export: boolean;
}

const abortJob = (channel: 'xlsx:abort' | 'package:abort' | 'backup:abort') => (services: WebServices, jobId: string) => services[channel]({ jobId });
const releaseHeld = (services: WebServices, handle: string) => services['held:release']({ handle });
const cancelRead = (services: WebServices, readId: string) => services['xlsx:cancel-read']({ readId });

/** The channels that start work, and that work. */
const STARTS: Partial<Record<WebChannel, WorkKind[]>> = {
  'xlsx:begin': [{ idFrom: 'value', idField: 'jobId', endedBy: ['xlsx:finish', 'xlsx:abort'], release: abortJob('xlsx:abort'), export: true }],
  'package:begin': [{ idFrom: 'value', idField: 'jobId', endedBy: ['package:finish', 'package:abort'], release: abortJob('package:abort'), export: true }],
  'backup:begin': [{ idFrom: 'value', idField: 'jobId', endedBy: ['backup:finish', 'backup:abort'], release: abortJob('backup:abort'), export: true }],
  'xlsx:read': [{ idFrom: 'arg', idField: 'readId', endedBy: [], release: cancelRead, export: false }],
  'package:read': [
    { idFrom: 'arg', idField: 'readId', endedBy: [], release: cancelRead, export: false },
    { idFrom: 'value', idField: 'handle', endedBy: ['held:release'], release: releaseHeld, export: false },
  ],
  'backup:open': [{ idFrom: 'value', idField: 'handle', endedBy: ['held:release'], release: releaseHeld, export: false }],
};

/** The string field `key` of a call's first argument or of its answer. */
function field(source: unknown, key: string): string | undefined {
  const first = Array.isArray(source) ? (source[0] as Record<string, unknown> | undefined) : (source as Record<string, unknown> | undefined);
  const value = first && typeof first === 'object' ? first[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

interface Work {
  kind: WorkKind;
  id: string;
}

/** Tracks the work of each page over `services` and releases it on request. */
export class PageRegistry {
  private readonly pages = new Map<string, Map<string, Work>>();

  constructor(private readonly services: WebServices) {}

  /** Before `channel` runs for `pageId`: a read is under way from now on. */
  started(pageId: string | undefined, channel: string, args: unknown): void {
    if (!pageId) return;
    for (const kind of STARTS[channel as WebChannel] ?? []) {
      const id = kind.idFrom === 'arg' ? field(args, kind.idField) : undefined;
      if (id) this.work(pageId).set(id, { kind, id });
    }
  }

  /** After `channel` answered `value` (undefined when it failed) for `pageId`. */
  finished(pageId: string | undefined, channel: string, args: unknown, value: unknown): void {
    if (!pageId) return;
    for (const kind of STARTS[channel as WebChannel] ?? []) {
      if (kind.idFrom === 'arg') {
        // A read is over once its call answered (its result, if any, is tracked by `value` work).
        const id = field(args, kind.idField);
        if (id) this.pages.get(pageId)?.delete(id);
      } else {
        const id = field(value, kind.idField);
        if (id) this.work(pageId).set(id, { kind, id });
      }
    }
    const work = this.pages.get(pageId);
    if (!work) return;
    for (const [id, w] of work) if (w.kind.endedBy.includes(channel as WebChannel) && field(args, w.kind.idField) === id) work.delete(id);
    if (work.size === 0) this.pages.delete(pageId);
  }

  /** Drops what `pageId` left under way; resolves with how many exports and reads (or held data) it had. */
  async release(pageId: string): Promise<{ exports: number; reads: number }> {
    const work = this.pages.get(pageId);
    this.pages.delete(pageId);
    if (!work) return { exports: 0, reads: 0 };
    const all = [...work.values()];
    await Promise.all(all.map((w) => w.kind.release(this.services, w.id).catch(() => undefined)));
    const exports = all.filter((w) => w.kind.export).length;
    return { exports, reads: all.length - exports };
  }

  /** Pages with work under way. */
  get size(): number {
    return this.pages.size;
  }

  private work(pageId: string): Map<string, Work> {
    let work = this.pages.get(pageId);
    if (!work) {
      work = new Map();
      this.pages.set(pageId, work);
    }
    return work;
  }
}
