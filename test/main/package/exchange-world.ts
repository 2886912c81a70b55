// A county of PCs exchanging packages, for the exchange property test (issue 11, "Done when"):
// a 组织部 (and sometimes a second one), townships and a 派出单位, each with its own records,
// clock and change counter, making random writes and exchanging full, incremental and
// scope-filtered packages in random order, with packages lost, delivered late and imported twice.
// Packages travel three ways: a fixed share as real .xlsx bytes (main's writer, the app's table
// reader, the decoder), a larger share as the same cells in memory (encoder and decoder without
// exceljs), the rest as the records themselves (the in-memory model: what the codec is proven to
// deliver unchanged). Exports and imports use the app's own pure functions (planOutgoing,
// checkIncoming, mergeTable).
//
// Independently of the code under test, the world logs every field write and which writes each
// PC had observed when it made each write; a package lets its receiver observe exactly the writes
// on the records it carries. The properties are checked against that log.
import fc from 'fast-check';
import { ENTITY_TABLES, TABLE_NAMES, keyedId, type TableName } from '@shared/domain/tables';
import { canonicalJson } from '@shared/sync/canonical-json';
import { checkIncoming } from '@shared/sync/exchange/incoming';
import { planOutgoing, type LocalRecord, type OutgoingBase } from '@shared/sync/exchange/outgoing';
import { HlcClock } from '@shared/sync/hlc';
import { mergeRecord, mergeTable, seenFromRecords, type ConflictEntry } from '@shared/sync/merge';
import { decodePackage, type PackageSheet } from '@shared/sync/package/decoder';
import { PackageEncoder, manifestRows, packageTables } from '@shared/sync/package/encoder';
import { LONG_SHEET, MANIFEST_SHEET, type Manifest, type PackageHeader, type PackageRef } from '@shared/sync/package/manifest';
import type { Hlc, Stored } from '@shared/sync/record';
import { scopeKey, scopeMembers, unitSubtree, type PackageScope } from '@shared/sync/scope';
import { stampDelete, stampNew, stampPatch, stampRestore } from '@shared/sync/stamp';
import { readPackage, SCHEMA_VERSION, writePackage } from './package-files';

/** The PCs of a world: a 组织部 first (the hub), then the others. */
export type Role = 'orgDept' | 'receiving' | 'dispatching';
interface SiteSpec {
  siteId: string;
  label: string;
  role: Role;
  unitId: string;
}
const ALL_SITES: SiteSpec[] = [
  { siteId: 'a0a0a0a0a0a0a0a0', label: '组织部', role: 'orgDept', unitId: 'u-org' },
  { siteId: 'b1b1b1b1b1b1b1b1', label: '城关镇', role: 'receiving', unitId: 'u-town1' },
  { siteId: 'c2c2c2c2c2c2c2c2', label: '讲治镇', role: 'receiving', unitId: 'u-town2' },
  { siteId: 'd3d3d3d3d3d3d3d3', label: '组织部二', role: 'orgDept', unitId: 'u-org' },
  { siteId: 'e4e4e4e4e4e4e4e4', label: '发改局', role: 'dispatching', unitId: 'u-bureau1' },
];

const UNITS = [
  { id: 'u-county', name: '开江县', parentId: null, level: 'county', kind: 'partyOrgan' },
  { id: 'u-org', name: '中共开江县委组织部', parentId: 'u-county', level: 'county', kind: 'partyOrgan' },
  { id: 'u-town1', name: '城关镇人民政府', parentId: 'u-county', level: 'township', kind: 'township' },
  { id: 'u-town1v', name: '城关镇东村', parentId: 'u-town1', level: 'village', kind: 'village' },
  { id: 'u-town2', name: '讲治镇人民政府', parentId: 'u-county', level: 'township', kind: 'township' },
  { id: 'u-bureau1', name: '开江县发展和改革局', parentId: 'u-county', level: 'county', kind: 'govOrgan' },
  { id: 'u-bureau2', name: '开江县财政局', parentId: 'u-county', level: 'county', kind: 'govOrgan' },
];
const RECEIVING = ['u-town1', 'u-town1v', 'u-town2'];
const DISPATCHING = ['u-bureau1', 'u-bureau2'];
const T0 = Date.UTC(2026, 10, 2, 1, 0, 0, 0);

