import fc from 'fast-check';
import { canonicalJson } from '@shared/sync/canonical-json';
import { HlcClock } from '@shared/sync/hlc';
import { mergeSeen, mergeTable, type ConflictEntry } from '@shared/sync/merge';
import type { Hlc, SeenVector, Stored } from '@shared/sync/record';
import { recordHlc, stampDelete, stampNew, stampPatch, stampRestore } from '@shared/sync/stamp';

/*
 * A small world of PCs for the merge property tests. Each site has a clock on a fake physical time
 * (with its own skew, which tests move backwards and forwards), one table, a knowledge vector and a
 * conflict log, and imports full-state packages exactly as the app does: mergeTable, then
 * mergeSeen, then clock.recv of the incoming stamps.
 *
 * Independently of the code under test, the world logs every field write (site, record, field,
 * stamp, value) and which writes each site had observed (causally: its own writes plus everything
 * in the causal past of every package it imported) when it made each write. The properties are
 * checked against that log, never against the merge's own notion of knowledge.
 */

export const SITE_IDS = ['a1a1a1a1a1a1a1a1', 'b2b2b2b2b2b2b2b2', 'c3c3c3c3c3c3c3c3'] as const;
export const FIELDS = ['name', 'phone', 'note'] as const;
export const TABLE = 'cadres';
const T0 = Date.UTC(2026, 0, 5, 1, 0, 0, 0);

/** What a write puts in a field: fresh text, a fresh nested object, or a clear (undefined / null). */
export type ValueSpec = 'text' | 'object' | 'clear' | 'null';

export type Op =
  | { t: 'create'; site: number; values: ValueSpec[] }
  | { t: 'edit'; site: number; pick: number; changes: Array<{ field: number; value: ValueSpec }> }
  | { t: 'delete'; site: number; pick: number }
  | { t: 'restore'; site: number; pick: number }
  | { t: 'sync'; from: number; to: number }
  | { t: 'replay'; to: number; pick: number }
  | { t: 'skew'; site: number; ms: number }
  | { t: 'wait'; ms: number };

type Rec = Stored<Record<string, unknown>>;

/** One field write, as the oracle knows it. */
export interface Write {
  idx: number;
  site: number;
  recordId: string;
  field: string;
  stamp: Hlc;
  value: unknown;
  /** writes the author had observed when making this one */
  knew: ReadonlySet<number>;
}

/** A full-state package plus, for the oracle only, the exporter's causal past. */
export interface Package {
  from: number;
  records: Rec[];
  seen: SeenVector;
  observed: ReadonlySet<number>;
}

class SimSite {
  readonly table = new Map<string, Rec>();
  readonly conflicts = new Map<string, ConflictEntry>();
  readonly observed = new Set<number>();
  readonly clock: HlcClock;
  seen: SeenVector = {};
  skew = 0;
  /** highest stamp among observed writes (checks the clock: every new stamp must exceed it) */
  maxObserved = '';

  constructor(
    readonly index: number,
    readonly siteId: string,
    world: World,
  ) {
    this.clock = new HlcClock(siteId, { now: () => world.time + this.skew });
  }
}

/** Recomputes the local derived field, as the renderer's repositories do after every write. */
function derive(r: Rec): Rec {
  return { ...r, _search: typeof r.name === 'string' ? r.name.toLowerCase() : '' };
}

export class World {
  time = T0;
  readonly sites: SimSite[];
  readonly writes: Write[] = [];
  readonly packages: Package[] = [];
  imports = 0;
  private nextRecord = 0;
  private nextValue = 0;

  constructor(readonly checkReimport = true) {
    this.sites = SITE_IDS.map((id, i) => new SimSite(i, id, this));
  }

  run(ops: readonly Op[]): this {
    for (const op of ops) this.apply(op);
    return this;
  }

  /** Everyone exports to everyone, twice. */
  finalExchange(): this {
    for (let round = 0; round < 2; round++) {
      for (const from of this.sites) for (const to of this.sites) if (from !== to) this.importInto(to, this.exportFrom(from));
    }
    return this;
  }

  apply(op: Op): void {
    switch (op.t) {
      case 'create': {
        const site = this.sites[op.site]!;
        const fields: Record<string, unknown> = {};
        op.values.forEach((spec, i) => (fields[FIELDS[i]!] = this.value(spec, site)));
        const id = `r${String(this.nextRecord++).padStart(3, '0')}`;
        const next = stampNew(fields, site.clock.send(), id);
        this.logLocal(site, next, Object.keys(next._clock));
        return;
      }
      case 'edit': {
        const site = this.sites[op.site]!;
        const prev = this.pick(site, false, op.pick);
        if (!prev) return;
        const patch: Record<string, unknown> = {};
        for (const c of op.changes) patch[FIELDS[c.field]!] = this.value(c.value, site);
        const { next, changed } = stampPatch(prev, patch, site.clock.send());
        this.logLocal(site, next, changed);
        return;
      }
      case 'delete':
      case 'restore': {
        const site = this.sites[op.site]!;
        const prev = this.pick(site, op.t === 'restore', op.pick);
        if (!prev) return;
        const stamp = site.clock.send();
        const next = op.t === 'delete' ? stampDelete(prev, stamp) : stampRestore(prev, stamp);
        if (next === prev) throw new Error('delete/restore of a record in the other state must write');
        this.logLocal(site, next, ['_deleted']);
        return;
      }
      case 'sync':
        if (op.from !== op.to) this.importInto(this.sites[op.to]!, this.exportFrom(this.sites[op.from]!));
        return;
      case 'replay':
        if (this.packages.length > 0) this.importInto(this.sites[op.to]!, this.packages[op.pick % this.packages.length]!);
        return;
      case 'skew':
        this.sites[op.site]!.skew += op.ms;
        return;
      case 'wait':
        this.time += op.ms;
        return;
    }
  }

