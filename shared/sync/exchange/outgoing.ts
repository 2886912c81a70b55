import { TABLE_NAMES, type TableName } from '../../domain/tables';
import { isSampleRecord } from '../../sample/sample-removal';
import { siteOfHlc } from '../hlc';
import { recordKnowledge } from '../knowledge';
import type { Hlc, Stored } from '../record';
import { scopeCarries, scopeMembers, type PackageScope, type ScopedRecord, type ScopeMembers, type ScopeSnapshot } from '../scope';

/*
 * What an outgoing package carries (issue 11 items 2 and 3), a pure function of this PC's records
 * and what it knows of the partner. The app's export operation and the exchange property test both
 * call it.
 *
 * Full package: every record of the scope. Incremental package, continuing an earlier package B of
 * this PC that the partner has confirmed importing (its packages name the last package they
 * imported from each PC): the records of the scope that changed here since B was written (every
 * write here, local or merged from any package, gives a record the next value of this PC's local
 * change counter, `_seq`), the records that entered the scope since B (B remembers the scope's
 * postings and shared records), minus the records that hold nothing but the partner's own writes
 * up to the partner's clock (a PC holds every write it made; this saves sending the partner's data
 * back to it).
 *
 * A township or 派出单位 PC also sends every record that holds a write of its own, even if the
 * record has left its scope since (a posting moved to another township after this PC recorded its
 * attendance or deleted it): otherwise that write would stay on this PC forever.
 *
 * WHY AN INCREMENTAL PACKAGE LOSES NOTHING (the property test checks "incremental = full" at every
 * import): the receiver refuses a package whose base it has not imported, so it holds B and, by the
 * same rule for B, everything B continued. A record of the scope left out is either unchanged here
 * since B and in B's scope — the receiver merged this very copy (or a later one) then — or it holds
 * only the receiver's own writes, which the receiver has. Merging it again would change nothing.
 * B may have been written for another scope than this package's (the receiver imported a package
 * meant for a township, and confirmed it): what "entered" means is measured against B's scope and
 * snapshot, whatever this package's scope (outgoing.test.ts checks it for every pair of scopes).
 */

/** An earlier package of this PC, as an incremental package continues it. */
export interface OutgoingBase {
  packageId: string;
  created: string;
  fileName?: string;
  /** this PC's change counter when the package was written */
  seq: number;
  scope: PackageScope;
  snapshot: ScopeSnapshot;
}

/** A record as this PC stores it: synced fields plus local ones (`_seq`, `_sample`). */
export type LocalRecord = Stored<Record<string, unknown>> & { _seq?: number; _sample?: unknown };

/** What an outgoing package will carry. */
export interface OutgoingPlan {
  /** records per carried table, in dependency order */
  tables: Partial<Record<TableName, LocalRecord[]>>;
  /** what the export log remembers for the next incremental package */
  snapshot: ScopeSnapshot;
  /** records of sample data left out */
  sampleSkipped: number;
}

/** Whether a record holds nothing but writes of `site` up to `clock` (that PC has it). */
function onlyTheirs(record: LocalRecord, site: string, clock: Hlc): boolean {
  for (const stamp of Object.values(recordKnowledge(record))) if (siteOfHlc(stamp) !== site || stamp > clock) return false;
  return true;
}

/** Who an outgoing package is for and what it continues. */
export interface OutgoingTarget {
  scope: PackageScope;
  base: OutgoingBase | null;
  /** the partner PC and the latest stamp of its own it has told us about */
  partner?: { siteId: string; clock?: Hlc };
  /** this PC, when it sends its own scope: records holding its own writes go too */
  ownSite?: string;
}

/** Picks, table by table, the records a package carries (see above); counts the sample records left out. */
export interface OutgoingPicker {
  /** The records of `table` the package carries (none when the scope does not carry the table). */
  pick(table: TableName, rows: readonly LocalRecord[]): LocalRecord[];
  readonly sampleSkipped: number;
}

function picker(target: OutgoingTarget, members: ScopeMembers): OutgoingPicker {
  const { base, partner, ownSite } = target;
  const mine = (r: LocalRecord) => ownSite !== undefined && recordKnowledge(r)[ownSite] !== undefined;
  let sampleSkipped = 0;
  return {
    get sampleSkipped() {
      return sampleSkipped;
    },
    pick(t, rows) {
      if (!scopeCarries(target.scope, t)) return [];
      return rows.filter((r) => {
        if (isSampleRecord(r)) {
          sampleSkipped++;
          return false;
        }
        const member = members.has(t, r);
        if (!member && !mine(r)) return false;
        if (!base) return true;
        if ((r._seq ?? 0) <= base.seq && !(member && members.entered(t, r, base))) return false;
        return !(partner?.clock && onlyTheirs(r, partner.siteId, partner.clock));
      });
    },
  };
}

/** Whether `target`'s records can be picked table by table as they arrive (outgoingPicker). */
export function pickableAsRead(target: OutgoingTarget): target is OutgoingTarget & { scope: Extract<PackageScope, { kind: 'all' }> } {
  return target.scope.kind === 'all' && (target.base === null || target.base.snapshot === null);
}

/**
 * Picks the records of a package of everything as the tables arrive (`pickableAsRead`): its members
 * need no other table, so an export sends one table while the next is being read. Any other scope,
 * and a package of everything continuing one of a township's (which records entered since depends
 * on their parents), is worked out from all the records together (planOutgoing).
 */
export function outgoingPicker(target: OutgoingTarget & { scope: Extract<PackageScope, { kind: 'all' }> }): OutgoingPicker {
  if (!pickableAsRead(target)) throw new Error('outgoingPicker: this package needs every table at once (planOutgoing)');
  return picker(target, scopeMembers(target.scope, {}));
}

/**
 * The records of a package for `scope`: all of them (`base` null), or only what the partner may not
 * have (see above). `tables` must hold every record of this PC, tombstones included.
 */
export function planOutgoing(input: OutgoingTarget & { tables: Partial<Record<TableName, readonly LocalRecord[]>> }): OutgoingPlan {
  const real: Partial<Record<TableName, LocalRecord[]>> = {};
  for (const t of TABLE_NAMES) real[t] = (input.tables[t] ?? []).filter((r) => !isSampleRecord(r));
  const members = scopeMembers(input.scope, real as Partial<Record<TableName, readonly ScopedRecord[]>>);
  const pick = picker(input, members);
  const tables: OutgoingPlan['tables'] = {};
  for (const t of TABLE_NAMES) if (scopeCarries(input.scope, t)) tables[t] = pick.pick(t, input.tables[t] ?? []);
  return { tables, snapshot: members.snapshot(), sampleSkipped: pick.sampleSkipped };
}