/** Fields a write may change, per table, with the values it may write. */
const EDITS: Partial<Record<TableName, { field: string; values: readonly unknown[] }[]>> = {
  postings: [
    { field: 'secondedPost', values: ['副镇长', '党委委员', '挂职副镇长', '镇长助理'] },
    { field: 'remarks', values: ['表现良好', null, '已谈话', '请假较多'] },
    { field: 'liaisonLeader', values: ['王强', '陈明', null] },
  ],
  cadres: [
    { field: 'currentPost', values: ['办公室主任', '科长', '副局长'] },
    { field: 'remarks', values: ['后备干部', null, '档案已转'] },
  ],
  attendanceMonths: ['d02', 'd03', 'd04', 'd05'].map((field) => ({ field, values: ['present', 'officialOuting', 'leave', 'absent', null] })),
  logEntries: [
    { field: 'content', values: ['走访农户', '参加镇党委会议', '整理档案材料', '调研产业发展'] },
    { field: 'title', values: ['周一', null, '调研'] },
  ],
  talkRecords: [{ field: 'content', values: ['谈心谈话内容一', '提醒谈话内容二', null] }],
};
const EDIT_TABLES = Object.keys(EDITS) as TableName[];

export type Op =
  | { t: 'posting'; site: number; unit: number; bureau: number }
  | { t: 'child'; site: number; pick: number; kind: 'month' | 'log'; field: number; value: number }
  | { t: 'talk'; site: number; pick: number }
  | { t: 'edit'; site: number; table: number; pick: number; field: number; value: number }
  | { t: 'move'; site: number; pick: number; unit: number }
  | { t: 'reparent'; site: number; to: number }
  | { t: 'delete' | 'restore'; site: number; table: number; pick: number }
  | { t: 'send'; from: number; to: number; full: boolean; fate: 'deliver' | 'lose' | 'later' }
  | { t: 'late'; pick: number }
  | { t: 'replay'; to: number; pick: number }
  | { t: 'skew'; site: number; ms: number }
  | { t: 'wait'; ms: number };

type Rec = LocalRecord;

/** One field write, as the oracle knows it. */
export interface Write {
  idx: number;
  site: number;
  key: string;
  field: string;
  stamp: Hlc;
  value: unknown;
  knew: ReadonlySet<number>;
}

/** A package in flight. */
export interface Sent {
  from: number;
  to: number;
  manifest: Manifest;
  tables: Partial<Record<TableName, Stored<Record<string, unknown>>[]>>;
  counts: Record<string, number>;
  /** what a full package of the same scope would have carried, for the incremental = full check */
  full: Partial<Record<TableName, Rec[]>> | null;
  observed: ReadonlySet<number>;
  via: Transport;
}

/** How a package travels in the world. */
export type Transport = 'xlsx' | 'cells' | 'memory';

class Site {
  readonly tables = new Map<TableName, Map<string, Rec>>(TABLE_NAMES.map((t) => [t, new Map()]));
  readonly conflicts = new Map<string, ConflictEntry>();
  readonly observed = new Set<number>();
  readonly imported = new Map<string, { at: string; created: string; from: string }>();
  readonly exports = new Map<string, OutgoingBase>();
  /** per partner: the last package of ours it confirmed importing, and its latest own stamp */
  readonly acks = new Map<string, PackageRef>();
  readonly partnerClock = new Map<string, Hlc>();
  /** per source: the last package imported from it (what our packages confirm) */
  readonly lastImported = new Map<string, PackageRef>();
  readonly clock: HlcClock;
  seq = 0;
  skew = 0;

  constructor(
    readonly index: number,
    readonly spec: SiteSpec,
    world: ExchangeWorld,
  ) {
    this.clock = new HlcClock(spec.siteId, { now: () => world.time + this.skew });
  }

