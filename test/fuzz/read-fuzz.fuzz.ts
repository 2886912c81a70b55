// The fuzz test of issue 8 (“Done when”) and issue 9 (“300 bad files”): every generated bad file
// goes through the reader the import wizards use — the worker-based TableReader behind `xlsx:read`
// — with the worker's heap limits and a timer per case. Prints the counts; fails on any uncaught
// error, any case over 10 s or 500 MB, and any refusal that is not a Chinese message.
import { afterAll, describe, expect, it } from 'vitest';
import { createTableReader, type TableReadReport } from '../../electron/main/services/tables/table-reader';
import { TEST_READ_WORKER_PATH } from '../main/tables/read-worker';
import { generateBadFiles, ISSUE_9_KINDS, type BadFile, type BadFileKind } from './bad-files';

/** Per case: the timer (the reader's own budget is the same; the parent terminates 3 s after). */
const CASE_TIME_MS = 10_000;
const CASE_MEMORY_BYTES = 500 * 1024 * 1024;
/** Reads at once: one per core of the CI machine. */
const PARALLEL = 2;
const CHINESE = /[\u4e00-\u9fff]/;

const reader = createTableReader({ workerPath: TEST_READ_WORKER_PATH, limits: { timeMs: CASE_TIME_MS }, maxWorkers: PARALLEL, log: () => undefined });
afterAll(() => reader.close());

interface Outcome {
  file: BadFile;
  report: TableReadReport;
}

async function runAll(files: BadFile[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      outcomes.push({ file, report: await reader.run({ bytes: file.bytes.slice(), name: file.name }) });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  return outcomes;
}

describe('fuzz: bad table files through the wizards’ reader', () => {
  it('no uncaught error, nothing over 10 s or 500 MB, every refusal a Chinese message', async () => {
    const seed = Number(process.env.GZT_FUZZ_SEED ?? 20241121);
    const generated = Date.now();
    const files = await generateBadFiles({ seed });
    const started = Date.now();
    const outcomes = await runAll(files);
    const finished = Date.now();

    const uncaught = outcomes.filter(({ report }) => report.unexpected !== undefined);
    const slow = outcomes.filter(({ report }) => report.elapsedMs > CASE_TIME_MS);
    const heavy = outcomes.filter(({ report }) => report.peakMemoryBytes > CASE_MEMORY_BYTES);
    const notChinese = outcomes.filter(({ report }) => report.error && !CHINESE.test(report.error.message));
    const refused = outcomes.filter(({ report }) => report.error);
    const stoppedAtHeap = outcomes.filter(({ report }) => report.error?.message.includes('超出内存上限'));
    const byKind = new Map<BadFileKind, Outcome[]>();
    for (const outcome of outcomes) byKind.set(outcome.file.kind, [...(byKind.get(outcome.file.kind) ?? []), outcome]);
    const slowest = [...outcomes].sort((a, b) => b.report.elapsedMs - a.report.elapsedMs)[0]!;
    const hungriest = [...outcomes].sort((a, b) => b.report.peakMemoryBytes - a.report.peakMemoryBytes)[0]!;
    const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
    const issue9 = outcomes.filter(({ file }) => ISSUE_9_KINDS.includes(file.kind));

    const lines = [
      `fuzz (seed ${seed}): ${outcomes.length} cases, generated in ${((started - generated) / 1000).toFixed(1)} s, read in ${((finished - started) / 1000).toFixed(1)} s on ${PARALLEL} workers`,
      `  ${outcomes.length - refused.length} read, ${refused.length} refused; ${uncaught.length} uncaught errors, ${slow.length} over 10 s, ${heavy.length} over 500 MB, ${notChinese.length} refusals not in Chinese, ${stoppedAtHeap.length} stopped at the heap limit`,
      `  slowest ${slowest.report.elapsedMs} ms (${slowest.file.kind}: ${slowest.file.label}); most memory ${mb(hungriest.report.peakMemoryBytes)} (${hungriest.file.kind}: ${hungriest.file.label})`,
      ...[...byKind].map(([kind, list]) => `  ${kind.padEnd(19)} ${String(list.length).padStart(4)} cases, ${String(list.filter(({ report }) => report.error).length).padStart(4)} refused`),
      `issue 9 bad files (${ISSUE_9_KINDS.join(', ')}): ${issue9.length} cases, ${issue9.filter(({ report }) => report.unexpected).length} uncaught errors, ${issue9.filter(({ report }) => report.error && !CHINESE.test(report.error.message)).length} refusals not in Chinese; the reader writes nothing (no database is touched)`,
    ];
    console.log(lines.join('\n'));
    const show = (list: Outcome[]) => list.slice(0, 5).map(({ file, report }) => `${file.kind}: ${file.label} → ${report.unexpected ?? report.error?.message ?? ''} (${report.elapsedMs} ms, ${mb(report.peakMemoryBytes)})`);

    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(issue9.length).toBeGreaterThanOrEqual(300);
    expect(show(uncaught)).toEqual([]);
    expect(show(slow)).toEqual([]);
    expect(show(heavy)).toEqual([]);
    expect(show(notChinese)).toEqual([]);
  });
});
