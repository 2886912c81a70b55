import { addDays } from '@shared/domain/dates';
import { ON_POST_STATUSES } from '@shared/domain/enums';
import { termAlerts, type Alert } from '@shared/domain/rules/alerts';
import { cadreDataIssues } from '@shared/domain/rules/data-quality';
import type { ReadDb } from '../database';
import { isLive, liveWhere } from './live';

/**
 * Every alert of 概览, through indexes: postings ending before today+90 (a key range), their
 * end-of-term reviews, and cadres carrying the `_dq` flag. Nothing scans a whole table.
 */
export async function collectAlerts(db: ReadDb, today: string): Promise<Alert[]> {
  const postings = await db.postings
    .where('plannedEndDate')
    .belowOrEqual(addDays(today, 90))
    .filter((p) => isLive(p) && ON_POST_STATUSES.includes(p.status))
    .toArray();
  const near = postings.filter((p) => p.plannedEndDate <= addDays(today, 30)).map((p) => p.id);
  const reviews = near.length
    ? await liveWhere(db.assessments, 'postingId', near)
        .filter((a) => a.kind === 'endOfTerm')
        .toArray()
    : [];
  const flagged = await db.cadres.where('_dq').equals(1).toArray();
  const names = new Map((await db.cadres.bulkGet([...new Set(postings.map((p) => p.cadreId))])).filter((c) => !!c).map((c) => [c!.id, c!.name]));
  const alerts = termAlerts(postings, reviews, today, (id) => names.get(id) ?? '（干部已删除）');
  for (const c of flagged.filter(isLive)) {
    const issues = cadreDataIssues(c);
    if (issues.length) alerts.push({ kind: 'dataQuality', severity: 'amber', cadreId: c.id, message: `${c.name}：${issues.map((i) => i.message).join('；')}` });
  }
  return alerts;
}