  table(t: TableName): Map<string, Rec> {
    return this.tables.get(t)!;
  }

  arrays(): Partial<Record<TableName, Rec[]>> {
    return Object.fromEntries([...this.tables].map(([t, m]) => [t, [...m.values()]]));
  }
}

/** What a run saw, for the generator checks and the printed counts. */
export interface Stats {
  packages: number;
  viaXlsx: number;
  viaCells: number;
  incremental: number;
  scoped: number;
  lost: number;
  refusedBase: number;
  /** incremental packages replayed to a PC they were not addressed to (refused) */
  refusedElsewhere: number;
  /** incremental packages continuing one written for another scope (the receiver imported a package not meant for it) */
  otherScopeBase: number;
  duplicates: number;
  conflicts: number;
  moves: number;
}

/** Counts of nothing yet. */
export function emptyStats(): Stats {
  return { packages: 0, viaXlsx: 0, viaCells: 0, incremental: 0, scoped: 0, lost: 0, refusedBase: 0, refusedElsewhere: 0, otherScopeBase: 0, duplicates: 0, conflicts: 0, moves: 0 };
}

export class ExchangeWorld {
  time = T0;
  readonly sites: Site[];
  readonly writes: Write[] = [];
  readonly inFlight: Sent[] = [];
  readonly sent: Sent[] = [];
  readonly stats: Stats = emptyStats();
  /** problems found on the way (a leak, a wrong seen, incremental ≠ full), reported by the test */
  readonly problems: string[] = [];
  private next = 0;

  /** `siteCount` PCs (3–5); every `every.xlsx`-th package goes through real .xlsx bytes, every `every.cells`-th of the others through the cells. */
  constructor(
    siteCount: number,
    private readonly every: { xlsx: number; cells: number; /** counts packages across worlds */ counter: { n: number } },
  ) {
    this.sites = ALL_SITES.slice(0, siteCount).map((spec, i) => new Site(i, spec, this));
    const hub = this.sites[0]!;
    for (const u of UNITS) {
      const { id, ...fields } = u;
      this.store(hub, 'units', stampNew(ENTITY_TABLES.units.schema.parse({ ...fields, isInCounty: true }) as object, hub.clock.send(), id) as Rec, null);
    }
  }

  /** The county's start: the 组织部 registers a few postings, every PC gets its package and answers with its own. */
  async setUp(): Promise<this> {
    for (const [unit, bureau] of [[0, 0], [1, 1], [2, 0], [2, 1]] as const) await this.apply({ t: 'posting', site: 0, unit, bureau });
    for (let s = 1; s < this.sites.length; s++) await this.deliver(await this.send(0, s, true));
    for (let s = 1; s < this.sites.length; s++) await this.deliver(await this.send(s, 0, true));
    return this;
  }

  async run(ops: readonly Op[]): Promise<this> {
    for (const op of ops) await this.apply(op);
    return this;
  }

  /** Everyone sends the hub a full package, the 组织部 PCs swap theirs, the hub sends everyone one; twice. */
  async finalExchange(): Promise<this> {
    const hub = 0;
    for (let round = 0; round < 2; round++) {
      for (let s = 1; s < this.sites.length; s++) await this.deliver(await this.send(s, hub, true));
      for (let s = 1; s < this.sites.length; s++) await this.deliver(await this.send(hub, s, true));
    }
    return this;
  }

