import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** A one-line description of the machine the figures come from. */
export function describeMachine(chromiumVersion: string): string {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}, Chromium ${chromiumVersion}`;
}

/** The median of some numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** ENVIRONMENT.md's calibration line: 10,000 rows of 15 columns through exceljs's streaming writer (0.51 s on a quiet machine), in ms. */
export async function calibration(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gzt-calib-'));
  try {
    const t0 = performance.now();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'c.xlsx') });
    const ws = wb.addWorksheet('s');
    for (let i = 0; i < 10_000; i++) ws.addRow(Array.from({ length: 15 }, (_, j) => (j % 3 === 0 ? i * j : `开江县讲治镇石岭村${i}-${j}`))).commit();
    ws.commit();
    await wb.commit();
    return performance.now() - t0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
