import type { z } from 'zod';
import { fieldMeta } from '../../domain/entities/fields';
import { ENTITY_TABLES, type TableName } from '../../domain/tables';

/*
 * The columns of a table's sheet in a package: one visible column per domain field (Chinese label
 * from the schema), then the technical columns Excel does not show — the record id, its delete
 * flag, its clock and its knowledge — all written as text. Each column says how its cells encode
 * values (cells.ts), and the manifest lists the columns with their codecs, so a reader needs no
 * schema to decode a sheet (an older package's tables can be read, then migrated).
 */

/** How a column's cells hold values: text, a number cell, 是/否, or JSON text (lists, objects). */
export type CellCodec = 'text' | 'number' | 'bool' | 'json';

/** One column of a table sheet. */
export interface PackageColumn {
  key: string;
  label: string;
  codec: CellCodec;
  hidden?: boolean;
}

/** The technical columns every table sheet ends with. */
export const TECHNICAL_COLUMNS: readonly PackageColumn[] = [
  { key: 'id', label: '编号', codec: 'text', hidden: true },
  { key: '_deleted', label: '已删除', codec: 'bool', hidden: true },
  { key: '_clock', label: '时间戳', codec: 'text', hidden: true },
  { key: '_known', label: '已知', codec: 'text', hidden: true },
];

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The value type a field schema produces, as a codec (wrappers, pipes and transforms looked through). */
export function codecOf(schema: z.ZodType): CellCodec {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'enum':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'bool';
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return codecOf(def.innerType!);
    case 'pipe': {
      // The output side decides, unless it is a bare transform: then the input side does.
      const out = defOf(def.out!).type === 'transform' ? def.in! : def.out!;
      return codecOf(out);
    }
    case 'union': {
      const kinds = new Set(def.options!.filter((o) => defOf(o).type !== 'literal').map(codecOf));
      return kinds.size === 1 ? [...kinds][0]! : 'json';
    }
    default:
      return 'json';
  }
}

const cache = new Map<TableName, readonly PackageColumn[]>();

/** The columns of `table`'s sheet: its domain fields in schema order, then the technical ones. */
export function tableColumns(table: TableName): readonly PackageColumn[] {
  let columns = cache.get(table);
  if (!columns) {
    const shape = (ENTITY_TABLES[table].schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    columns = [
      ...Object.entries(shape).map(([key, schema]) => ({ key, label: fieldMeta(schema)?.title ?? key, codec: codecOf(schema) })),
      ...TECHNICAL_COLUMNS,
    ];
    cache.set(table, columns);
  }
  return columns;
}
