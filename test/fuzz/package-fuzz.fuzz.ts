// The bad-package fuzz of issue 11 ("Done when": at least 1,000 bad packages: 0 crashes, 0 changes,
// each a clear Chinese message). Every generated file goes the way a clerk's does: 导入数据包 in the
// renderer (openPackage) asks main's package service, which reads and checks it in its worker
// with main's budgets and heap; what main accepts is previewed and imported by the renderer on a
// fake-indexeddb database (automatic backup, then one transaction). Prints the counts.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '@shared/domain/tables';
import { parseHlc } from '@shared/sync/hlc';
import type { Stored } from '@shared/sync/record';
import { PACKAGE_WORKER_HEAP } from '../../electron/main/services/package/package-services';
import { createTableReader } from '../../electron/main/services/tables/table-reader';
import { BOOKKEEPING_TABLES, DATA_VERSION } from '../../renderer/src/db/database';
import { importPackage, loadSample, openPackage, previewImport } from '../../renderer/src/db/operations';
import type { Store } from '../../renderer/src/db/store';
import { TEST_READ_WORKER_PATH } from '../main/tables/read-worker';
import { databaseHash, packageBridge, wireRecord } from '../renderer/db/package-bridge';
import { newStore } from '../renderer/db/test-store';
import { generateBadPackages, type BadPackage, type BadPackageKind } from './bad-packages';

const CHINESE = /[\u4e00-\u9fff]/;
/** Packages read at once: one per core of the CI machine. */
const PARALLEL = 2;
const MAX_FUTURE_MS = 30 * 86_400_000;

/** Unexpected failures (a service's exception, a worker crash): each one fails the test. */
const crashes: string[] = [];
const reader = createTableReader({ workerPath: TEST_READ_WORKER_PATH, heap: PACKAGE_WORKER_HEAP, maxWorkers: PARALLEL, log: (message, detail) => crashes.push(`${message}: ${String(detail)}`) });
afterAll(() => reader.close());

type Stage = 'main' | 'preview' | 'import';
interface Outcome {
  item: BadPackage;
  /** where it was refused, or undefined when it was imported */
  refusedAt?: Stage;
  message?: string;
  /** a failure that is not a refusal (no message for the clerk, or an error no one meant) */
  uncaught?: string;
  /** the database changed although the package was refused */
  changed?: boolean;
  /** imported, but this PC's clock went more than 30 days ahead */
  clockAhead?: boolean;
  ms: number;
}

/** Every row of every table of `store`. */
async function allRows(store: Store): Promise<Record<string, object[]>> {
  const rows: Record<string, object[]> = {};
  for (const t of [...TABLE_NAMES, ...Object.keys(BOOKKEEPING_TABLES)]) rows[t] = await store.db.table(t).toArray();
  return rows;
}

/** A copy of the receiving PC (same identity, clock and records) in a database of its own. */
async function copyOf(rows: Record<string, object[]>): Promise<Store> {
  const store = await newStore();
  await store.write((w) => w.replaceAll(rows));
  await store.reload();
  return store;
}

