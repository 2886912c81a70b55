import type { Hlc } from './record';

/**
 * Hybrid logical clock (ARCHITECTURE §3).
 *
 * A stamp is the string `YYYY-MM-DDTHH:mm:ss.sssZ-cccc-ssssssssssssssss`: the ISO time in UTC
 * millis, a 4-hex counter and the 16-hex site id. Every part has a fixed width (the time is limited
 * to the years 1970–9999), so plain string comparison is the clock order: time first, then counter,
 * then site id (which makes stamps from different sites unique and totally ordered).
 *
 * Invariants the clock keeps:
 * - every stamp `send()` returns is strictly greater than every stamp this clock returned or
 *   received before, whatever the physical clock does (it may stand still or go backwards);
 * - after `recv(remote)`, the next `send()` is greater than `remote`, so a local write made after
 *   merging a package always sorts after what it merged (a knowing overwrite wins);
 * - drift is never an error: a remote clock far in the future is adopted (otherwise its writes
 *   could never be overwritten here) and the largest lead is reported in `maxDriftMs`.
 */

/** Highest counter value; one more bumps the time by one millisecond. */
const MAX_COUNTER = 0xffff;
/** 9999-12-31T23:59:59.999Z, the last instant with a 4-digit year. */
const MAX_MILLIS = 253_402_300_799_999;

const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const SITE_ID_PATTERN = /^[0-9a-f]{16}$/;

/** The three parts of a stamp. */
export interface HlcParts {
  millis: number;
  counter: number;
  siteId: string;
}

/** A new random site id: 16 lower-case hex digits (64 random bits). */
export function newSiteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Whether `s` is a site id (16 lower-case hex digits). */
export function isSiteId(s: unknown): s is string {
  return typeof s === 'string' && SITE_ID_PATTERN.test(s);
}

/** Formats stamp parts; throws a RangeError when a part is out of range. */
export function formatHlc(parts: HlcParts): Hlc {
  const { millis, counter, siteId } = parts;
  if (!Number.isInteger(millis) || millis < 0 || millis > MAX_MILLIS) {
    throw new RangeError(`HLC time out of range (1970–9999): ${millis}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError(`HLC counter out of range (0–ffff): ${counter}`);
  }
  if (!isSiteId(siteId)) throw new RangeError(`HLC site id must be 16 lower-case hex digits: ${JSON.stringify(siteId)}`);
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${siteId}`;
}

/** Splits a stamp into its parts; throws an Error naming the bad stamp when it is malformed. */
export function parseHlc(s: Hlc): HlcParts {
  const m = typeof s === 'string' ? HLC_PATTERN.exec(s) : null;
  if (!m) throw new Error(`Malformed HLC stamp: ${JSON.stringify(s)} (expected e.g. 2026-11-21T05:00:00.000Z-0000-0123456789abcdef)`);
  const iso = m[1]!;
  const millis = Date.parse(iso);
  // Date.parse accepts some impossible dates (2026-02-30); the round trip rejects them.
  if (!Number.isFinite(millis) || millis < 0 || new Date(millis).toISOString() !== iso) {
    throw new Error(`Malformed HLC stamp: ${JSON.stringify(s)} (invalid time ${iso})`);
  }
  return { millis, counter: parseInt(m[2]!, 16), siteId: m[3]! };
}

/** Whether `s` is a well-formed stamp. */
export function isHlc(s: unknown): s is Hlc {
  if (typeof s !== 'string' || !HLC_PATTERN.test(s)) return false;
  try {
    parseHlc(s);
    return true;
  } catch {
    return false;
  }
}

/** Orders two stamps (plain string order, which is the clock order). */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two optional stamps; undefined only when both are. */
export function maxHlc(a?: Hlc, b?: Hlc): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** The site id part of a stamp (no validation; stamps are validated where they enter the app). */
export function siteOfHlc(stamp: Hlc): string {
  return stamp.slice(-16);
}

/** This PC's clock. Persist `last` with every write and pass it back to the constructor. */
export class HlcClock {
  private lastParts: { millis: number; counter: number } | undefined;
  private lastStamp: Hlc | undefined;
  private drift = 0;
  private readonly now: () => number;

  /** `now` defaults to Date.now; `last` is the clock's last stamp as persisted. */
  constructor(
    readonly siteId: string,
    opts: { now?: () => number; last?: Hlc } = {},
  ) {
    if (!isSiteId(siteId)) throw new Error(`HlcClock: site id must be 16 lower-case hex digits, got ${JSON.stringify(siteId)}`);
    this.now = opts.now ?? Date.now;
    if (opts.last !== undefined) {
      const p = parseHlc(opts.last);
      this.set(p.millis, p.counter);
    }
  }

  /** A new stamp for a local write, strictly greater than every stamp sent or received before. */
  send(): Hlc {
    const now = this.physical();
    const last = this.lastParts;
    if (!last || now > last.millis) return this.set(now, 0);
    return this.set(last.millis, last.counter + 1);
  }

  /**
   * Advances the clock past a stamp merged from another PC. Never throws on drift: a remote time
   * ahead of ours is adopted and its lead recorded in `maxDriftMs`. Throws only on a malformed stamp.
   */
  recv(remote: Hlc): void {
    const r = parseHlc(remote);
    const now = this.physical();
    if (r.millis - now > this.drift) this.drift = r.millis - now;
    const last = this.lastParts;
    const lastMillis = last ? last.millis : -1;
    const millis = Math.max(now, lastMillis, r.millis);
    let counter: number;
    if (millis === lastMillis && millis === r.millis) counter = Math.max(last!.counter, r.counter) + 1;
    else if (millis === lastMillis) counter = last!.counter + 1;
    else if (millis === r.millis) counter = r.counter + 1;
    else counter = 0;
    this.set(millis, counter);
  }

  /** The last stamp sent or received (what to persist), undefined for a fresh clock. */
  get last(): Hlc | undefined {
    return this.lastStamp;
  }

  /**
   * The largest lead of a received stamp's time over our physical time, in ms (0 when no remote was
   * ahead). For the import preview: "对方电脑时间比本机快 N 分钟".
   */
  get maxDriftMs(): number {
    return this.drift;
  }

  private physical(): number {
    const t = this.now();
    if (!Number.isFinite(t)) throw new Error(`HlcClock: physical clock returned ${t}`);
    return Math.max(0, Math.floor(t));
  }

  /** Stores the new state; counter overflow moves to the next millisecond. */
  private set(millis: number, counter: number): Hlc {
    if (counter > MAX_COUNTER) {
      millis += 1;
      counter = 0;
    }
    const stamp = formatHlc({ millis, counter, siteId: this.siteId });
    this.lastParts = { millis, counter };
    this.lastStamp = stamp;
    return stamp;
  }
}
