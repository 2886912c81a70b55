import { monthRange } from '@shared/domain/calendar';
import { addDays } from '@shared/domain/dates';
import { attendancePeriod } from '@shared/domain/rules/attendance';
import { townshipOf } from '@shared/domain/rules/statistics';
import { monthlyRollup, rankByScore, redBlackLists, weeksOfMonth, weeklyTotal, type MonthlyRollup, type Ranked, type WeeklyItems, type WeeklyScoreRuleSet } from '@shared/domain/rules/weekly-score';
import { onPostDuring, scoreRulesFor, sheetItems, type StoredScoreRules } from '@shared/domain/rules/weekly-score-sheet';
import { compareUnits } from '@shared/domain/unit-tree';
import type { ReadDb, Row } from '../database';
import { bulkGetLive, live, liveWhere } from './live';
import { listUnits } from './units';

/*
 * What the 周考评 and 红黑榜 screens, the 考勤通报 and the talk proposals read. A township's postings
 * are those whose receiving unit is the township or lies below it (a village); the county's are
 * those of every township. Everything goes through indexes: postings by receiving unit, scores by
 * week.
 */

/** A township (乡镇/街道) of the county, as the pickers list it. */
export interface Township {
  id: string;
  name: string;
}

/** A township id, or null for the whole county. */
export type RankingScope = string | null;

/** The townships of the county (in-county units of level 乡镇), in unit order. */
export async function listTownships(db: ReadDb): Promise<Township[]> {
  const units = await listUnits(db);
  return units
    .filter((u) => u.level === 'township' && u.isInCounty !== false)
    .sort(compareUnits)
    .map((u) => ({ id: u.id, name: u.shortName || u.name }));
}

/** Every stored 周考评标准 (county and townships). */
export async function loadScoreRules(db: ReadDb): Promise<StoredScoreRules[]> {
  return (await live(db.scoreRuleSets).toArray()).map((r) => ({ townshipId: r.townshipId, items: r.items, listSize: r.listSize }));
}

/** The standard a township (or, for null, the county) scores by. */
export async function scoreRulesOf(db: ReadDb, townshipId: RankingScope): Promise<WeeklyScoreRuleSet> {
  return scoreRulesFor(await loadScoreRules(db), townshipId);
}

/** A posting in a scope, with its cadre and where it is. */
export interface ScopePosting {
  posting: Row<'postings'>;
  name: string;
  townshipId: string;
  townshipName: string;
  /** 挂职单位及职务, e.g. 石岭村第一书记. */
  post: string;
}

/** A posting of a scope with its township, without the cadre (what counting needs). */
export interface ScopeEntry {
  posting: Row<'postings'>;
  township: Row<'units'>;
  unit: Row<'units'> | undefined;
}

/**
 * The postings of a township (or, for null, of every township) on post at some day from `from` to
 * `to`, with their townships: postings by receiving unit through the index, no cadre read.
 */
export async function scopeEntries(db: ReadDb, scope: RankingScope, from: string, to: string): Promise<ScopeEntry[]> {
  const units = await listUnits(db);
  const byId = new Map(units.map((u) => [u.id, u]));
  const inScope = units.filter((u) => {
    const t = townshipOf(byId, u.id);
    return !!t && t.isInCounty !== false && (scope === null || t.id === scope);
  });
  if (inScope.length === 0) return [];
  const postings = (await liveWhere(db.postings, 'receivingUnitId', inScope.map((u) => u.id)).toArray()).filter((p) => onPostDuring(p, from, to));
  return postings.map((posting) => ({ posting, township: townshipOf(byId, posting.receivingUnitId)!, unit: byId.get(posting.receivingUnitId) }));
}

/**
 * The postings of a township (or of every township) that were on post at some day from `from` to
 * `to`, with the cadre's name and the post, ordered by township, then name.
 */