describe('fuzz: bad exchange packages through main’s reader and the renderer’s import', () => {
  it('no crash, no change to the database for any refusal, every refusal a Chinese message', async () => {
    const seed = Number(process.env.GZT_FUZZ_SEED ?? 20261130);
    const source = await newStore();
    await loadSample(source, 6);
    const tables: Record<string, Stored<object>[]> = {};
    for (const t of TABLE_NAMES) tables[t] = (await source.db.entity(t).toArray()).map(wireRecord);
    const shared = await newStore();
    await loadSample(shared, 3);
    const before = await databaseHash(shared);
    const sharedRows = await allRows(shared);
    const generating = Date.now();
    const items = await generateBadPackages({ seed, siteId: source.site!.siteId, tables, receiverSiteId: shared.site!.siteId, schemaVersion: DATA_VERSION, now: Date.now() });
    const generated = Date.now();
    const { bridge } = packageBridge(reader, { log: (message, detail) => crashes.push(`${message}: ${String(detail)}`) });

    const one = async (item: BadPackage): Promise<Outcome> => {
      const started = Date.now();
      const done = (o: Omit<Outcome, 'item' | 'ms'>): Outcome => ({ item, ms: Date.now() - started, ...o });
      const failure = (err: unknown) => ({ message: err instanceof Error ? err.message : String(err), name: err instanceof Error ? err.name : typeof err });
      let pkg;
      try {
        pkg = await openPackage({ name: item.name, data: item.bytes.slice() }, {}, { bridge });
      } catch (err) {
        const { message, name } = failure(err);
        return done({ refusedAt: 'main', message, ...(name === 'BridgeException' ? {} : { uncaught: `${name}: ${message}` }), changed: (await databaseHash(shared)) !== before });
      }
      // Accepted by main: previewed and imported on a copy of the receiving PC, as a clerk would.
      const store = await copyOf(sharedRows);
      try {
        const hash = await databaseHash(store);
        const preview = await previewImport(store, pkg);
        if (preview.refusal) return done({ refusedAt: 'preview', message: preview.refusal.message, changed: (await databaseHash(store)) !== hash });
        try {
          await importPackage(store, pkg, {}, { bridge });
        } catch (err) {
          const { message, name } = failure(err);
          return done({ refusedAt: 'import', message, ...(name === 'AppError' || name === 'BridgeException' ? {} : { uncaught: `${name}: ${message}` }), changed: (await databaseHash(store)) !== hash });
        }
        const clock = (await store.db.meta.get('clock'))?.value as string | undefined;
        return done({ clockAhead: !!clock && parseHlc(clock).millis - Date.now() > MAX_FUTURE_MS });
      } catch (err) {
        return done({ uncaught: `${failure(err).name}: ${failure(err).message}` });
      } finally {
        await store.db.delete();
      }
    };

    const outcomes: Outcome[] = [];
    let next = 0;
    const lane = async () => {
      while (next < items.length) outcomes.push(await one(items[next++]!));
    };
    await Promise.all(Array.from({ length: PARALLEL }, lane));
    const finished = Date.now();

    const refused = outcomes.filter((o) => o.refusedAt);
    const accepted = outcomes.filter((o) => !o.refusedAt && !o.uncaught);
    const uncaught = outcomes.filter((o) => o.uncaught);
    const changed = outcomes.filter((o) => o.changed);
    const notChinese = refused.filter((o) => !CHINESE.test(o.message ?? ''));
    const wrongMessage = outcomes.filter((o) => o.item.expect instanceof RegExp && !o.item.expect.test(o.message ?? ''));
    const wronglyRefused = outcomes.filter((o) => o.item.expect === 'accept' && o.refusedAt);
    const clockAhead = outcomes.filter((o) => o.clockAhead);
    const byKind = new Map<BadPackageKind, Outcome[]>();
    for (const o of outcomes) byKind.set(o.item.kind, [...(byKind.get(o.item.kind) ?? []), o]);
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0]!;
    const at = (stage: Stage) => refused.filter((o) => o.refusedAt === stage).length;
    console.log(
      [
        `package fuzz (seed ${seed}): ${outcomes.length} bad packages, generated in ${((generated - generating) / 1000).toFixed(1)} s, run in ${((finished - generated) / 1000).toFixed(1)} s on ${PARALLEL} lanes`,
        `  ${refused.length} refused (${at('main')} by main's reader, ${at('preview')} by the preview, ${at('import')} by the import), ${accepted.length} accepted and imported harmlessly; ` +
          `${uncaught.length} uncaught errors, ${changed.length} refusals that changed the database, ${notChinese.length} refusals not in Chinese, ${wrongMessage.length} with another message than expected, ${clockAhead.length} clocks pushed > 30 days ahead`,
        `  slowest ${slowest.ms} ms (${slowest.item.kind}: ${slowest.item.label.slice(0, 80)})`,
        ...[...byKind].map(([kind, list]) => `  ${kind.padEnd(16)} ${String(list.length).padStart(4)} cases, ${String(list.filter((o) => o.refusedAt).length).padStart(4)} refused, ${String(list.filter((o) => !o.refusedAt).length).padStart(3)} accepted`),
      ].join('\n'),
    );
    const show = (list: Outcome[]) => list.slice(0, 5).map((o) => `${o.item.kind}: ${o.item.label.slice(0, 100)} → ${o.refusedAt ?? 'accepted'}: ${(o.uncaught ?? o.message ?? '').slice(0, 300)}`);

    expect(outcomes.length).toBeGreaterThanOrEqual(1000);
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(show(uncaught)).toEqual([]);
    expect(show(changed)).toEqual([]);
    expect(show(notChinese)).toEqual([]);
    expect(show(wrongMessage)).toEqual([]);
    expect(show(wronglyRefused)).toEqual([]);
    expect(show(clockAhead)).toEqual([]);
    expect(await databaseHash(shared)).toBe(before);
  });
});
