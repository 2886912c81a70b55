// The head of a county report sheet (DOMAIN §4.0): row 1 the title merged across, row 2 填报单位 /
// 填报日期, then the header (one row, or more for grouped columns); frozen below the header; A4,
// one page wide, head rows repeated on every page, centred, page numbers.
import { infoBand, titleBand, type InfoLine } from './bands';
import { headerBand, plainColumn, type HeaderColumn } from './header';
import type { SheetHead } from './schema';

export interface CountySheetOptions extends InfoLine {
  /** Sheet tab name, e.g. `花名册`. */
  name: string;
  /** Row 1, e.g. `开江县挂职干部花名册`. */
  title: string;
  columns: readonly HeaderColumn[];
  /** Landscape for rosters (many columns), portrait for short tables. */
  orientation: 'landscape' | 'portrait';
}

/** A report sheet's head laid out the way county offices expect. */
export function countySheetHead(options: CountySheetOptions): SheetHead {
  const width = options.columns.length;
  return {
    name: options.name,
    columns: options.columns.map(plainColumn),
    bands: [titleBand(options.title, width), infoBand(options, width), headerBand(options.columns)],
    print: { orientation: options.orientation },
  };
}