export async function scopePostings(db: ReadDb, scope: RankingScope, from: string, to: string): Promise<ScopePosting[]> {
  const entries = await scopeEntries(db, scope, from, to);
  const cadres = new Map((await bulkGetLive(db.cadres, [...new Set(entries.map((e) => e.posting.cadreId))])).map((c) => [c.id, c]));
  const rows = entries.map(({ posting, township, unit }) => {
    const townshipName = township.shortName || township.name;
    // where in the township: the village unit, else the village named on the posting (驻村)
    const place = unit && unit.id !== township.id ? unit.shortName || unit.name : (posting.village ?? '').replace(townshipName, '');
    const row: ScopePosting = { posting, name: cadres.get(posting.cadreId)?.name ?? '', townshipId: township.id, townshipName, post: `${place}${posting.secondedPost}` };
    return { row, township };
  });
  rows.sort((a, b) => compareUnits(a.township, b.township) || a.row.name.localeCompare(b.row.name, 'zh-Hans-CN'));
  return rows.map((r) => r.row);
}

/** One row of a week's score sheet. */
export interface WeekSheetRow {
  postingId: string;
  name: string;
  post: string;
  items: WeeklyItems;
  total: number;
  /** false: nothing stored for this week yet (the row shows the blank sheet). */
  scored: boolean;
  scoredBy: string | null;
}

/** A township's score sheet for the week starting on `weekStart` (a Monday). */
export async function loadWeekSheet(db: ReadDb, townshipId: string, weekStart: string): Promise<{ rules: WeeklyScoreRuleSet; rows: WeekSheetRow[] }> {
  const rules = await scoreRulesOf(db, townshipId);
  const postings = await scopePostings(db, townshipId, weekStart, addDays(weekStart, 6));
  const stored = new Map(
    (await liveWhere(db.weeklyScores, '[postingId+weekStart]', postings.map((p) => [p.posting.id, weekStart])).toArray()).map((s) => [s.postingId, s]),
  );
  const rows = postings.map(({ posting, name, post }) => {
    const score = stored.get(posting.id);
    const items = sheetItems(rules, score?.items);
    return { postingId: posting.id, name, post, items, total: score?.total ?? weeklyTotal(items), scored: !!score, scoredBy: score?.scoredBy ?? null };
  });
  return { rules, rows };
}

/** How far a week of a month is scored in a township. */
export interface WeekProgress {
  weekStart: string;
  expected: number;
  scored: number;
}

/** The scoring weeks of a month for a township, each with the people expected and scored. */
export async function loadMonthWeeks(db: ReadDb, townshipId: string, month: string): Promise<WeekProgress[]> {
  const weeks = weeksOfMonth(month);
  const { first, last } = monthRange(month);
  const postings = await scopePostings(db, townshipId, first, addDays(last, 6));
  const ids = new Set(postings.map((p) => p.posting.id));
  const scores = weeks.length ? (await liveWhere(db.weeklyScores, 'weekStart', weeks).toArray()).filter((s) => ids.has(s.postingId)) : [];
  return weeks.map((weekStart) => ({
    weekStart,
    expected: postings.filter((p) => onPostDuring(p.posting, weekStart, addDays(weekStart, 6))).length,
    scored: scores.filter((s) => s.weekStart === weekStart).length,
  }));
}

/** One person of a month's roll-up, ranked. */
export interface RollupRow extends MonthlyRollup {
  cadreId: string;
  name: string;
  townshipId: string;
  townshipName: string;
  post: string;
  /** The week totals by Monday (null: not scored). */
  weekly: Record<string, number | null>;
}

/** A month's roll-up of weekly scores in a township or the county, with the red and black lists. */
export interface MonthRollup {
  month: string;
  scope: RankingScope;
  /** Ranks on each list (周考评标准). */
  listSize: number;
  /** The scoring weeks of the month. */
  weeks: string[];
  /** Everyone expected in the month, ranked (unscored people last, rank null). */
  rows: Ranked<RollupRow>[];
  red: Ranked<RollupRow>[];
  black: Ranked<RollupRow>[];
}

