// How a conflict entry's record, field, values and PCs read for a clerk (the preview and 冲突).
import type { z } from 'zod';
import { fieldMeta } from '@shared/domain/entities/fields';
import { ENTITY_TABLES, type TableName } from '@shared/domain/tables';
import { tableColumns } from '@shared/sync/package/columns';
import type { ConflictEntry } from '@shared/sync/merge';
import { T } from './texts';

/** The Chinese label of a field of a table, as the package's sheets head it (the deletion flag reads 已删除). */
export function fieldLabel(table: string, field: string): string {
  return tableColumns(table as TableName).find((c) => c.key === field)?.label ?? field;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The Chinese labels of the fields inside an object-valued field (a day's details), or undefined. */
function innerLabels(table: string, field: string): ReadonlyMap<string, string> | undefined {
  const spec = (ENTITY_TABLES as Record<string, { schema: z.ZodObject } | undefined>)[table];
  let schema: z.ZodType | undefined = spec?.schema.shape[field];
  while (schema && defOf(schema).innerType) schema = defOf(schema).innerType;
  const shape = schema && defOf(schema).type === 'object' ? defOf(schema).shape : undefined;
  return shape && new Map(Object.entries(shape).map(([k, s]) => [k, fieldMeta(s)?.title ?? k]));
}

/**
 * A field value as text: 空 for nothing, 是/否, lists joined; an object as its filled fields,
 * `标签：值` joined by `；` when `labels` names them (a day's details), else its values.
 */
export function valueText(value: unknown, labels?: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return T.emptyValue;
  if (typeof value === 'boolean') return value ? T.yes : T.no;
  if (Array.isArray(value)) return value.length ? value.map((v) => valueText(v)).join('、') : T.emptyValue;
  if (typeof value === 'object') {
    const filled = Object.entries(value).filter(([, v]) => valueText(v) !== T.emptyValue);
    if (!filled.length) return T.emptyValue;
    return labels ? filled.map(([k, v]) => `${labels.get(k) ?? k}：${valueText(v)}`).join('；') : filled.map(([, v]) => valueText(v)).join(' ');
  }
  return String(value);
}

/** The value a side holds, as text ("已删除" for the deleting side of a delete–edit conflict). */
export function sideText(entry: ConflictEntry, side: 'kept' | 'lost'): string {
  if (entry.kind === 'deleteEdit' && side === 'kept') return T.deletedValue;
  return valueText(side === 'kept' ? entry.keptValue : entry.lostValue, innerLabels(entry.table, entry.field));
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