  async apply(op: Op): Promise<void> {
    switch (op.t) {
      case 'posting': {
        const site = this.sites[op.site]!;
        if (site.spec.role !== 'orgDept') return;
        const n = this.next++;
        const cadreId = `c-${n}`;
        const stamp = site.clock.send();
        const cadre = ENTITY_TABLES.cadres.schema.parse({
          name: '李明',
          idCardNo: '34052419800101001X',
          sex: '1',
          birthDate: '1980-01-01',
          ethnicity: '01',
          politicalStatus: '01',
          workStartDate: '2002-07',
          staffCategory: 'civilServant',
          homeUnitId: DISPATCHING[op.bureau % 2]!,
          currentPost: '科员',
        });
        this.store(site, 'cadres', stampNew(cadre as object, stamp, cadreId) as Rec, null);
        const posting = ENTITY_TABLES.postings.schema.parse({
          cadreId,
          type: 'secondmentDown',
          direction: 'down',
          dispatchingUnitId: DISPATCHING[op.bureau % 2]!,
          originalPost: '科员',
          receivingUnitId: RECEIVING[op.unit % RECEIVING.length]!,
          secondedPost: '副镇长',
          startDate: '2026-03-01',
          termMonths: 24,
          plannedEndDate: '2028-02-29',
          status: 'active',
        });
        this.store(site, 'postings', stampNew(posting as object, stamp, `p-${n}`) as Rec, null);
        return;
      }
      case 'child': {
        const site = this.sites[op.site]!;
        const posting = this.pick(site, 'postings', false, op.pick);
        if (!posting) return;
        if (op.kind === 'month') {
          const id = keyedId('attendanceMonths', posting.id, '2026-11');
          const spec = EDITS.attendanceMonths![op.field % 4]!;
          const value = spec.values[op.value % spec.values.length];
          const prev = site.table('attendanceMonths').get(id);
          if (prev) this.patch(site, 'attendanceMonths', prev, { [spec.field]: value, _deleted: false });
          else this.store(site, 'attendanceMonths', stampNew(ENTITY_TABLES.attendanceMonths.schema.parse({ postingId: posting.id, month: '2026-11', [spec.field]: value }) as object, site.clock.send(), id) as Rec, null);
        } else {
          const entry = ENTITY_TABLES.logEntries.schema.parse({ postingId: posting.id, kind: 'daily', date: '2026-11-02', content: '走访农户', enteredBy: site.spec.label });
          this.store(site, 'logEntries', stampNew(entry as object, site.clock.send(), `l-${this.next++}`) as Rec, null);
        }
        return;
      }
      case 'talk': {
        const site = this.sites[op.site]!;
        const posting = this.pick(site, 'postings', false, op.pick);
        if (!posting || site.spec.role !== 'orgDept') return;
        const talk = ENTITY_TABLES.talkRecords.schema.parse({ cadreId: posting.cadreId, postingId: posting.id, kind: 'reminder', trigger: 'attendanceAnomaly', scheduledDate: '2026-11-10', talker: '张部长', recorder: '李干事', status: 'planned' });
        this.store(site, 'talkRecords', stampNew(talk as object, site.clock.send(), `t-${this.next++}`) as Rec, null);
        return;
      }
      case 'edit': {
        const site = this.sites[op.site]!;
        const table = EDIT_TABLES[op.table % EDIT_TABLES.length]!;
        if (table === 'talkRecords' && site.spec.role !== 'orgDept') return;
        const prev = this.pick(site, table, false, op.pick);
        if (!prev) return;
        const specs = EDITS[table]!;
        const spec = specs[op.field % specs.length]!;
        this.patch(site, table, prev, { [spec.field]: spec.values[op.value % spec.values.length] });
        return;
      }
      case 'move': {
        const site = this.sites[op.site]!;
        const prev = site.spec.role === 'orgDept' ? this.pick(site, 'postings', false, op.pick) : undefined;
        if (!prev) return;
        if (this.patch(site, 'postings', prev, { receivingUnitId: RECEIVING[op.unit % RECEIVING.length] })) this.stats.moves++;
        return;
      }
      case 'reparent': {
        const site = this.sites[op.site]!;
        const village = site.table('units').get('u-town1v');
        if (site.spec.role !== 'orgDept' || !village) return;
        if (this.patch(site, 'units', village, { parentId: op.to % 2 ? 'u-town2' : 'u-town1' })) this.stats.moves++;
        return;
      }
      case 'delete':
      case 'restore': {
        const site = this.sites[op.site]!;
        const table = EDIT_TABLES[op.table % EDIT_TABLES.length]!;
        if (table === 'talkRecords' && site.spec.role !== 'orgDept') return;
        const prev = this.pick(site, table, op.t === 'restore', op.pick);
        if (!prev) return;
        const stamp = site.clock.send();
        this.logWrites(site, table, op.t === 'delete' ? stampDelete(prev, stamp) : stampRestore(prev, stamp), ['_deleted']);
        return;
      }
      case 'send': {
        if (op.from === op.to || op.from >= this.sites.length || op.to >= this.sites.length) return;
        const sent = await this.send(op.from, op.to, op.full);
        if (op.fate === 'deliver') await this.deliver(sent);
        else if (op.fate === 'later') this.inFlight.push(sent);
        else this.stats.lost++;
        return;
      }
      case 'late': {
        if (this.inFlight.length === 0) return;
        await this.deliver(this.inFlight.splice(op.pick % this.inFlight.length, 1)[0]!);
        return;
      }
      case 'replay': {
        if (this.sent.length === 0 || op.to >= this.sites.length) return;
        const old = this.sent[op.pick % this.sent.length]!;
        await this.importInto(this.sites[op.to]!, old);
        return;
      }
      case 'skew':
        if (op.site < this.sites.length) this.sites[op.site]!.skew += op.ms;
        return;
      case 'wait':
        this.time += op.ms;
        return;
    }
  }

