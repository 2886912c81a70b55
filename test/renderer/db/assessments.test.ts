import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../renderer/src/db/errors';
import { recordAssessment, recordEndOfTermReview, removeAssessment, saveReserveEntry } from '../../../renderer/src/db/operations';
import { gradeCapFor, listAssessments } from '../../../renderer/src/db/queries/assessments';
import { listReservePool } from '../../../renderer/src/db/queries/reserve-pool';
import { assessmentWorld } from './assessment-world';

const TODAY = '2026-11-30';

async function refusal(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.message);
}

/** 李四 was found absent without leave once in 2026. */
async function withAbsence() {
  const world = await assessmentWorld(TODAY);
  await world.store.write((w) => w.create('spotChecks', { postingId: world.postings.li!, date: '2026-04-08', kind: 'unannounced', inspector: '陈明', inspectorUnit: '县委组织部', result: 'absentUnexcused' }));
  return world;
}

describe('考核鉴定', () => {
  it('computes the cap beside the grade; 优秀 above it needs a reason, which is kept with the cap', async () => {
    const { store, postings } = await withAbsence();
    const cap = await gradeCapFor(store.db, postings.li!, 'annual', '2026', TODAY);
    expect(cap).toMatchObject({ cap: '2', capText: '不得评为优秀' });
    expect(await gradeCapFor(store.db, postings.zhang!, 'annual', '2026', TODAY)).toMatchObject({ cap: null, capText: '' });

    const input = { postingId: postings.li!, kind: 'annual', period: '2026', assessingUnit: 'receiving', grade: '1' };
    expect(await refusal(recordAssessment(store, input, TODAY))).toEqual([
      '所选等次“优秀”高于按规定可评的等次（年度内明查暗访发现无故不在岗1次，不得评为优秀），如确需评定，请填写理由',
    ]);
    expect(await store.db.assessments.count()).toBe(0);
    const { assessment, warnings } = await recordAssessment(store, { ...input, capOverrideReason: '该次系执行县防汛任务未及时报备，已补办手续' }, TODAY);
    expect(warnings[0]!.message).toContain('已填写理由');
    expect(assessment).toMatchObject({ grade: '1', capOverrideReason: '该次系执行县防汛任务未及时报备，已补办手续', capAtGrading: '年度内明查暗访发现无故不在岗1次，不得评为优秀' });
    // a grade within the cap keeps no override reason
    const corrected = await recordAssessment(store, { ...input, grade: '2', capOverrideReason: '不再需要' }, TODAY, assessment.id);
    expect(corrected.assessment).toMatchObject({ grade: '2', capOverrideReason: null });
  });

  it('one annual assessment per year, one routine per quarter, inside the term', async () => {
    const { store, postings } = await assessmentWorld(TODAY);
    await recordAssessment(store, { postingId: postings.zhang!, kind: 'annual', period: '2026', assessingUnit: 'receiving', grade: '2' }, TODAY);
    expect(await refusal(recordAssessment(store, { postingId: postings.zhang!, kind: 'annual', period: '2026', assessingUnit: 'receiving', grade: '1' }, TODAY))).toEqual([
      '张三的2026年度考核已登记，请在列表中修改',
    ]);
    expect(await refusal(recordAssessment(store, { postingId: postings.sun!, kind: 'routine', period: '2026-Q3', assessingUnit: 'receiving', score: 90 }, TODAY))).toEqual([
      '2026年第三季度不在该干部的挂职期内（2026年11月16日至今）',
    ]);
    await recordAssessment(store, { postingId: postings.zhang!, kind: 'routine', period: '2026-Q3', assessingUnit: 'receiving', score: 92.5 }, TODAY);
    const rows = await listAssessments(store.db, { year: '2026' });
    expect(rows.map((r) => [r.cadre?.name, r.assessment.kind, r.assessment.period, r.hostPost])).toEqual([
      ['张三', 'annual', '2026', '讲治镇党委委员、副镇长'],
      ['张三', 'routine', '2026-Q3', '讲治镇党委委员、副镇长'],
    ]);
    expect((await listAssessments(store.db, { kind: 'routine' })).map((r) => r.assessment.score)).toEqual([92.5]);
    await removeAssessment(store, rows[1]!.assessment.id);
    expect(await listAssessments(store.db, { kind: 'routine' })).toEqual([]);
  });

  it('the end-of-term review from the posting’s dialog: one per posting, 优秀 enters the reserve pool once', async () => {
    const { store, postings, cadres } = await assessmentWorld(TODAY);
    const review = { grade: '1', assessingUnit: 'joint', selfSummary: '挂职总结', hostOpinion: '表现优秀', homeOpinion: '同意', filedToDossier: true, addToReservePool: true };
    await recordEndOfTermReview(store, postings.zhang!, review, TODAY);
    await recordEndOfTermReview(store, postings.zhang!, { ...review, hostOpinion: '表现优秀，建议重用' }, TODAY);
    const [row] = await listAssessments(store.db, { kind: 'endOfTerm' });
    expect(row!.assessment).toMatchObject({ hostOpinion: '表现优秀，建议重用', filedToDossier: true, addToReservePool: true, period: postings.zhang });
    const pool = await listReservePool(store.db);
    expect(pool.map((r) => [r.cadre?.name, r.entry.basis, r.entry.status, r.sourcePost])).toEqual([['张三', 'endOfTermExcellent', 'in', '讲治镇党委委员、副镇长']]);
    // 称职 never enters the pool, even when the box was ticked
    const other = await recordEndOfTermReview(store, postings.li!, { ...review, grade: '2' }, TODAY);
    expect(other.addToReservePool).toBe(false);
    expect(await store.db.reservePool.where('cadreId').equals(cadres.li!).count()).toBe(0);
  });
});

describe('后备干部库', () => {
  it('adds a cadre once, takes an entry out with the reason', async () => {
    const { store, cadres } = await assessmentWorld(TODAY);
    const entry = await saveReserveEntry(store, { cadreId: cadres.wang!, addedOn: '2026-11-01', basis: 'recommendation', status: 'in', note: '乡镇党委推荐' }, TODAY);
    expect(await refusal(saveReserveEntry(store, { cadreId: cadres.wang!, addedOn: '2026-11-20', basis: 'other', status: 'in' }, TODAY))).toEqual([
      '该干部已于2026年11月1日纳入后备干部库，不能重复入库',
    ]);
    expect(await refusal(saveReserveEntry(store, { ...entry, status: 'used', note: '' }, TODAY, entry.id))).toEqual(['请在备注中写明使用情况（如提拔任用的职务和时间）']);
    await saveReserveEntry(store, { ...entry, status: 'used', note: '2026年11月提拔为讲治镇党委副书记' }, TODAY, entry.id);
    expect((await listReservePool(store.db, 'used')).map((r) => [r.cadre?.name, r.entry.note])).toEqual([['王五', '2026年11月提拔为讲治镇党委副书记']]);
    expect(await listReservePool(store.db, 'in')).toEqual([]);
  });
});
