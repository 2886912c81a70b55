import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The web host in a process of its own, as Electron's main process is: its memory and CPU are its own. */
export interface HostProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/**
 * Runs the built web host (`out/main/web.js`, what `npm run web` runs: main's services as bundled)
 * in a child process on a free port; resolves with its address once it listens. `cpuProfileDir`:
 * the child writes a CPU profile of its whole run there when it stops (node --cpu-prof). Its backups go
 * to a folder of this run, removed when it stops (the host's default, ~/.guazhitong-web/backups, keeps
 * a clerk's backups: runs there saw the backups of earlier runs, made by other PCs of the same name).
 */
export async function startHostProcess(options: { cpuProfileDir?: string } = {}): Promise<HostProcess> {
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const backups = mkdtempSync(join(tmpdir(), 'gzt-host-backups-'));
  const child = spawn(process.execPath, [...profile, resolve(ROOT, 'out/main/web.js'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, GZT_WEB_BACKUP_DIR: backups },
  });
  child.once('exit', () => rmSync(backups, { recursive: true, force: true }));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      out += text;
      const found = /已启动：(\S+)/.exec(out);
      if (found) done(found[1]!);
    });
    child.once('exit', (code) => fail(new Error(`the web host stopped (exit code ${code}): ${out}`)));
  });
  return {
    url,
    pid: child.pid!,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
