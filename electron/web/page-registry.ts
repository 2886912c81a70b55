// What each page of the web host has under way — exports (job ids) and reads (read ids) — so that
// everything a page started is released the moment the page goes (its `pagehide` call), instead
// of blocking new exports until an idle time-out (issue 8 item 8). Pages identify themselves with
// the X-GZT-Page header (shared/ipc/web-page.ts).
import type { WebServices } from './server';

interface PageWork {
  jobs: Set<string>;
  reads: Set<string>;
}

/** The first argument's string field `key`, if the call has one. */
function field(args: unknown, key: string): string | undefined {
  const first = Array.isArray(args) ? (args[0] as Record<string, unknown> | undefined) : undefined;
  const value = first && typeof first === 'object' ? first[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Tracks the work of each page over `services` and releases it on request. */
export class PageRegistry {
  private readonly pages = new Map<string, PageWork>();

  constructor(private readonly services: WebServices) {}

  /** Before `channel` runs for `pageId`: a read is under way from now on. */
  started(pageId: string | undefined, channel: string, args: unknown): void {
    if (!pageId || channel !== 'xlsx:read') return;
    const readId = field(args, 'readId');
    if (readId) this.work(pageId).reads.add(readId);
  }

  /** After `channel` answered `value` (undefined when it failed) for `pageId`. */
  finished(pageId: string | undefined, channel: string, args: unknown, value: unknown): void {
    if (!pageId) return;
    const work = this.pages.get(pageId);
    if (channel === 'xlsx:begin') {
      const jobId = value && typeof value === 'object' ? (value as { jobId?: unknown }).jobId : undefined;
      if (typeof jobId === 'string') this.work(pageId).jobs.add(jobId);
      return;
    }
    if (!work) return;
    if (channel === 'xlsx:finish' || channel === 'xlsx:abort') {
      const jobId = field(args, 'jobId');
      if (jobId) work.jobs.delete(jobId);
    } else if (channel === 'xlsx:read') {
      const readId = field(args, 'readId');
      if (readId) work.reads.delete(readId);
    }
    if (work.jobs.size === 0 && work.reads.size === 0) this.pages.delete(pageId);
  }

  /** Aborts the exports and cancels the reads of `pageId`; resolves with how many of each. */
  async release(pageId: string): Promise<{ exports: number; reads: number }> {
    const work = this.pages.get(pageId);
    this.pages.delete(pageId);
    if (!work) return { exports: 0, reads: 0 };
    await Promise.all([
      ...[...work.jobs].map((jobId) => this.services['xlsx:abort']({ jobId }).catch(() => undefined)),
      ...[...work.reads].map((readId) => this.services['xlsx:cancel-read']({ readId }).catch(() => undefined)),
    ]);
    return { exports: work.jobs.size, reads: work.reads.size };
  }

  /** Pages with work under way. */
  get size(): number {
    return this.pages.size;
  }

  private work(pageId: string): PageWork {
    let work = this.pages.get(pageId);
    if (!work) {
      work = { jobs: new Set(), reads: new Set() };
      this.pages.set(pageId, work);
    }
    return work;
  }
}
