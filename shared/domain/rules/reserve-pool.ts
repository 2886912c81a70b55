import { formatDateChinese } from '../dates';
import type { FieldIssue } from '../issues';

/**
 * 后备干部库 (DOMAIN §2.16): a cadre is in the pool at most once at a time; taking an entry out
 * (已使用 when the cadre was appointed, 已出库 otherwise) says why in the note.
 */

export interface ReserveEntryLike {
  id?: string;
  cadreId: string;
  status: string;
  addedOn: string;
  note?: string | null;
}

/** Checks an entry against the cadre's other entries. */
export function checkReserveEntry(entry: ReserveEntryLike, others: readonly ReserveEntryLike[], today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (entry.addedOn > today) issues.push({ field: 'addedOn', message: `入库日期${formatDateChinese(entry.addedOn)}晚于今天` });
  if (entry.status === 'in') {
    const already = others.find((o) => o.id !== entry.id && o.cadreId === entry.cadreId && o.status === 'in');
    if (already) issues.push({ field: 'cadreId', message: `该干部已于${formatDateChinese(already.addedOn)}纳入后备干部库，不能重复入库` });
  } else if (!entry.note?.trim()) {
    issues.push({ field: 'note', message: entry.status === 'used' ? '请在备注中写明使用情况（如提拔任用的职务和时间）' : '请在备注中写明出库原因' });
  }
  return issues;
}
