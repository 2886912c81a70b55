import { formatDateDotted, localDateOf, todayIso } from '@shared/domain/dates';
import type { InputOf } from '@shared/domain/tables';
import { defaultRulesFor } from '@shared/domain/presets';
import { validateCadre } from '@shared/domain/rules/cadre-rules';
import { generateSampleCounty } from '@shared/sample/sample-county';
import { AppError, SiteNotSetUpError, ValidationError } from '../errors';
import { live } from '../queries/live';
import { ensurePresets } from '../repositories/presets';
import type { SiteState, Store } from '../store';
import { SAMPLE_STEPS } from './sample-steps';

const CHUNK = 2000;
/** The seed of the features' sample generators (the county itself has its own). */
const SAMPLE_SEED = 20261130;

/** How far loading the sample county has come. */
export interface SampleProgress {
  stage: string;
  done: number;
  total: number;
}

/** When the sample county was loaded on this PC, if it was. */
export async function sampleLoadedAt(store: Store): Promise<string | undefined> {
  const loaded = await store.meta('sampleLoaded');
  return loaded && !loaded.clearedAt ? loaded.at : undefined;
}

/**
 * 载入示例数据: adds the sample county through the write path (validated and stamped like any
 * entry). Units and batches go in one transaction; cadres and postings in transactions of 2,000
 * records, so 20,000 postings load without one huge transaction (ENVIRONMENT.md: memory doubles).
 * Units that already exist by name under the same parent are reused. Every record it creates is
 * marked as sample data (Store.asSample): it never leaves this PC and 清除示例数据 removes it.
 * Its dates are relative to `today` (this computer's date unless given).
 */
export async function loadSample(
  store: Store,
  postings: number,
  { onProgress, today = todayIso() }: { onProgress?: (p: SampleProgress) => void; today?: string } = {},
): Promise<{ units: number; cadres: number; postings: number }> {
  const site = store.site;
  if (!site) throw new SiteNotSetUpError();
  const loadedAt = await sampleLoadedAt(store);
  if (loadedAt) throw new AppError(`示例数据已于${formatDateDotted(localDateOf(loadedAt))}载入过，不能重复载入。`);
  await store.write(ensurePresets);
  return store.asSample(() => loadSampleCounty(store, site, postings, today, onProgress));
}

async function loadSampleCounty(store: Store, site: SiteState, postings: number, today: string, onProgress?: (p: SampleProgress) => void): Promise<{ units: number; cadres: number; postings: number }> {
  const sample = generateSampleCounty({ postings, today, countyName: site.countyName });
  const total = sample.units.length + sample.cadres.length + sample.postings.length;
  let done = 0;
  const tick = (stage: string, n: number) => onProgress?.({ stage, done: (done += n), total });

  const unitIds = new Map<string, string>();
  const batchIds = new Map<string, string>();
  let unitsCreated = 0;
  await store.write(async (w) => {
    const existing = await live(w.db.units).toArray();
    for (const u of sample.units) {
      const parentId = u.parentKey ? unitIds.get(u.parentKey)! : null;
      const same = existing.find((e) => e.name === u.name && (e.parentId ?? null) === parentId);
      if (same) unitIds.set(u.key, same.id);
      else {
        const { key: _k, parentKey: _p, ...fields } = u;
        unitIds.set(u.key, (await w.create('units', { ...fields, parentId })).id);
        unitsCreated++;
      }
    }
    for (const b of sample.batches) {
      const { key, ...fields } = b;
      batchIds.set(key, (await w.create('batches', { ...fields, organiserUnitId: site.homeUnitId, ...defaultRulesFor(b.postingType) })).id);
    }
  });
  tick('单位和批次', sample.units.length);

  const cadreIds = new Map<string, string>();
  for (let i = 0; i < sample.cadres.length; i += CHUNK) {
    const chunk = sample.cadres.slice(i, i + CHUNK);
    await store.write(async (w) => {
      const inputs = chunk.map((c) => {
        const v = validateCadre({ ...(c.fields as Partial<InputOf<'cadres'>>), homeUnitId: unitIds.get(c.homeUnitKey)! }, { today });
        if (!v.ok) throw new ValidationError(v.errors);
        const id = crypto.randomUUID();
        cadreIds.set(c.key, id);
        return { id, input: v.value };
      });
      await w.createMany('cadres', inputs);
    });
    tick('干部', chunk.length);
  }

  const postingIds = new Map(sample.postings.map((p) => [p.key, crypto.randomUUID()]));
  for (let i = 0; i < sample.postings.length; i += CHUNK) {
    const chunk = sample.postings.slice(i, i + CHUNK);
    await store.write(async (w) => {
      await w.createMany(
        'postings',
        chunk.map((p) => ({
          id: postingIds.get(p.key)!,
          input: {
            ...(p.fields as Partial<InputOf<'postings'>>),
            cadreId: cadreIds.get(p.cadreKey)!,
            dispatchingUnitId: unitIds.get(p.dispatchingKey)!,
            receivingUnitId: unitIds.get(p.receivingKey)!,
            batchId: p.batchKey ? batchIds.get(p.batchKey)! : null,
            pairedPostingId: p.pairKey ? postingIds.get(p.pairKey)! : null,
          } as InputOf<'postings'>,
        })),
      );
      await w.createMany(
        'extensions',
        chunk.flatMap((p) => (p.extensions ?? []).map((e) => ({ input: { ...e, postingId: postingIds.get(p.key)! } }))),
      );
      const reviews = chunk.filter((p) => p.endOfTermGrade);
      await w.createMany(
        'assessments',
        reviews.map((p) => ({
          input: {
            postingId: postingIds.get(p.key)!,
            cadreId: cadreIds.get(p.cadreKey)!,
            kind: 'endOfTerm',
            period: postingIds.get(p.key)!,
            assessingUnit: 'joint',
            grade: p.endOfTermGrade!,
            hostOpinion: '该同志挂职期间工作积极主动，较好完成了各项任务。',
            homeOpinion: '同意接收单位意见。',
            orgDeptOpinion: '同意。',
            selfSummary: '挂职锻炼总结已存档。',
          },
        })),
      );
    });
    tick('挂职', chunk.length);
  }
  for (const step of SAMPLE_STEPS) {
    onProgress?.({ stage: step.label, done, total });
    await step.run({ store, today, seed: SAMPLE_SEED });
  }
  await store.write(async (w) => {
    await w.setMeta('sampleLoaded', { at: new Date().toISOString(), postings: sample.postings.length });
  });
  return { units: unitsCreated, cadres: sample.cadres.length, postings: sample.postings.length };
}
