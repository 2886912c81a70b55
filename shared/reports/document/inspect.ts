// Reading a document back as text: the title, the header labels per column, the lines of bands.
// For on-screen previews of a report (the first rows under their headers) and for tests.
import { cellValueOf, type Band, type SheetHead } from './schema';

/** The text of the sheet's first title band, or '' when it has none. */
export function sheetTitle(head: SheetHead): string {
  const title = head.bands?.find((band) => band.role === 'title');
  return title ? bandTexts([title]).join('') : '';
}

/** Every non-empty cell text of `bands`, band by band, row by row, left to right. */
export function bandTexts(bands: readonly Band[]): string[] {
  return bands.flatMap((band) => band.rows.flatMap((row) => row.map(cellValueOf).filter((v): v is string | number => v !== null && v !== '').map(String)));
}

/**
 * Per column, the labels of the sheet's (last) header band from top to bottom, a merged label
 * counted once: `['性别', '男']`, `['序号']`. Empty paths when the sheet has no header band.
 */
export function headerPaths(head: SheetHead): string[][] {
  const band = head.bands?.findLast((b) => b.role === 'header');
  const paths = head.columns.map((): string[] => []);
  if (!band) return paths;
  const merges = band.merges ?? [];
  paths.forEach((path, col) => {
    let lastAnchor = '';
    band.rows.forEach((_row, r) => {
      const merge = merges.find((m) => r >= m.row && r < m.row + m.rows && col >= m.col && col < m.col + m.cols);
      const [ar, ac] = merge ? [merge.row, merge.col] : [r, col];
      const anchor = `${ar}:${ac}`;
      const value = cellValueOf(band.rows[ar]?.[ac]);
      if (anchor !== lastAnchor && value !== null && value !== '') path.push(String(value));
      lastAnchor = anchor;
    });
  });
  return paths;
}

/** Per column, its lowest header label (`男`, `序号`). */
export function headerLabels(head: SheetHead): string[] {
  return headerPaths(head).map((path) => path.at(-1) ?? '');
}
