import { townshipOf } from '@shared/domain/rules/statistics';
import { weeklyTotal } from '@shared/domain/rules/weekly-score';
import { generateAssessmentSample } from '@shared/sample/assessment';
import { bulkGetLive, live, liveWhere } from '../queries/live';
import { talksVisible } from '../queries/talks';
import { listUnits } from '../queries/units';
import { listTownships } from '../queries/weekly-scores';
import type { SampleStepContext } from './sample-steps';

/**
 * The 考核 sample step: weekly scores, assessments, two talks (on a 组织部 PC only: talk records are
 * restricted) and the reserve pool, for the postings of the sample county, in one transaction.
 */
export async function loadAssessmentSample({ store, today, seed }: SampleStepContext): Promise<number> {
  const [units, townships, postings, reviews] = await Promise.all([
    listUnits(store.db),
    listTownships(store.db),
    live(store.db.postings).toArray(),
    liveWhere(store.db.assessments, 'kind', 'endOfTerm').toArray(),
  ]);
  // Ids are random; the cadres' ID numbers are not: sorting by them gives every load the same picks.
  const idCard = new Map((await bulkGetLive(store.db.cadres, [...new Set(postings.map((p) => p.cadreId))])).map((c) => [c.id, c.idCardNo]));
  postings.sort((a, b) => (idCard.get(a.cadreId) ?? '').localeCompare(idCard.get(b.cadreId) ?? '') || a.startDate.localeCompare(b.startDate));
  const byId = new Map(units.map((u) => [u.id, u]));
  const byPosting = new Map(postings.map((p) => [p.id, p]));
  const sample = generateAssessmentSample({
    today,
    seed,
    townships,
    postings: postings.map((p) => ({ ...p, townshipId: townshipOf(byId, p.receivingUnitId)?.id ?? null })),
    excellentReviews: reviews
      .filter((a) => a.grade === '1' && byPosting.has(a.postingId))
      .map((a) => {
        const p = byPosting.get(a.postingId)!;
        return { postingId: p.id, cadreId: p.cadreId, date: p.actualEndDate ?? p.plannedEndDate };
      }),
  });
  const cadreOf = (postingId: string) => byPosting.get(postingId)!.cadreId;
  return store.write(async (w) => {
    await w.createMany('weeklyScores', sample.weeklyScores.map((s) => ({ input: { ...s, total: weeklyTotal(s.items) } })));
    await w.createMany('assessments', sample.assessments.map((a) => ({ input: { ...a, cadreId: cadreOf(a.postingId) } })));
    const talks = (await talksVisible(w.db)) ? sample.talks : [];
    await w.createMany('talkRecords', talks.map((t) => ({ input: t })));
    await w.createMany('reservePool', sample.reserve.map((e) => ({ input: e })));
    return sample.weeklyScores.length + sample.assessments.length + talks.length + sample.reserve.length;
  });
}