  exportFrom(site: SimSite): Package {
    const pkg: Package = {
      from: site.index,
      records: [...site.table.values()].map((r) => structuredClone(r)),
      seen: { ...site.seen },
      observed: new Set(site.observed),
    };
    this.packages.push(pkg);
    return pkg;
  }

  importInto(site: SimSite, pkg: Package): void {
    this.imports++;
    const result = mergeTable(TABLE, site.table, pkg.records);
    const { created, updated, deleted, unchanged } = result.stats;
    // Records whose knowledge alone grew are stored but counted as unchanged.
    if (created + updated + deleted > result.upserts.length || created + updated + deleted + unchanged !== new Set(pkg.records.map((r) => r.id)).size) {
      throw new Error(`mergeTable stats do not add up: ${JSON.stringify(result.stats)}, ${result.upserts.length} upserts`);
    }
    for (const r of result.upserts) {
      if (r._hlc !== recordHlc(r)) throw new Error(`merged ${r.id}: _hlc ${r._hlc} is not the max of its clock`);
      site.table.set(r.id, derive(r));
    }
    for (const c of result.conflicts) site.conflicts.set(c.id, c);
    site.seen = mergeSeen(site.seen, pkg.seen);
    for (const r of pkg.records) site.clock.recv(r._hlc);
    for (const w of pkg.observed) {
      site.observed.add(w);
      if (this.writes[w]!.stamp > site.maxObserved) site.maxObserved = this.writes[w]!.stamp;
    }
    if (this.checkReimport) {
      // Importing the same package again changes nothing and reports nothing.
      const again = mergeTable(TABLE, site.table, pkg.records);
      if (again.upserts.length > 0 || again.conflicts.length > 0) {
        throw new Error(`re-import not a no-op: ${again.upserts.length} upserts, ${again.conflicts.length} conflicts`);
      }
    }
  }

  /** A canonical snapshot of one site's table (sorted by id). */
  snapshot(site: SimSite): string {
    return canonicalJson([...site.table.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
  }

  /** Writes grouped by `recordId/field`. */
  writesByField(): Map<string, Write[]> {
    const out = new Map<string, Write[]>();
    for (const w of this.writes) {
      const key = `${w.recordId}/${w.field}`;
      const list = out.get(key) ?? [];
      list.push(w);
      out.set(key, list);
    }
    return out;
  }

  /** Every conflict entry of every site. */
  allConflicts(): ConflictEntry[] {
    return this.sites.flatMap((s) => [...s.conflicts.values()]);
  }

  private value(spec: ValueSpec, site: SimSite): unknown {
    const n = this.nextValue++;
    switch (spec) {
      case 'text':
        return `v${n}@${site.index}`;
      case 'object':
        return { n, by: site.index, tags: [n % 3, 'x'] };
      case 'clear':
        return undefined;
      case 'null':
        return null;
    }
  }

  private pick(site: SimSite, deleted: boolean, pick: number): Rec | undefined {
    const candidates = [...site.table.values()].filter((r) => r._deleted === deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
    return candidates.length === 0 ? undefined : candidates[pick % candidates.length];
  }

  private logLocal(site: SimSite, next: Rec, changed: readonly string[]): void {
    if (changed.length === 0) return;
    const stamp = next._hlc;
    if (!(stamp > site.maxObserved)) throw new Error(`clock: new stamp ${stamp} not after observed ${site.maxObserved}`);
    const knew = new Set(site.observed);
    for (const field of changed) {
      const idx = this.writes.length;
      this.writes.push({ idx, site: site.index, recordId: next.id, field, stamp, value: next[field], knew });
      site.observed.add(idx);
    }
    site.maxObserved = stamp;
    site.table.set(next.id, derive(next));
    site.seen = mergeSeen(site.seen, { [site.siteId]: site.clock.last! });
  }
}

/** Random operation lists over three sites. */
export function opsArbitrary(maxLength: number): fc.Arbitrary<Op[]> {
  const site = fc.integer({ min: 0, max: SITE_IDS.length - 1 });
  const spec = fc.constantFrom<ValueSpec>('text', 'text', 'text', 'object', 'clear', 'null');
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ t: fc.constant('create' as const), site, values: fc.array(spec, { minLength: FIELDS.length, maxLength: FIELDS.length }) }) },
    {
      weight: 6,
      arbitrary: fc.record({
        t: fc.constant('edit' as const),
        site,
        pick: fc.nat(),
        changes: fc.array(fc.record({ field: fc.integer({ min: 0, max: FIELDS.length - 1 }), value: spec }), { minLength: 1, maxLength: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), site, pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('restore' as const), site, pick: fc.nat() }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('sync' as const), from: site, to: site }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('replay' as const), to: site, pick: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        t: fc.constant('skew' as const),
        site,
        ms: fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(-86_400_000, 3_600_000)),
      }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 20 }) }) },
  );
  return fc.array(op, { minLength: Math.min(10, maxLength), maxLength, size: 'max' });
}

/** Whether a conflict entry records `w` as the losing write. */
export function recordsLoss(c: ConflictEntry, w: Write): boolean {
  return c.recordId === w.recordId && c.field === w.field && c.lostStamp === w.stamp;
}
