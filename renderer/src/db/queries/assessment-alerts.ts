import { CalendarDataMissingError, monthRange } from '@shared/domain/calendar';
import { addMonths, monthOf } from '@shared/domain/dates';
import type { Alert } from '@shared/domain/rules/alerts';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { proposalAlerts, talkAlerts } from '@shared/domain/rules/talk-record';
import { weeksOfMonth } from '@shared/domain/rules/weekly-score';
import { onPostDuring, weeklyScoreMissingAlerts, type TownshipWeeks } from '@shared/domain/rules/weekly-score-sheet';
import { compareUnits } from '@shared/domain/unit-tree';
import type { ReadDb } from '../database';
import { liveWhere } from './live';
import { blackListMonths, listTalks, loadTalkProposals, talksVisible } from './talks';
import { scopeEntries, type ScopeEntry } from './weekly-scores';

/** Weeks of this month and the last that ended without a score, one alert per township, from the county's postings. */
async function weeklyMissing(db: ReadDb, today: string, county: readonly ScopeEntry[]): Promise<Alert[]> {
  const thisMonth = monthOf(today);
  const months = [monthOf(addMonths(`${thisMonth}-01`, -1)), thisMonth];
  const from = monthRange(months[0]!).first;
  const postings = county.filter((e) => onPostDuring(e.posting, from, today));
  if (postings.length === 0) return [];
  const weeks = months.flatMap((m) => weeksOfMonth(m));
  const scored = new Set((await liveWhere(db.weeklyScores, 'weekStart', weeks).toArray()).map((s) => `${s.postingId}|${s.weekStart}`));
  const townships = new Map<string, { townshipId: string; name: string; unit: ScopeEntry['township']; postings: TownshipWeeks['postings'][number][] }>();
  for (const { posting, township } of postings) {
    const t = townships.get(township.id) ?? { townshipId: township.id, name: township.shortName || township.name, unit: township, postings: [] };
    t.postings.push({ id: posting.id, period: attendancePeriod(posting) });
    townships.set(township.id, t);
  }
  const ordered = [...townships.values()].sort((a, b) => compareUnits(a.unit, b.unit));
  return weeklyScoreMissingAlerts(ordered, scored, months, today);
}

/**
 * The 考核 alerts of 概览: weekly scores missing; and, on a 组织部 PC only, proposed talks, planned
 * talks past their date and follow-ups due (talk records are restricted). The county's postings are
 * read once for both.
 */
export async function collectAssessmentAlerts(db: ReadDb, today: string): Promise<Alert[]> {
  const county = await scopeEntries(db, null, monthRange(blackListMonths(today)[0]!).first, today);
  const alerts: Alert[] = await weeklyMissing(db, today, county).catch((e: unknown) => {
    if (!(e instanceof CalendarDataMissingError)) throw e;
    return [{ kind: 'weeklyScoreMissing', severity: 'amber', message: e.message }];
  });
  if (!(await talksVisible(db))) return alerts;
  const talks = await listTalks(db);
  const proposals = await loadTalkProposals(db, today, county);
  return [...alerts, ...proposalAlerts(proposals, today), ...talkAlerts(talks.map((t) => ({ ...t.talk, name: t.name })), today)];
}
