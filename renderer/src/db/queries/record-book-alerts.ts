import { ON_POST_STATUSES } from '@shared/domain/enums';
import type { Alert } from '@shared/domain/rules/alerts';
import { recordBookAlerts, type EntryLike } from '@shared/domain/rules/record-book';
import { recordBookRulesOf } from '@shared/domain/rules/record-book-settings';
import type { ReadDb } from '../database';
import { bulkGetLive, isLive, liveWhere } from './live';
import { loadRecordBookSettings } from './record-book-settings';

/** Where each record-book alert leads: the cadre's 纪实, or the inspections. */
const TAB_OF: Record<string, string> = { dailyEntryGap: 'entries', monthlyAnalysisMissing: 'entries', calendarMissing: 'entries', inspectionOverdue: 'inspections', rectificationOverdue: 'inspections' };

/**
 * The record-book alerts of 概览 (DOMAIN §7.5) with the county's thresholds: per posting on post,
 * its latest 日纪实 (one step down the [postingId+kind+date] index), its 月工作记实分析 and its
 * inspections, through indexes. The tag of 概览 reads `days`: a gap keeps its working days, the
 * other alerts carry a negative number (shown as 逾期).
 */
export async function collectRecordBookAlerts(db: ReadDb, today: string): Promise<Alert[]> {
  const rules = recordBookRulesOf(await loadRecordBookSettings(db));
  const postings = (await liveWhere(db.postings, 'status', [...ON_POST_STATUSES]).toArray()).filter((p) => p.startDate <= today);
  if (postings.length === 0) return [];
  const ids = postings.map((p) => p.id);
  const [cadres, inspections, perPosting] = await Promise.all([
    bulkGetLive(db.cadres, [...new Set(postings.map((p) => p.cadreId))]),
    liveWhere(db.inspections, 'postingId', ids).toArray(),
    Promise.all(
      ids.map(async (id): Promise<EntryLike[]> => {
        const [last, analyses] = await Promise.all([
          db.logEntries.where('[postingId+kind+date]').between([id, 'daily', ''], [id, 'daily', '\uffff']).reverse().filter(isLive).first(),
          liveWhere(db.logEntries, '[postingId+kind]', [[id, 'monthlyAnalysis']]).toArray(),
        ]);
        return [...(last ? [last] : []), ...analyses];
      }),
    ),
  ]);
  const names = new Map(cadres.map((c) => [c.id, c.name]));
  const alerts = recordBookAlerts({
    today,
    rules,
    postings: postings.map((p) => ({ ...p, name: names.get(p.cadreId) ?? '' })),
    entries: perPosting.flat(),
    inspections,
  });
  return alerts.map(
    (a): Alert => ({
      kind: a.kind,
      severity: a.severity,
      postingId: a.postingId,
      ...(a.kind === 'dailyEntryGap' ? { days: a.days } : a.kind === 'calendarMissing' ? {} : { days: -Math.max(1, a.days ?? 1) }),
      ...(a.dueDate ? { dueDate: a.dueDate } : {}),
      link: { section: 'records', tab: TAB_OF[a.kind] ?? 'entries', params: { posting: a.postingId } },
      message: a.message,
    }),
  );
}
