// Read data kept in main as text, page by page (issue 11, speed of 导入数据包): the records of a
// read package leave the reading worker as the UTF-8 bytes of each page's text (held-page.ts: JSON
// with every distinct stamp written once), moved to main without a copy (transferred) instead of a
// structured clone of 100,000 objects, and each page goes to the renderer as those bytes, which
// neither main nor the bridge has to walk, encode or check record by record.
import { packHeldPage, unpackHeldPage } from '@shared/ipc/held-page';
import { MAX_RECORDS_PER_CALL } from '@shared/ipc/package-schemas';
import type { DecodedPackage } from '@shared/sync/package/decoder';

/** Records per page: as many as one `held:records` call returns. */
export const PAGE_RECORDS = MAX_RECORDS_PER_CALL;

/** A table's records as the UTF-8 text of pages (held-page.ts) of PAGE_RECORDS records (the last one shorter). */
export interface PagedTable {
  total: number;
  pages: Uint8Array<ArrayBuffer>[];
}

/** Paged tables by name. */
export type PagedTables = Readonly<Record<string, PagedTable>>;

/** A package read and checked, its records paged (what the reading worker hands to main). */
export type PagedPackage = Omit<DecodedPackage, 'tables'> & { tables: PagedTables };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The buffers of `tables`' pages (to transfer them to another thread). */
export function pageBuffers(tables: PagedTables): ArrayBuffer[] {
  return Object.values(tables).flatMap((t) => t.pages.map((p) => p.buffer));
}

/** `tables` paged; `onPage` hears after each page how many records are paged. */
export function pagedTables(tables: Readonly<Record<string, readonly object[] | undefined>>, onPage?: (records: number) => void): Record<string, PagedTable> {
  const out: Record<string, PagedTable> = {};
  let done = 0;
  for (const [name, rows] of Object.entries(tables)) {
    if (!rows) continue;
    const pages: Uint8Array<ArrayBuffer>[] = [];
    for (let i = 0; i < rows.length; i += PAGE_RECORDS) {
      const page = rows.slice(i, i + PAGE_RECORDS);
      pages.push(encoder.encode(packHeldPage(page)) as Uint8Array<ArrayBuffer>);
      done += page.length;
      onPage?.(done);
    }
    out[name] = { total: rows.length, pages };
  }
  return out;
}

/** A decoded package with its records paged. */
export function pagedPackage(decoded: DecodedPackage, onPage?: (records: number) => void): PagedPackage {
  return { ...decoded, tables: pagedTables(decoded.tables, onPage) };
}

/** The page of no records. */
export function emptyPage(): Uint8Array {
  return encoder.encode(packHeldPage([]));
}

/** The page of records `offset`… of `table` (at most `limit`): a whole page as it is, else cut from the pages it spans. */
export function pageBytes(table: PagedTable, offset: number, limit: number): Uint8Array {
  const first = Math.floor(offset / PAGE_RECORDS);
  const aligned = offset % PAGE_RECORDS === 0;
  const page = table.pages[first];
  if (page === undefined) return emptyPage();
  if (aligned && offset + limit >= Math.min(table.total, (first + 1) * PAGE_RECORDS)) return page;
  const rows: object[] = [];
  for (let p = first; p < table.pages.length && p * PAGE_RECORDS < offset + limit; p++) {
    const start = p * PAGE_RECORDS;
    rows.push(...unpackHeldPage(decoder.decode(table.pages[p]!)).slice(Math.max(0, offset - start), offset + limit - start));
  }
  return encoder.encode(packHeldPage(rows));
}
