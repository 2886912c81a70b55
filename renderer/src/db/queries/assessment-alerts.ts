import { CalendarDataMissingError, monthRange } from '@shared/domain/calendar';
import { addMonths, monthOf } from '@shared/domain/dates';
import type { Alert } from '@shared/domain/rules/alerts';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { proposalAlerts, talkAlerts } from '@shared/domain/rules/talk-record';
import { weeksOfMonth } from '@shared/domain/rules/weekly-score';
import { weeklyScoreMissingAlerts, type TownshipWeeks } from '@shared/domain/rules/weekly-score-sheet';
import type { ReadDb } from '../database';
import { liveWhere } from './live';
import { listTalks, loadTalkProposals, talksVisible } from './talks';
import { scopePostings } from './weekly-scores';

/** Weeks of this month and the last that ended without a score, one alert per township and week. */
async function weeklyMissing(db: ReadDb, today: string): Promise<Alert[]> {
  const thisMonth = monthOf(today);
  const months = [monthOf(addMonths(`${thisMonth}-01`, -1)), thisMonth];
  const postings = await scopePostings(db, null, monthRange(months[0]!).first, today);
  if (postings.length === 0) return [];
  const weeks = months.flatMap((m) => weeksOfMonth(m));
  const scored = new Set((await liveWhere(db.weeklyScores, 'weekStart', weeks).toArray()).map((s) => `${s.postingId}|${s.weekStart}`));
  const townships = new Map<string, { townshipId: string; name: string; postings: TownshipWeeks['postings'][number][] }>();
  for (const p of postings) {
    const t = townships.get(p.townshipId) ?? { townshipId: p.townshipId, name: p.townshipName, postings: [] };
    t.postings.push({ id: p.posting.id, period: attendancePeriod(p.posting) });
    townships.set(p.townshipId, t);
  }
  return weeklyScoreMissingAlerts([...townships.values()], scored, months, today);
}

/**
 * The 考核 alerts of 概览: weekly scores missing; and, on a 组织部 PC only, proposed talks, planned
 * talks past their date and follow-ups due (talk records are restricted).
 */
export async function collectAssessmentAlerts(db: ReadDb, today: string): Promise<Alert[]> {
  const alerts: Alert[] = await weeklyMissing(db, today).catch((e: unknown) => {
    if (!(e instanceof CalendarDataMissingError)) throw e;
    return [{ kind: 'weeklyScoreMissing', severity: 'amber', message: e.message }];
  });
  if (!(await talksVisible(db))) return alerts;
  const talks = await listTalks(db);
  const proposals = await loadTalkProposals(db, today);
  return [...alerts, ...proposalAlerts(proposals), ...talkAlerts(talks.map((t) => ({ ...t.talk, name: t.name })), today)];
}