/** The unranked roll-up rows of a scope's postings for a month. */
async function rollupRows(db: ReadDb, scope: RankingScope, month: string): Promise<{ weeks: string[]; rows: RollupRow[] }> {
  const weeks = weeksOfMonth(month);
  const { first, last } = monthRange(month);
  const postings = await scopePostings(db, scope, first, last);
  const ids = new Set(postings.map((p) => p.posting.id));
  const scores = weeks.length ? (await liveWhere(db.weeklyScores, 'weekStart', weeks).toArray()).filter((s) => ids.has(s.postingId)) : [];
  const byPosting = new Map<string, { weekStart: string; total: number }[]>();
  for (const s of scores) byPosting.set(s.postingId, [...(byPosting.get(s.postingId) ?? []), s]);
  const rows = postings.map((p) => {
    const own = byPosting.get(p.posting.id) ?? [];
    return {
      ...monthlyRollup(p.posting.id, month, attendancePeriod(p.posting), own),
      cadreId: p.posting.cadreId,
      name: p.name,
      townshipId: p.townshipId,
      townshipName: p.townshipName,
      post: p.post,
      weekly: Object.fromEntries(weeks.map((w) => [w, own.find((s) => s.weekStart === w)?.total ?? null])),
    };
  });
  return { weeks, rows };
}

/** Ranks rows by their ranking score and draws the red and black lists of `listSize` ranks. */
function rank<R extends { rankingScore: number | null }>(rows: readonly R[], listSize: number): { rows: Ranked<R>[]; red: Ranked<R>[]; black: Ranked<R>[] } {
  const ranked = rankByScore(rows, (r) => r.rankingScore);
  return { rows: ranked, ...redBlackLists(ranked, (r) => r.rankingScore, listSize) };
}

/**
 * The monthly roll-up (DOMAIN §2.13): every posting of the scope on post in the month, its weekly
 * totals, the ranking score (see monthlyRollup), the rank within the scope and the red and black
 * lists of the scope's standard.
 */
export async function loadMonthRollup(db: ReadDb, scope: RankingScope, month: string): Promise<MonthRollup> {
  const [rules, { weeks, rows }] = await Promise.all([scoreRulesOf(db, scope), rollupRows(db, scope, month)]);
  return { month, scope, listSize: rules.listSize, weeks, ...rank(rows, rules.listSize) };
}

/** A month's red and black lists of a township (or, for null, the county): what the 考勤通报 prints. */
export async function loadRedBlackLists(db: ReadDb, scope: RankingScope, month: string): Promise<Pick<MonthRollup, 'month' | 'scope' | 'listSize' | 'red' | 'black'>> {
  const { rows: _rows, weeks: _weeks, ...lists } = await loadMonthRollup(db, scope, month);
  return lists;
}

/**
 * The black lists of every township for each of `months`: per month, the postings on their
 * township's black list (the lists a township posts; a talk follows the second in a row). One read
 * of the county's postings and of the months' scores, ranked township by township under each
 * township's standard; no cadre is read. `county`: the county's postings (scopeEntries) over a
 * period covering the months, when the caller has them already.
 */
export async function loadBlackListHistory(db: ReadDb, months: readonly string[], county?: readonly ScopeEntry[]): Promise<{ month: string; postingIds: string[] }[]> {
  if (months.length === 0) return [];
  const sets = await loadScoreRules(db);
  const entries = county ?? (await scopeEntries(db, null, monthRange(months[0]!).first, monthRange(months.at(-1)!).last));
  const weeks = months.flatMap((m) => weeksOfMonth(m));
  const ids = new Set(entries.map((e) => e.posting.id));
  const scores = new Map<string, { weekStart: string; total: number }[]>();
  if (weeks.length && ids.size)
    for (const s of await liveWhere(db.weeklyScores, 'weekStart', weeks).toArray()) if (ids.has(s.postingId)) scores.set(s.postingId, [...(scores.get(s.postingId) ?? []), s]);
  return months.map((month) => {
    const { first, last } = monthRange(month);
    const byTownship = new Map<string, MonthlyRollup[]>();
    for (const e of entries) {
      if (!onPostDuring(e.posting, first, last)) continue;
      const r = monthlyRollup(e.posting.id, month, attendancePeriod(e.posting), scores.get(e.posting.id) ?? []);
      byTownship.set(e.township.id, [...(byTownship.get(e.township.id) ?? []), r]);
    }
    const postingIds = [...byTownship].flatMap(([townshipId, group]) => rank(group, scoreRulesFor(sets, townshipId).listSize).black.map((r) => r.postingId));
    return { month, postingIds };
  });
}
