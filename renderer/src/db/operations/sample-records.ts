import { ON_POST_STATUSES } from '@shared/domain/enums';
import { checkLogEntry, entryPeriod } from '@shared/domain/rules/record-book-entries';
import { isDatedKind } from '@shared/domain/rules/record-book-kinds';
import { keyedId, type InputOf } from '@shared/domain/tables';
import { generateSampleRecords, type SampleRecordPosting } from '@shared/sample/records';
import { ValidationError } from '../errors';
import { bulkGetLive, liveWhere } from '../queries/live';
import * as entriesRepo from '../repositories/log-entries';
import * as inspectionsRepo from '../repositories/inspections';
import type { SampleStepContext } from './sample-steps';

/**
 * The 纪实 of the sample county (SAMPLE_STEPS): three months for a dozen cadres on post, one
 * inspection with a rectification (which locks what it checked) and one amendment, in one
 * transaction through the same rules as a clerk's entries. Returns how many records it wrote.
 */
export async function loadSampleRecords({ store, today, seed }: SampleStepContext): Promise<number> {
  const enteredBy = store.site?.label ?? '';
  return store.write(async (w) => {
    const postings = await liveWhere(w.db.postings, 'status', [...ON_POST_STATUSES]).toArray();
    const units = new Map((await bulkGetLive(w.db.units, [...new Set(postings.map((p) => p.receivingUnitId))])).map((u) => [u.id, u]));
    const parents = new Map((await bulkGetLive(w.db.units, [...new Set([...units.values()].map((u) => u.parentId).filter((id): id is string => !!id))])).map((u) => [u.id, u]));
    const byId = new Map(postings.map((p) => [p.id, p]));
    const sample = generateSampleRecords({
      today,
      seed,
      postings: postings.map((p): SampleRecordPosting => {
        const unit = units.get(p.receivingUnitId);
        const parent = unit?.parentId ? parents.get(unit.parentId) : undefined;
        const town = unit?.level === 'township' ? unit : parent?.level === 'township' ? parent : undefined;
        return { id: p.id, type: p.type, status: p.status, startDate: p.startDate, unitName: unit?.shortName ?? unit?.name ?? '', townName: town ? (town.shortName ?? town.name) : null, village: p.village, secondedPost: p.secondedPost };
      }),
    });
    const inputs = sample.entries.map(({ date, periodStart, ...e }) => {
      const posting = byId.get(e.postingId)!;
      const when = isDatedKind(e.kind) ? { date, periodStart: null, periodEnd: null } : { date: null, ...entryPeriod(e.kind, periodStart!, posting) };
      const issues = checkLogEntry({ ...e, ...when }, { posting, today });
      if (issues.length) throw new ValidationError(issues);
      return { input: { ...e, ...when, enteredBy } as InputOf<'logEntries'> };
    });
    await w.createMany('logEntries', inputs);
    let written = inputs.length;
    if (sample.inspection) {
      const { postingId, ...input } = sample.inspection;
      written += (await inspectionsRepo.recordInspection(w, { postingId }, input, today)).length;
    }
    if (sample.amendment) {
      const { postingId, date, ...input } = sample.amendment;
      await entriesRepo.amendEntry(w, keyedId('logEntries', postingId, 'daily', date, ''), input, { today, enteredBy });
      written++;
    }
    return written;
  });
}
