// The exchange property (issue 11, "Done when", the heart of it), run by the main tier at 200
// runs (exchange.property.test.ts) and by the fuzz tier at 1,000 (test/fuzz/exchange-property.fuzz.ts):
// 3–5 simulated PCs — a 组织部 (and in some runs a second one), townships and a 派出单位 — make
// random creates, edits, deletes and restores, move postings between townships and a village
// between townships, and exchange full, incremental and scope-filtered packages in random order,
// with packages lost, delivered late and imported again (exchange-world.ts). At the end, after a
// final round of full exchanges:
//   - every PC holds exactly what the 组织部 holds of its scope, field by field and stamp by stamp;
//   - every field ends with its latest write (so no tombstone comes back unless restored later);
//   - no write is lost without a conflict entry, and no entry is a false alarm;
// and at every step: a package's `seen` is what its records know, no package leaks another
// township's postings or any talk record, an incremental package leaves its receiver exactly as
// the full one would, a re-import changes nothing.
import fc from 'fast-check';
import { expect } from 'vitest';
import { sameFieldValue, isEmptyValue } from '@shared/sync/field-value';
import type { ConflictEntry } from '@shared/sync/merge';
import { emptyStats, ExchangeWorld, opsArbitrary, type Stats, type Write } from './exchange-world';

/** Random operations per run. */
const OPS = 80;

/** How a run of the property is set up. */
export interface PropertyOptions {
  runs: number;
  /** every `xlsx`-th package as real .xlsx bytes; every `cells`-th of the others as the codec's cells (1: all of them) */
  every: { xlsx: number; cells: number };
  /** fast-check's seed (default: random, printed on failure) */
  seed?: number;
  /** fast-check's path of a printed failure: with its seed, replays that counterexample only */
  path?: string;
}

/** Writes neither final, nor knowingly overwritten, nor named in a conflict entry (merge.property.test.ts, P3). */
function unreportedLosses(world: ExchangeWorld): Write[] {
  const hub = world.sites[0]!;
  const conflicts = world.allConflicts();
  const groups = world.writesByField();
  const memo = new Map<number, boolean>();
  const finalStamp = (w: Write) => {
    const [table, id] = w.key.split('/') as [never, string];
    return hub.table(table).get(id)?._clock[w.field];
  };
  const fine = (w: Write): boolean => {
    const known = memo.get(w.idx);
    if (known !== undefined) return known;
    memo.set(w.idx, false);
    const group = groups.get(`${w.key}/${w.field}`)!;
    const [, id] = w.key.split('/');
    const ok =
      finalStamp(w) === w.stamp ||
      group.some((o) => o.knew.has(w.idx)) ||
      conflicts.some((c) => c.recordId === id && c.field === w.field && c.lostStamp === w.stamp) ||
      group.some((o) => o.stamp > w.stamp && sameFieldValue(o.value, w.value) && fine(o));
    memo.set(w.idx, ok);
    return ok;
  };
  return world.writes.filter((w) => !fine(w));
}

/** Conflict entries whose kept write was made knowing the lost one (P4). */
function falseAlarms(world: ExchangeWorld): ConflictEntry[] {
  const byStamp = new Map(world.writes.map((w) => [`${w.key.split('/')[1]}/${w.field}/${w.stamp}`, w]));
  return world.allConflicts().filter((c) => {
    const lost = byStamp.get(`${c.recordId}/${c.field}/${c.lostStamp}`);
    const kept = byStamp.get(`${c.recordId}/${c.kind === 'deleteEdit' ? '_deleted' : c.field}/${c.keptStamp}`);
    if (!lost || !kept) return true;
    return kept.knew.has(lost.idx) || !sameFieldValue(c.lostValue, lost.value);
  });
}

/** Runs the property `runs` times; prints and returns the counts (runs, packages and how they travelled). */
export async function checkExchangeProperty({ runs: RUNS, every, seed, path }: PropertyOptions): Promise<Stats & { runs: number; withConflicts: number }> {
  const counter = { n: 0 };
  const worlds = fc.integer({ min: 3, max: 5 }).chain((sites) => fc.tuple(fc.constant(sites), opsArbitrary(sites, OPS)));
  const total = { runs: 0, ...emptyStats(), withConflicts: 0 };
  await fc.assert(
    fc.asyncProperty(worlds, async ([sites, ops]) => {
      const world = await (await (await new ExchangeWorld(sites, { ...every, counter }).setUp()).run(ops)).finalExchange();
      expect(world.problems).toEqual([]);
      expect(world.divergence()).toEqual([]);
      // Every field ends with its highest-stamped write (a tombstone stays unless restored later).
      const hub = world.sites[0]!;
      for (const writes of world.writesByField().values()) {
        const last = writes.reduce((a, b) => (b.stamp > a.stamp ? b : a));
        const [table, id] = last.key.split('/') as [never, string];
        const record = hub.table(table).get(id)!;
        expect(record._clock[last.field], `${last.key}.${last.field}`).toBe(last.stamp);
        expect(sameFieldValue(record[last.field], last.value) || (isEmptyValue(last.value) && isEmptyValue(record[last.field]))).toBe(true);
      }
      const lost = unreportedLosses(world);
      expect(lost.map(({ knew, ...w }) => ({ ...w, knew: knew.size }))).toEqual([]);
      expect(falseAlarms(world)).toEqual([]);
      total.runs++;
      for (const k of Object.keys(world.stats) as (keyof typeof world.stats)[]) total[k] += world.stats[k];
      if (world.allConflicts().length) total.withConflicts++;
    }),
    { numRuns: RUNS, ...(seed !== undefined ? { seed } : {}), ...(path ? { path, endOnFailure: true } : {}) },
  );
  console.log(
    `exchange property test: ${total.runs} runs, ${total.packages} packages (${total.viaXlsx} as real .xlsx bytes, ${total.viaCells} as cells through the codec, ${total.packages - total.viaXlsx - total.viaCells} as records in memory; ${total.incremental} incremental, ${total.scoped} scope-filtered, ` +
      `${total.lost} lost), ${total.refusedBase} refused for a missing base, ${total.refusedElsewhere} incremental packages refused on a PC they were not addressed to, ${total.otherScopeBase} continuing a package written for another scope, ${total.duplicates} re-imports, ${total.moves} postings or units moved, ${total.conflicts} conflict entries (in ${total.withConflicts} runs)`,
  );
  // The generator must produce the situations under test (a replay of one counterexample need not).
  if (path) return total;
  expect(total.viaXlsx).toBeGreaterThan(total.packages / every.xlsx / 2);
  expect(total.viaXlsx + total.viaCells).toBeGreaterThan((total.packages / every.cells) * 0.8);
  expect(total.incremental).toBeGreaterThan(RUNS);
  // the generator's coverage: some incremental packages arrive where they do not continue what the PC
  // holds (replayed to another PC, 5–16 in 200 runs, 84 in one run of 1,000; at its addressee the base
  // is always there, as the sender continues only a package the addressee confirmed). A random history
  // decides how many, so the floor sits well below the low tail (5 was seen once in 200).
  expect(total.refusedBase + total.refusedElsewhere).toBeGreaterThanOrEqual(Math.ceil(RUNS / 80));
  expect(total.withConflicts).toBeGreaterThan(RUNS / 5);
  expect(total.moves).toBeGreaterThan(RUNS / 2);
  return total;
}
