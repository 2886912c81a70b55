/** A column's widths for fitting: what it likes, the least it can do with, and its share of spare room. */
export interface ColumnFit {
  id: string;
  /** preferred width, px */
  width: number;
  /** narrowest usable width, px */
  min: number;
  /** share of the spare width (long texts: units and posts); 0 keeps the preferred width */
  grow: number;
}

/**
 * Widths that fill `available` px: with room to spare, the spare width goes to the columns that
 * grow (by their share), so long unit names and posts show in full on a wide screen; with too
 * little room, every column gives up part of what it has above its minimum, in proportion, so the
 * last columns (剩余, 状态) stay on a 1366-pixel screen. Below the sum of the minimums the minimums
 * are kept (the grid then scrolls). Whole pixels; the sum never exceeds `available` when it fits.
 */
export function fitColumns(columns: readonly ColumnFit[], available: number): Record<string, number> {
  const preferred = columns.reduce((s, c) => s + c.width, 0);
  const out: Record<string, number> = {};
  if (available >= preferred) {
    const grow = columns.reduce((s, c) => s + c.grow, 0);
    const spare = available - preferred;
    for (const c of columns) out[c.id] = c.width + (grow > 0 ? Math.floor((spare * c.grow) / grow) : 0);
    return out;
  }
  const give = columns.reduce((s, c) => s + (c.width - c.min), 0);
  const share = give > 0 ? Math.min(1, (preferred - available) / give) : 0;
  for (const c of columns) out[c.id] = Math.floor(c.width - (c.width - c.min) * share);
  return out;
}
