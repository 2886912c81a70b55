// Jobs that span several bridge calls (an export written chunk by chunk, a package read once and
// handed over in chunks), for Electron main and the web host alike: each lives under a random id,
// its calls run one after the other, a failure ends it, and one left idle (window closed, page
// reloaded) is ended after a time-out. Only a few may run at once.
import { randomUUID } from 'node:crypto';

/** What a job must offer: a way to end it and drop what it holds. */
export interface EndableJob {
  abort(): Promise<void>;
}

export interface JobRegistryOptions {
  /** How many jobs may be under way at once. */
  maxJobs: number;
  /** A job untouched for this long is ended. */
  idleTimeoutMs: number;
  /** How often idle jobs are looked for; default every minute. */
  sweepIntervalMs?: number;
  /** Clock in ms (tests); default Date.now. */
  now?: () => number;
  /** Thrown by `add` when `maxJobs` are under way. */
  busy: () => Error;
  /** Thrown for an id that is unknown, finished or ended. */
  notFound: () => Error;
}

interface Entry<J> {
  job: J;
  lastUsed: number;
  busy: number;
  /** Calls of one job run one after the other. */
  queue: Promise<unknown>;
}

/** The jobs of one kind. */
export interface JobRegistry<J extends EndableJob> {
  /** Ends idle jobs first; throws `busy()` when the registry is full. */
  ensureRoom(): Promise<void>;
  /** Registers a job; returns its id. */
  add(job: J): string;
  /**
   * Runs `task` on job `id` after its earlier calls. A failing task ends the job (its error passes
   * through); `done: true` removes the job once the task has succeeded.
   */
  run<T>(id: string, task: (job: J) => Promise<T>, opts?: { done?: boolean }): Promise<T>;
  /** Ends job `id` if it exists. */
  end(id: string): Promise<void>;
  /** Ends the jobs idle for longer than the time-out; resolves with how many. */
  sweep(): Promise<number>;
  /** Ends every job. */
  endAll(): Promise<void>;
  readonly size: number;
}

/** Creates an empty registry. */
export function createJobRegistry<J extends EndableJob>(options: JobRegistryOptions): JobRegistry<J> {
  const now = options.now ?? Date.now;
  const jobs = new Map<string, Entry<J>>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const updateTimer = () => {
    if (jobs.size > 0 && !timer) {
      timer = setInterval(() => void sweep(), options.sweepIntervalMs ?? 60_000);
      timer.unref?.();
    } else if (jobs.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const drop = async (id: string, entry: Entry<J>) => {
    if (jobs.get(id) === entry) jobs.delete(id);
    updateTimer();
    await entry.job.abort();
  };

  async function sweep(): Promise<number> {
    const stale = [...jobs].filter(([, entry]) => entry.busy === 0 && now() - entry.lastUsed > options.idleTimeoutMs);
    await Promise.all(stale.map(([id, entry]) => drop(id, entry)));
    return stale.length;
  }

  return {
    async ensureRoom() {
      await sweep();
      if (jobs.size >= options.maxJobs) throw options.busy();
    },
    add(job) {
      if (jobs.size >= options.maxJobs) throw options.busy();
      const id = randomUUID();
      jobs.set(id, { job, lastUsed: now(), busy: 0, queue: Promise.resolve() });
      updateTimer();
      return id;
    },
    run(id, task, opts = {}) {
      const entry = jobs.get(id);
      if (!entry) return Promise.reject(options.notFound());
      entry.lastUsed = now();
      entry.busy++;
      const result = entry.queue
        .then(() => {
          if (jobs.get(id) !== entry) throw options.notFound();
          return task(entry.job);
        })
        .then(
          (value) => {
            if (opts.done && jobs.get(id) === entry) {
              jobs.delete(id);
              updateTimer();
            }
            return value;
          },
          async (err: unknown) => {
            await drop(id, entry);
            throw err;
          },
        );
      entry.queue = result.then(
        () => undefined,
        () => undefined,
      );
      return result.finally(() => {
        entry.busy--;
        entry.lastUsed = now();
      });
    },
    async end(id) {
      const entry = jobs.get(id);
      if (entry) await drop(id, entry);
    },
    sweep,
    async endAll() {
      await Promise.all([...jobs].map(([id, entry]) => drop(id, entry)));
    },
    get size() {
      return jobs.size;
    },
  };
}