  /** What `from` may send `to`: a 组织部 PC by the receiver's role, any other PC its own scope. */
  scopeFor(from: Site, to: Site): PackageScope {
    if (from.spec.role === 'orgDept') {
      if (to.spec.role === 'orgDept') return { kind: 'all', restricted: true };
      return { kind: to.spec.role, unitId: to.spec.unitId };
    }
    return { kind: from.spec.role as 'receiving' | 'dispatching', unitId: from.spec.unitId };
  }

  async send(fromIndex: number, toIndex: number, full: boolean): Promise<Sent> {
    const from = this.sites[fromIndex]!;
    const to = this.sites[toIndex]!;
    const scope = this.scopeFor(from, to);
    const ack = from.acks.get(to.spec.siteId);
    const base = !full && ack ? (from.exports.get(ack.packageId) ?? null) : null;
    const clock = from.partnerClock.get(to.spec.siteId);
    const tables = from.arrays();
    const ownSite = from.spec.role === 'orgDept' ? {} : { ownSite: from.spec.siteId };
    const plan = planOutgoing({ scope, tables, base, partner: { siteId: to.spec.siteId, ...(clock ? { clock } : {}) }, ...ownSite });
    const fullPlan = base ? planOutgoing({ scope, tables, base: null, ...ownSite }).tables : null;
    const created = new Date(this.time + from.skew).toISOString();
    const header: PackageHeader = {
      packageId: crypto.randomUUID(),
      created,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      source: { siteId: from.spec.siteId, label: from.spec.label, role: from.spec.role, countyName: '开江县', unitId: from.spec.unitId, unitName: from.spec.label },
      target: { label: to.spec.label, siteId: to.spec.siteId, scope },
      base: base ? { packageId: base.packageId, created: base.created } : null,
      received: Object.fromEntries(from.lastImported),
      ...(from.clock.last ? { clock: from.clock.last } : {}),
      sampleSkipped: plan.sampleSkipped,
    };
    this.stats.packages++;
    if (base) this.stats.incremental++;
    if (base && scopeKey(base.scope) !== scopeKey(scope)) this.stats.otherScopeBase++;
    if (scope.kind !== 'all') this.stats.scoped++;
    const n = ++this.every.counter.n;
    const via: Transport = n % this.every.xlsx === 0 ? 'xlsx' : n % this.every.cells === 0 ? 'cells' : 'memory';
    const decoded = via === 'xlsx' ? await this.throughXlsx(header, plan.tables) : via === 'cells' ? this.throughCells(header, plan.tables) : this.inMemory(header, plan.tables);
    if (via === 'xlsx') this.stats.viaXlsx++;
    if (via === 'cells') this.stats.viaCells++;
    from.exports.set(header.packageId, { packageId: header.packageId, created, seq: from.seq, scope, snapshot: plan.snapshot });
    this.checkPackage(from, to, scope, decoded.manifest, decoded.tables);
    const carried = new Set(Object.entries(decoded.tables).flatMap(([t, rs]) => rs!.map((r) => `${t}/${r.id}`)));
    const observed = new Set([...from.observed].filter((w) => carried.has(this.writes[w]!.key)));
    const counts = Object.fromEntries(Object.entries(decoded.tables).map(([t, rs]) => [t, rs!.length]));
    const sent: Sent = { from: fromIndex, to: toIndex, manifest: decoded.manifest, tables: decoded.tables, counts, full: fullPlan, observed, via };
    this.sent.push(sent);
    return sent;
  }

