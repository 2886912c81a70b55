// The web host's folder for exports under way (issue 8 item 9). Each running host writes into a
// folder of its own, `<pid>-<random>` under <temp>/guazhitong-web; at start, the folders of hosts
// whose process is no longer running — killed mid-export — are removed with what they hold. Only
// these folders are ever touched, and never one of a process still running (two hosts on two
// ports can share the machine, or one process, as in tests).
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the web hosts' folders live. */
export const WEB_TEMP_ROOT = join(tmpdir(), 'guazhitong-web');

/** True when a process with id `pid` runs on this machine. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the folders of dead hosts under `root` and creates a new one for this host. Resolves
 * with the folder and the leftover files removed.
 */
export async function claimWebTempDir(root = WEB_TEMP_ROOT, pid = process.pid, isAlive: (pid: number) => boolean = isProcessAlive): Promise<{ dir: string; removed: string[] }> {
  await mkdir(root, { recursive: true });
  const removed: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const owner = /^(\d+)-[0-9a-f]+$/.exec(entry.name)?.[1];
    if (!entry.isDirectory() || owner === undefined || Number(owner) === pid || isAlive(Number(owner))) continue;
    const folder = join(root, entry.name);
    for (const file of await readdir(folder).catch(() => [] as string[])) removed.push(join(folder, file));
    await rm(folder, { recursive: true, force: true });
  }
  const dir = join(root, `${pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return { dir, removed };
}
