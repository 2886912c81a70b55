// Chinese wording of packages: the 说明 sheet people read, and every refusal of a package (one
// wording, used by main's reader and shown as it is by the import screen).
import { labelOf } from '../../domain/codes/lookup';
import { SITE_ROLE } from '../../domain/enums';
import type { PackageHeader } from './manifest';

/** Local date and time as a clerk reads it: 2026-11-21 13:05. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Two ideographic spaces: the indent of a list in Chinese text. */
const INDENT = '\u3000\u3000';

/** One line of the 说明 sheet's table of contents. */
export interface NotesCount {
  label: string;
  count: number;
  deleted: number;
}

/** The lines of the 说明 sheet. */
export function notesLines(header: PackageHeader, counts: readonly NotesCount[]): string[] {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const role = labelOf(SITE_ROLE, header.source.role) ?? header.source.role;
  return [
    '挂职通数据包（请勿修改）',
    '',
    '本文件由“挂职通”生成，用于在不联网的电脑之间用U盘交换挂职干部管理数据。',
    '请在接收方电脑的挂职通中，用“数据交换 → 导入数据包”导入本文件。',
    '请不要在 Excel 或 WPS 中修改、另存或删除本文件的任何内容：导入时会核对校验值，被改动过的数据包将被拒绝。',
    '',
    `导出电脑：${header.source.label}（${role}，${header.source.countyName}）`,
    `导出时间：${localTime(header.created)}`,
    `接收方：${header.target.label}`,
    header.base ? `数据包类型：增量数据包（接续 ${localTime(header.base.created)} 导出的数据包${header.base.fileName ? `“${header.base.fileName}”` : ''}）` : '数据包类型：完整数据包',
    `数据包编号：${header.packageId}`,
    '',
    `共 ${total} 条记录：`,
    ...counts.map((c) => `${INDENT}${c.label}：${c.count} 条${c.deleted ? `（其中删除标记 ${c.deleted} 条）` : ''}`),
    header.sampleSkipped > 0 ? `示例数据 ${header.sampleSkipped} 条只留在本机，未导出。` : '本机的示例数据（如有）只留在本机，不导出。',
    header.target.scope.kind === 'all' && header.target.scope.restricted ? '本数据包含谈话记录，只能在组织部的电脑之间传递。' : '谈话记录只在组织部电脑之间传递，本数据包不含谈话记录。',
  ];
}

/** Refusals of a package file, each saying what is wrong and what to do. */
export const REFUSE = {
  notAPackage: '这个文件不是挂职通数据包（文件中没有数据包说明）。花名册等表格请在相应的导入功能中打开；数据包由对方电脑的“数据交换 → 导出数据包”生成。',
  otherFormat: (format: string) => `这个文件不是挂职通数据包（格式标记为“${format.slice(0, 40)}”）。请确认选择了对方用挂职通导出的数据包。`,
  newerVersion: (appVersion: string) => `这个数据包由更新版本的挂职通导出，本机的版本读不了。请先升级挂职通到 ${appVersion.slice(0, 20)} 或更新的版本，再导入。`,
  manifestDamaged: (what: string) => `数据包说明（_manifest）已损坏或被修改过（${what}），导入已取消，本机数据没有任何变化。请让对方重新导出数据包。`,
  manifestEdited: '数据包说明（_manifest）与校验值不符：文件被修改过或已损坏，导入已取消，本机数据没有任何变化。请让对方重新导出数据包。',
  sheetMissing: (sheet: string) => `数据包中缺少“${sheet}”工作表：文件被修改过或已损坏，导入已取消，本机数据没有任何变化。请让对方重新导出数据包。`,
  sheetEdited: (sheet: string) => `“${sheet}”工作表的内容与校验值不符：文件在 Excel 等软件中被修改过或已损坏，导入已取消，本机数据没有任何变化。请让对方重新导出数据包，不要打开修改。`,
  countWrong: (sheet: string, expected: number, found: number) => `“${sheet}”工作表应有 ${expected} 条记录，实际读到 ${found} 条：文件被修改过或已损坏，导入已取消。请让对方重新导出数据包。`,
  headerWrong: (sheet: string) => `“${sheet}”工作表的表头被改动过，导入已取消，本机数据没有任何变化。请让对方重新导出数据包。`,
  unknownTable: (sheet: string, appVersion: string) => `数据包中的“${sheet.slice(0, 31)}”是本机版本没有的数据。请先升级挂职通到 ${appVersion.slice(0, 20)} 或更新的版本，再导入。`,
  unknownColumn: (sheet: string, column: string, appVersion: string) =>
    `数据包中“${sheet.slice(0, 31)}”工作表的“${column.slice(0, 40)}”列是本机版本没有的字段。请先升级挂职通到 ${appVersion.slice(0, 20)} 或更新的版本，再导入。`,
  badRecord: (detail: string) => `数据包中的数据有误：${detail}。导入已取消，本机数据没有任何变化。请让对方重新导出数据包；如仍出现，请联系技术支持。`,
  seenWrong: '数据包说明（_manifest）中记载的已知修改与数据包中的记录不符（文件被修改过，或由有缺陷的程序生成），导入已取消，本机数据没有任何变化。请让对方重新导出数据包。',
  duplicateId: (sheet: string, id: string) => `“${sheet}”工作表中编号为 ${id.slice(0, 40)} 的记录出现了不止一次（文件被修改过或已损坏），导入已取消。请让对方重新导出数据包。`,
  futureStamps: (what: string, days: number, when: string) =>
    `${what}比本机当前时间晚 ${days} 天（${when}），多半是某台电脑的日期设置错了。导入已取消，本机数据没有任何变化。请先核对本机和对方电脑的日期时间并改正，再重新导出、导入；如仍出现，请联系技术支持。`,
} as const;