  async deliver(sent: Sent): Promise<void> {
    await this.importInto(this.sites[sent.to]!, sent);
  }

  /** The import operation: check, merge every table, keep conflicts, advance the clock, log, note the acks. */
  async importInto(site: Site, sent: Sent): Promise<void> {
    const { manifest } = sent;
    const refusal = checkIncoming(manifest, sent.counts, {
      siteId: site.spec.siteId,
      role: site.spec.role,
      importedAt: (id) => site.imported.get(id)?.at,
    });
    if (refusal) {
      if (refusal.reason === 'base') this.stats.refusedBase++;
      if (refusal.reason === 'elsewhere') this.stats.refusedElsewhere++;
      if (refusal.reason === 'duplicate') {
        this.stats.duplicates++;
        // Importing it anyway would change nothing either.
        const again = this.mergeInto(structuredClone(site.tables), sent.tables);
        if (again.changed) this.problems.push(`re-import of ${manifest.packageId} would change ${again.changed} records`);
      }
      // A package for a 组织部 PC, replayed to a township, is refused for its talk records: right. Only
      // a package addressed to a township must never carry them.
      if (refusal.reason === 'restricted' && sent.to === site.index) this.problems.push(`a package with talk records was addressed to ${site.spec.label}`);
      return;
    }
    if (sent.full) {
      // Incremental = full: the receiver ends the same whichever of the two it imports.
      const viaFull = this.mergeInto(structuredClone(site.tables), sent.full as typeof sent.tables).tables;
      const viaIncr = this.mergeInto(structuredClone(site.tables), sent.tables).tables;
      if (snapshot(viaFull) !== snapshot(viaIncr)) this.problems.push(`incremental package ${manifest.packageId} from ${manifest.source.label} to ${site.spec.label} differs from the full one`);
    }
    const result = this.mergeInto(site.tables, sent.tables, ++site.seq);
    for (const c of result.conflicts) site.conflicts.set(c.id, c);
    this.stats.conflicts += result.conflicts.length;
    if (result.maxStamp) site.clock.recv(result.maxStamp);
    for (const w of sent.observed) site.observed.add(w);
    const at = new Date(this.time).toISOString();
    site.imported.set(manifest.packageId, { at, created: manifest.created, from: manifest.source.siteId });
    const source = manifest.source.siteId;
    const prev = site.lastImported.get(source);
    if (!prev || prev.created < manifest.created) site.lastImported.set(source, { packageId: manifest.packageId, created: manifest.created });
    const ack = manifest.received[site.spec.siteId];
    const known = site.acks.get(source);
    if (ack && (!known || known.created < ack.created)) site.acks.set(source, ack);
    const theirs = manifest.seen[source];
    const clock = site.partnerClock.get(source);
    if (theirs && (!clock || clock < theirs)) site.partnerClock.set(source, theirs);
  }

  /** Merges a package's tables into `tables` (stamping `_seq`); what changed, the conflicts, the latest stamp. */
  private mergeInto(tables: Map<TableName, Map<string, Rec>>, incoming: Sent['tables'], seq = 0) {
    const conflicts: ConflictEntry[] = [];
    let changed = 0;
    let maxStamp = '';
    for (const t of TABLE_NAMES) {
      const rows = incoming[t];
      if (!rows?.length) continue;
      const local = tables.get(t)!;
      const result = mergeTable(t, local, rows);
      for (const r of result.upserts) local.set(r.id, { ...r, _seq: seq });
      changed += result.upserts.length;
      conflicts.push(...result.conflicts);
      for (const r of rows) if (r._hlc > maxStamp) maxStamp = r._hlc;
    }
    return { tables, conflicts, changed, maxStamp };
  }

