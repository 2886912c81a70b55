import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcClock, compareHlc, formatHlc, isHlc, isSiteId, maxHlc, newSiteId, parseHlc, siteOfHlc } from '@shared/sync/hlc';

const SITE = '0123456789abcdef';
const OTHER = 'fedcba9876543210';
const T0 = Date.UTC(2026, 10, 21, 5, 0, 0, 0);

/** A clock whose physical time the test moves by hand. */
function fakeClock(siteId = SITE, start = T0, last?: string) {
  const time = { now: start };
  const clock = new HlcClock(siteId, { now: () => time.now, ...(last ? { last } : {}) });
  return { clock, time };
}

describe('site ids', () => {
  it('are 16 lower-case hex digits and random', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newSiteId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('isSiteId accepts only that shape', () => {
    expect(isSiteId(SITE)).toBe(true);
    expect(isSiteId('0123456789ABCDEF')).toBe(false);
    expect(isSiteId('0123456789abcde')).toBe(false);
    expect(isSiteId('0123456789abcdef0')).toBe(false);
    expect(isSiteId(42)).toBe(false);
  });
});

describe('format and parse', () => {
  it('formats the documented example', () => {
    expect(formatHlc({ millis: T0, counter: 0, siteId: SITE })).toBe('2026-11-21T05:00:00.000Z-0000-0123456789abcdef');
    expect(formatHlc({ millis: T0 + 7, counter: 0x1a2b, siteId: SITE })).toBe('2026-11-21T05:00:00.007Z-1a2b-0123456789abcdef');
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), fc.integer({ min: 0, max: 0xffff }), (millis, counter) => {
        const s = formatHlc({ millis, counter, siteId: OTHER });
        expect(parseHlc(s)).toEqual({ millis, counter, siteId: OTHER });
        expect(isHlc(s)).toBe(true);
        expect(siteOfHlc(s)).toBe(OTHER);
      }),
    );
  });

  it('string order is (time, counter, site) order', () => {
    const parts = fc.record({
      millis: fc.integer({ min: 0, max: 253_402_300_799_999 }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      siteId: fc.constantFrom(SITE, OTHER, '0000000000000000', 'ffffffffffffffff'),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const tuple = a.millis !== b.millis ? Math.sign(a.millis - b.millis) : a.counter !== b.counter ? Math.sign(a.counter - b.counter) : a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0;
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(tuple);
      }),
    );
  });

  it('refuses malformed stamps with a message naming them', () => {
    const bad = [
      '',
      'nonsense',
      '2026-11-21T05:00:00.000Z-0000-0123456789ABCDEF',
      '2026-11-21T05:00:00.000Z-000-0123456789abcdef',
      '2026-11-21T05:00:00Z-0000-0123456789abcdef',
      '2026-02-30T05:00:00.000Z-0000-0123456789abcdef',
      '2026-11-21T25:00:00.000Z-0000-0123456789abcdef',
      ' 2026-11-21T05:00:00.000Z-0000-0123456789abcdef',
    ];
    for (const s of bad) {
      expect(isHlc(s)).toBe(false);
      expect(() => parseHlc(s)).toThrow(/Malformed HLC stamp/);
    }
    expect(isHlc(undefined)).toBe(false);
    expect(() => formatHlc({ millis: -1, counter: 0, siteId: SITE })).toThrow(RangeError);
    expect(() => formatHlc({ millis: T0, counter: 0x10000, siteId: SITE })).toThrow(RangeError);
    expect(() => formatHlc({ millis: T0, counter: 0, siteId: 'xyz' })).toThrow(RangeError);
  });

  it('maxHlc and compareHlc', () => {
    const a = formatHlc({ millis: T0, counter: 1, siteId: SITE });
    const b = formatHlc({ millis: T0, counter: 2, siteId: SITE });
    expect(compareHlc(a, b)).toBe(-1);
    expect(compareHlc(b, a)).toBe(1);
    expect(compareHlc(a, a)).toBe(0);
    expect(maxHlc(a, b)).toBe(b);
    expect(maxHlc(b, a)).toBe(b);
    expect(maxHlc(undefined, a)).toBe(a);
    expect(maxHlc(a, undefined)).toBe(a);
    expect(maxHlc()).toBeUndefined();
  });
});

