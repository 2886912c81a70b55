// CPU time of the processes and threads a bench step runs on (Linux /proc; elsewhere nothing):
// on these 2-core machines a step can be bound by the CPU the browser, its renderer and the host
// share, and which thread spends it says where to look.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user, system) per "process · thread" label. */
export type CpuSample = Map<string, { user: number; sys: number }>;

const TICKS = 100; // USER_HZ on every Linux the bench runs on

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The kind of a process: the web host, or the Chromium process type (browser, renderer, gpu, utility…). */
function kindOf(pid: string, hostPid: number): string | undefined {
  if (Number(pid) === hostPid) return 'host';
  const cmd = read(`/proc/${pid}/cmdline`);
  if (!cmd || !/chrom/i.test(cmd.split('\0')[0] ?? '')) return undefined;
  const type = /--type=([\w-]+)/.exec(cmd)?.[1];
  const sub = /--utility-sub-type=([\w.-]+)/.exec(cmd)?.[1];
  return type ? (sub ? `${type}:${sub.split('.').slice(-2).join('.')}` : type) : 'browser';
}

/** The label of a whole process's time (its threads', ended ones' included), not shown itself. */
const WHOLE = '*';

/** Adds the user and system time of a /proc stat line to `label`. */
function add(out: CpuSample, label: string, stat: string): void {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const t = out.get(label) ?? { user: 0, sys: 0 };
  t.user += Number(fields[11]) / TICKS;
  t.sys += Number(fields[12]) / TICKS;
  out.set(label, t);
}

/** CPU time so far of every thread of the web host and of Chromium, summed by process kind and thread name. */
export function sampleCpu(hostPid: number): CpuSample {
  const out: CpuSample = new Map();
  if (process.platform !== 'linux') return out;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const kind = kindOf(pid, hostPid);
    if (!kind) continue;
    const own = read(`/proc/${pid}/stat`);
    if (own) add(out, `${kind} · ${WHOLE}`, own);
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '').trim();
      add(out, `${kind} · ${name}`, stat);
    }
  }
  return out;
}

/**
 * What each label spent between two samples, largest first, those over `min` seconds; threads that
 * ended in between (an export's worker) are counted as their process's `已结束的线程`.
 */
export function cpuBetween(before: CpuSample, after: CpuSample, min = 0.05): { label: string; user: number; sys: number }[] {
  const spent = new Map<string, { user: number; sys: number }>();
  for (const [label, t] of after) {
    const b = before.get(label) ?? { user: 0, sys: 0 };
    // a label's threads can end and others of the same name start: never below nothing
    spent.set(label, { user: Math.max(0, t.user - b.user), sys: Math.max(0, t.sys - b.sys) });
  }
  for (const [label, whole] of [...spent]) {
    if (!label.endsWith(` · ${WHOLE}`)) continue;
    spent.delete(label);
    const kind = label.slice(0, -WHOLE.length);
    const threads = [...spent].filter(([l]) => l.startsWith(kind));
    const user = whole.user - threads.reduce((n, [, t]) => n + t.user, 0);
    const sys = whole.sys - threads.reduce((n, [, t]) => n + t.sys, 0);
    spent.set(`${kind}已结束的线程`, { user: Math.max(0, user), sys: Math.max(0, sys) });
  }
  const rows = [...spent].map(([label, t]) => ({ label, ...t })).filter((r) => r.user + r.sys >= min);
  return rows.sort((x, y) => y.user + y.sys - (x.user + x.sys));
}

/** The total and the largest of a cpuBetween result, in words (empty when nothing was measured). */
export function describeCpu(rows: { label: string; user: number; sys: number }[]): string {
  if (rows.length === 0) return '';
  const total = rows.reduce((n, r) => n + r.user + r.sys, 0);
  const sys = rows.reduce((n, r) => n + r.sys, 0);
  const parts = rows.slice(0, 8).map((r) => `${r.label} ${(r.user + r.sys).toFixed(2)} s（内核 ${r.sys.toFixed(2)}）`);
  return `共 ${total.toFixed(2)} s（内核 ${sys.toFixed(2)} s）：${parts.join('；')}`;
}