  /** The package as real .xlsx bytes, read back by the app's reader. */
  private async throughXlsx(header: PackageHeader, tables: Partial<Record<TableName, Rec[]>>) {
    const { bytes } = await writePackage(header, tables as Record<string, Stored<object>[]>);
    return readPackage(bytes, this.time + 60_000);
  }

  /** The same cells in memory: the encoder's rows as sheets, then the decoder. */
  private throughCells(header: PackageHeader, tables: Partial<Record<TableName, Rec[]>>) {
    const specs = packageTables(header);
    const encoder = new PackageEncoder(header, specs);
    const sheets: PackageSheet[] = specs.map((s) => ({ name: s.sheet, rows: [s.columns.map((c) => c.label), ...encoder.rows(s.name, tables[s.name as TableName] ?? [])] }));
    sheets.push({ name: LONG_SHEET, rows: [['编号', '段', '内容'], ...encoder.long()] });
    sheets.push({ name: MANIFEST_SHEET, rows: manifestRows(encoder.manifest()) });
    return decodePackage(sheets, { schemaVersion: SCHEMA_VERSION, now: this.time + 60_000 });
  }

  /** The records themselves, as the codec delivers them (no local fields), with the manifest's entries the import reads. */
  private inMemory(header: PackageHeader, tables: Partial<Record<TableName, Rec[]>>) {
    const wire = Object.fromEntries(Object.entries(tables).map(([t, rs]) => [t, rs!.map((r) => mergeRecord(undefined, structuredClone(r), { table: t }).record)])) as Sent['tables'];
    const manifest = { ...header, seen: seenFromRecords(Object.values(wire).flat() as Rec[]) } as Manifest;
    return { manifest, tables: wire };
  }

  /** What a package must never do, checked at each export independently of the scope code. */
  private checkPackage(from: Site, to: Site, scope: PackageScope, manifest: Manifest, tables: Sent['tables']): void {
    const records = Object.values(tables).flat() as Rec[];
    if (canonicalJson(manifest.seen) !== canonicalJson(seenFromRecords(records))) this.problems.push(`package seen ${canonicalJson(manifest.seen)} is not what its records know`);
    if (to.spec.role !== 'orgDept' && (tables.talkRecords?.length ?? 0) > 0) this.problems.push(`talk records sent to ${to.spec.label}`);
    if (scope.kind === 'receiving' && from.spec.role === 'orgDept') {
      const parents = new Map([...from.table('units').values()].map((u) => [u.id, (u.parentId as string | null) ?? undefined]));
      const mine = unitSubtree(parents, scope.unitId);
      for (const p of tables.postings ?? []) if (!mine.has(p.receivingUnitId as string)) this.problems.push(`posting ${p.id} of another township sent to ${to.spec.label}`);
    }
  }