describe('HlcClock', () => {
  it('uses physical time and counts within one millisecond', () => {
    const { clock, time } = fakeClock();
    expect(clock.last).toBeUndefined();
    expect(clock.send()).toBe(formatHlc({ millis: T0, counter: 0, siteId: SITE }));
    expect(clock.send()).toBe(formatHlc({ millis: T0, counter: 1, siteId: SITE }));
    time.now += 5;
    const s = clock.send();
    expect(s).toBe(formatHlc({ millis: T0 + 5, counter: 0, siteId: SITE }));
    expect(clock.last).toBe(s);
  });

  it('stays strictly increasing when the physical clock goes backwards or stands still', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000, max: 100 }), { minLength: 1, maxLength: 200 }), (steps) => {
        const { clock, time } = fakeClock();
        let prev = clock.send();
        for (const step of steps) {
          time.now += step;
          const next = clock.send();
          expect(next > prev).toBe(true);
          prev = next;
        }
      }),
    );
  });

  it('moves to the next millisecond when the counter overflows', () => {
    const last = formatHlc({ millis: T0, counter: 0xffff, siteId: SITE });
    const { clock } = fakeClock(SITE, T0 - 1000, last);
    expect(clock.send()).toBe(formatHlc({ millis: T0 + 1, counter: 0, siteId: SITE }));
  });

  it('continues after a persisted last stamp even if the physical clock is behind it', () => {
    const last = formatHlc({ millis: T0 + 60_000, counter: 3, siteId: SITE });
    const { clock } = fakeClock(SITE, T0, last);
    expect(clock.last).toBe(last);
    expect(clock.send()).toBe(formatHlc({ millis: T0 + 60_000, counter: 4, siteId: SITE }));
  });

  it('recv of a far-future stamp does not throw, reports the drift and sends after it', () => {
    const { clock, time } = fakeClock();
    clock.send();
    const ahead = 3 * 60 * 60_000;
    const remote = formatHlc({ millis: T0 + ahead, counter: 7, siteId: OTHER });
    expect(() => clock.recv(remote)).not.toThrow();
    expect(clock.maxDriftMs).toBe(ahead);
    expect(clock.last).toBe(formatHlc({ millis: T0 + ahead, counter: 8, siteId: SITE }));
    time.now += 1000;
    const next = clock.send();
    expect(next > remote).toBe(true);
    // a smaller lead later does not lower the reported maximum
    clock.recv(formatHlc({ millis: T0 + 1000 + 60_000, counter: 0, siteId: OTHER }));
    expect(clock.maxDriftMs).toBe(ahead);
  });

  it('recv of an older stamp keeps the clock and reports no drift', () => {
    const { clock } = fakeClock();
    const mine = clock.send();
    clock.recv(formatHlc({ millis: T0 - 5000, counter: 9, siteId: OTHER }));
    expect(clock.maxDriftMs).toBe(0);
    expect(clock.last).toBe(formatHlc({ millis: T0, counter: 1, siteId: SITE }));
    expect(clock.send() > mine).toBe(true);
  });

  it('recv at the same millisecond takes the larger counter plus one', () => {
    const { clock } = fakeClock();
    clock.send(); // counter 0
    clock.recv(formatHlc({ millis: T0, counter: 0x20, siteId: OTHER }));
    expect(clock.last).toBe(formatHlc({ millis: T0, counter: 0x21, siteId: SITE }));
    clock.recv(formatHlc({ millis: T0, counter: 0x05, siteId: OTHER }));
    expect(clock.last).toBe(formatHlc({ millis: T0, counter: 0x22, siteId: SITE }));
  });

  it('every send after recv sorts after everything received, at any drift', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ dt: fc.integer({ min: -5000, max: 5000 }), remoteOffset: fc.integer({ min: -10_000_000, max: 10_000_000 }), counter: fc.integer({ min: 0, max: 0xffff }) }),
          { minLength: 1, maxLength: 50 },
        ),
        (events) => {
          const { clock, time } = fakeClock();
          let maxSeen = '';
          for (const e of events) {
            time.now += e.dt;
            const remote = formatHlc({ millis: T0 + e.remoteOffset, counter: e.counter, siteId: OTHER });
            clock.recv(remote);
            if (remote > maxSeen) maxSeen = remote;
            const s = clock.send();
            expect(s > maxSeen).toBe(true);
            maxSeen = s;
          }
        },
      ),
    );
  });

  it('refuses a bad site id and a malformed remote stamp', () => {
    expect(() => new HlcClock('not-a-site')).toThrow(/site id/);
    const { clock } = fakeClock();
    expect(() => clock.recv('garbage')).toThrow(/Malformed HLC stamp/);
  });

  it('defaults to the real time', () => {
    const clock = new HlcClock(SITE);
    const before = Date.now();
    const { millis } = parseHlc(clock.send());
    expect(millis).toBeGreaterThanOrEqual(before);
    expect(millis).toBeLessThanOrEqual(Date.now());
  });
});
