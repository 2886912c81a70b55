import { ENTITY_TABLES, type TableName } from '../../domain/tables';
import type { Manifest, PackageRef } from '../package/manifest';
import { localTime } from '../package/texts';

/*
 * Whether this PC may import a package it has read and checked (issue 11 item 4), from what only
 * this PC knows: its own identity and the packages it has imported. The app's import operation and
 * the exchange property test both call it.
 */

/** What this PC knows for the check. */
export interface IncomingContext {
  siteId: string;
  role: string;
  /** when a package was imported here, or undefined */
  importedAt(packageId: string): string | undefined;
}

/** Why a package is not imported. `duplicate` is no error: importing it again would change nothing. */
export type IncomingRefusal = { reason: 'own' | 'duplicate' | 'elsewhere' | 'base' | 'restricted'; message: string };

/** The check's wording. */
export const INCOMING = {
  own: '这是本机自己导出的数据包，不需要导入。请选择对方电脑导出的数据包。',
  duplicate: (at: string) => `这个数据包已于 ${localTime(at)} 导入，再次导入不会改变数据。`,
  elsewhere: (label: string) =>
    `这是导出给“${label}”的增量数据包，只含那台电脑还没有的记录，不能导入本机。请对方为本机导出数据包；本机第一次导入对方的数据，请对方导出“完整数据包”。`,
  base: (base: PackageRef) =>
    `这是增量数据包，接续 ${localTime(base.created)} 导出的数据包${base.fileName ? `“${base.fileName}”` : ''}。本机还没有导入那个数据包，不能直接导入这个。请先导入那个数据包；如果已经找不到，请对方重新导出一个“完整数据包”。`,
  restricted: '这个数据包含有谈话记录，只能导入组织部的电脑。请对方重新导出不含谈话记录的数据包。',
} as const;

/** Undefined when the package may be imported; else why not. */
export function checkIncoming(manifest: Manifest, counts: Readonly<Record<string, number>>, ctx: IncomingContext): IncomingRefusal | undefined {
  if (manifest.source.siteId === ctx.siteId) return { reason: 'own', message: INCOMING.own };
  const at = ctx.importedAt(manifest.packageId);
  if (at) return { reason: 'duplicate', message: INCOMING.duplicate(at) };
  // An incremental package leaves out what its addressee already holds (its own writes), so it is
  // complete only there: on another PC, even one that imported its base, records would go missing.
  if (manifest.base && manifest.target.siteId !== undefined && manifest.target.siteId !== ctx.siteId) return { reason: 'elsewhere', message: INCOMING.elsewhere(manifest.target.label) };
  if (manifest.base && !ctx.importedAt(manifest.base.packageId)) return { reason: 'base', message: INCOMING.base(manifest.base) };
  const restricted = Object.entries(counts).some(([t, n]) => n > 0 && ENTITY_TABLES[t as TableName]?.restricted);
  if (restricted && ctx.role !== 'orgDept') return { reason: 'restricted', message: INCOMING.restricted };
  return undefined;
}