  private pick(site: Site, table: TableName, deleted: boolean, pick: number): Rec | undefined {
    const candidates = [...site.table(table).values()].filter((r) => r._deleted === deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
    return candidates.length ? candidates[pick % candidates.length] : undefined;
  }

  private patch(site: Site, table: TableName, prev: Rec, patch: Record<string, unknown>): boolean {
    const { next, changed } = stampPatch(prev, patch, site.clock.send());
    this.logWrites(site, table, next as Rec, changed);
    return changed.length > 0;
  }

  private store(site: Site, table: TableName, record: Rec, changed: readonly string[] | null): void {
    this.logWrites(site, table, record, changed ?? Object.keys(record._clock));
  }

  private logWrites(site: Site, table: TableName, next: Rec, changed: readonly string[]): void {
    if (changed.length === 0) return;
    const knew = new Set(site.observed);
    const key = `${table}/${next.id}`;
    for (const field of changed) {
      const idx = this.writes.length;
      this.writes.push({ idx, site: site.index, key, field, stamp: next._hlc, value: next[field], knew });
      site.observed.add(idx);
    }
    site.table(table).set(next.id, { ...next, _seq: ++site.seq });
  }

  // ---- final checks ----------------------------------------------------------------------

  /** Records of `site` as compared across PCs: domain fields, delete flag and clock (no local fields, no knowledge). */
  static comparable(r: Rec): unknown {
    return Object.fromEntries(Object.entries(r).filter(([k]) => k === 'id' || k === '_deleted' || k === '_clock' || !k.startsWith('_')));
  }

  /** Differences between the records each PC holds in its scope and the hub's (empty when converged). */
  divergence(): string[] {
    const hub = this.sites[0]!;
    const out: string[] = [];
    for (const site of this.sites.slice(1)) {
      const scope: PackageScope = site.spec.role === 'orgDept' ? { kind: 'all', restricted: true } : { kind: site.spec.role, unitId: site.spec.unitId };
      const members = scopeMembers(scope, hub.arrays());
      for (const t of TABLE_NAMES) {
        for (const r of hub.table(t).values()) {
          if (!members.has(t, r)) continue;
          const mine = site.table(t).get(r.id);
          if (!mine) out.push(`${site.spec.label} lacks ${t}/${r.id}`);
          else if (canonicalJson(ExchangeWorld.comparable(mine)) !== canonicalJson(ExchangeWorld.comparable(r))) out.push(`${site.spec.label} differs on ${t}/${r.id}`);
        }
        if (site.spec.role !== 'orgDept' && t === 'talkRecords' && site.table(t).size > 0) out.push(`${site.spec.label} holds talk records`);
      }
    }
    return out;
  }

  /** Every conflict entry of every PC. */
  allConflicts(): ConflictEntry[] {
    return this.sites.flatMap((s) => [...s.conflicts.values()]);
  }

  /** Writes grouped by record and field. */
  writesByField(): Map<string, Write[]> {
    const out = new Map<string, Write[]>();
    for (const w of this.writes) {
      const key = `${w.key}/${w.field}`;
      out.set(key, [...(out.get(key) ?? []), w]);
    }
    return out;
  }
}

/** A canonical snapshot of tables (records sorted by id, local fields but `_seq` kept). */
function snapshot(tables: Map<TableName, Map<string, Rec>>): string {
  return canonicalJson(
    [...tables].map(([t, m]) => [
      t,
      [...m.values()]
        .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== '_seq')))
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)),
    ]),
  );
}

/** Random operation lists over `sites` PCs. */
export function opsArbitrary(sites: number, maxLength: number): fc.Arbitrary<Op[]> {
  const site = fc.integer({ min: 0, max: sites - 1 });
  const nat = fc.nat({ max: 1000 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ t: fc.constant('posting' as const), site, unit: nat, bureau: nat }) },
    { weight: 6, arbitrary: fc.record({ t: fc.constant('child' as const), site, pick: nat, kind: fc.constantFrom('month' as const, 'month' as const, 'log' as const), field: nat, value: nat }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('talk' as const), site, pick: nat }) },
    { weight: 12, arbitrary: fc.record({ t: fc.constant('edit' as const), site, table: nat, pick: nat, field: nat, value: nat }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('move' as const), site, pick: nat, unit: nat }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('reparent' as const), site, to: nat }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constantFrom('delete' as const, 'restore' as const), site, table: nat, pick: nat }) },
    { weight: 9, arbitrary: fc.record({ t: fc.constant('send' as const), from: site, to: site, full: fc.integer({ min: 0, max: 9 }).map((n) => n < 2), fate: fc.constantFrom('deliver' as const, 'deliver' as const, 'deliver' as const, 'lose' as const, 'later' as const) }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('late' as const), pick: nat }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('replay' as const), to: site, pick: nat }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('skew' as const), site, ms: fc.integer({ min: -5000, max: 5000 }) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 50 }) }) },
  );
  return fc.array(op, { minLength: Math.min(40, maxLength), maxLength, size: 'max' });
}
