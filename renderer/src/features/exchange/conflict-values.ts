// How a conflict entry's record, field, values and PCs read for a clerk (the preview and 冲突).
import type { TableName } from '@shared/domain/tables';
import { tableColumns } from '@shared/sync/package/columns';
import type { ConflictEntry } from '@shared/sync/merge';
import { T } from './texts';

/** The Chinese label of a field of a table, as the package's sheets head it (the deletion flag reads 已删除). */
export function fieldLabel(table: string, field: string): string {
  return tableColumns(table as TableName).find((c) => c.key === field)?.label ?? field;
}

/** A field value as text: 空 for nothing, 是/否, lists joined, objects as compact JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return T.emptyValue;
  if (typeof value === 'boolean') return value ? T.yes : T.no;
  if (Array.isArray(value)) return value.length ? value.map(valueText).join('、') : T.emptyValue;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The value a side holds, as text ("已删除" for the deleting side of a delete–edit conflict). */
export function sideText(entry: ConflictEntry, side: 'kept' | 'lost'): string {
  if (entry.kind === 'deleteEdit' && side === 'kept') return T.deletedValue;
  return valueText(side === 'kept' ? entry.keptValue : entry.lostValue);
}

/** The time inside a stamp, local, to the minute. */
export function stampTime(stamp: string): string {
  const d = new Date(stamp.slice(0, 24));
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A PC's name for a site id: 本机, a partner's label, or the id itself. */
export function siteName(siteId: string, ownSiteId: string | undefined, labels: ReadonlyMap<string, string>): string {
  if (siteId === ownSiteId) return T.thisPc;
  return labels.get(siteId) ?? siteId;
}
