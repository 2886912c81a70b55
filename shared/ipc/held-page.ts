// The text of a page of held rows (`held:records`): JSON with every distinct `_clock` stamp of the
// page written once. A package's stamps are 46 characters and a record carries one per field (an
// attendance month: one per day), mostly the same few: written out, they were 70 % of the text
// main hands to the renderer; as numbers into the page's list of stamps, the page is a third.
//   packed: {"stamps":["2026-…"], "rows":[{…, "_clock":{"name":0,"d02":0}}]}
//   plain:  {"rows":[…]}   (a page where some row's `_clock` is not all text, e.g. an odd backup row)

/** A page's text: `rows` as JSON, their `_clock` stamps packed when every row's are text. */
export function packHeldPage(rows: readonly object[]): string {
  const stamps = new Map<string, number>();
  const packed: object[] = [];
  for (const row of rows) {
    const clock = (row as { _clock?: unknown })._clock;
    if (typeof clock !== 'object' || clock === null || Array.isArray(clock)) return JSON.stringify({ rows });
    const numbers: Record<string, number> = {};
    for (const [field, stamp] of Object.entries(clock)) {
      if (typeof stamp !== 'string') return JSON.stringify({ rows });
      let n = stamps.get(stamp);
      if (n === undefined) stamps.set(stamp, (n = stamps.size));
      numbers[field] = n;
    }
    packed.push({ ...row, _clock: numbers });
  }
  return JSON.stringify({ stamps: [...stamps.keys()], rows: packed });
}

/** The rows of a page's text; throws when it is not a page of objects. */
export function unpackHeldPage(text: string): Record<string, unknown>[] {
  const page = JSON.parse(text) as { stamps?: unknown; rows?: unknown };
  const { rows, stamps } = page;
  if (!Array.isArray(rows) || !rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) throw new Error('held rows are not an array of objects');
  if (stamps === undefined) return rows as Record<string, unknown>[];
  if (!Array.isArray(stamps)) throw new Error('held page stamps are not a list');
  for (const row of rows as { _clock?: Record<string, unknown> }[]) {
    const clock = row._clock;
    if (typeof clock !== 'object' || clock === null) throw new Error('held row without its stamps');
    for (const field in clock) {
      const stamp: unknown = stamps[clock[field] as number];
      if (typeof stamp !== 'string') throw new Error('held row names a stamp the page lacks');
      clock[field] = stamp;
    }
  }
  return rows as Record<string, unknown>[];
}
