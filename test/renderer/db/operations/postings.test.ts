import { describe, expect, it } from 'vitest';
import type { PostingInput } from '@shared/domain/entities/posting';
import { ValidationError } from '../../../../renderer/src/db/errors';
import {
  activatePosting,
  completePosting,
  createPair,
  createPosting,
  extendPosting,
  recallWithReplacement,
  recordEndOfTermReview,
  terminatePosting,
  updatePosting,
} from '../../../../renderer/src/db/operations';
import { extensionsByPosting } from '../../../../renderer/src/db/queries/extensions';
import { loadPostingDetail } from '../../../../renderer/src/db/queries/posting-detail';
import { createCadre } from '../../../../renderer/src/db/repositories/cadres';
import { createUnit } from '../../../../renderer/src/db/repositories/units';
import { cadreInput } from '../../../fixtures/cadres';
import { newStore } from '../test-store';

const TODAY = '2026-11-21';

async function world() {
  const store = await newStore();
  const { bureau, town, zs, ls, ww } = await store.write(async (w) => {
    const bureau = await createUnit(w, { name: '开江县发展和改革局', shortName: '县发改局', level: 'county', kind: 'govOrgan', isInCounty: true });
    const town = await createUnit(w, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
    const zs = await createCadre(w, cadreInput(bureau.id, { name: '张三', idCardNo: '340524199001010030' }), TODAY);
    const ls = await createCadre(w, cadreInput(town.id, { name: '李四', idCardNo: '340524199002020038', currentPost: '讲治镇党政办副主任' }), TODAY);
    const ww = await createCadre(w, cadreInput(town.id, { name: '王五', idCardNo: '340524199103030032', currentPost: '讲治镇农业服务中心主任' }), TODAY);
    return { bureau, town, zs, ls, ww };
  });
  const posting = (cadreId: string, from: string, to: string, over: Partial<PostingInput> = {}): PostingInput => ({
    cadreId,
    type: 'secondmentDown',
    direction: 'down',
    dispatchingUnitId: from,
    originalPost: '科员',
    receivingUnitId: to,
    secondedPost: '党委委员、副镇长',
    startDate: '2025-03-01',
    termMonths: 24,
    plannedEndDate: '2027-02-28',
    status: 'active',
    ...over,
  });
  return { store, bureau, town, zs, ls, ww, posting };
}

async function refused(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.message);
}

describe('posting operations', () => {
  it('creates a posting without touching the cadre’s home unit', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    expect(p.status).toBe('active');
    expect((await store.db.cadres.get(zs.id))?.homeUnitId).toBe(bureau.id);
  });

  it('allows only one open posting per cadre', async () => {
    const { store, bureau, town, zs, posting } = await world();
    await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    const messages = await refused(createPosting(store, posting(zs.id, bureau.id, town.id, { startDate: '2025-06-01' }), TODAY));
    expect(messages[0]).toContain('该干部已有一条未结束的挂职（在讲治镇在岗，2025.03.01起）');
  });

  it('refuses the same unit on both sides and village types without a village', async () => {
    const { store, bureau, town, zs, posting } = await world();
    expect(await refused(createPosting(store, posting(zs.id, town.id, town.id), TODAY))).toContain('接收单位不能与派出单位相同');
    const msgs = await refused(createPosting(store, posting(zs.id, bureau.id, town.id, { type: 'firstSecretary' }), TODAY));
    expect(msgs).toEqual(['驻村工作队员和第一书记须填写驻村名称', '驻村工作队员和第一书记须选择队内职务']);
  });

  it('warns, without blocking, about age ceilings and education (T11)', async () => {
    const { store, bureau, town, posting } = await world();
    const old = await store.write((w) => createCadre(w, cadreInput(bureau.id, { name: '赵六', idCardNo: '11010519491231002X', partyJoinDate: '1975-06', workStartDate: '1968-09', fullTimeEducation: '31' }), TODAY));
    const { warnings } = await createPosting(store, posting(old.id, bureau.id, town.id), TODAY);
    expect(warnings.map((x) => x.message)).toEqual([
      '到岗时75岁，超过乡科级及以下干部挂职一般不超过40岁的要求',
      '学历为“大学专科毕业”，挂职干部一般应具有大学本科以上学历',
    ]);
  });

  it('creates a 双向互派 as a linked pair in one step and warns when dates differ by more than 30 days', async () => {
    const { store, bureau, town, zs, ls, posting } = await world();
    const r = await createPair(store, posting(zs.id, bureau.id, town.id), posting(ls.id, town.id, bureau.id, { startDate: '2025-05-01', plannedEndDate: '2027-04-30' }), TODAY);
    expect(r.a.pairedPostingId).toBe(r.b.id);
    expect(r.b.pairedPostingId).toBe(r.a.id);
    expect([r.a.type, r.b.type]).toEqual(['pairedExchange', 'pairedExchange']);
    expect(r.warnings.map((w) => w.message)).toEqual(['互派双方到岗日期相差61天，超过30天', '互派双方期满日期相差61天，超过30天']);
  });

  it('extends with a new end date and keeps the history', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    const ext = await extendPosting(store, p.id, { newEndDate: '2027-08-31', decidedOn: '2026-11-01', approvedBy: '县委组织部', reason: '项目建设需要' }, TODAY);
    expect(ext.status).toBe('extended');
    expect(ext.plannedEndDate).toBe('2027-08-31');
    await extendPosting(store, p.id, { newEndDate: '2028-02-29', decidedOn: '2026-11-20', approvedBy: '县委组织部', reason: '再次延期' }, TODAY);
    const history = (await loadPostingDetail(store.db, p.id))!.extensions.map((e) => [e.decidedOn, e.previousEndDate, e.newEndDate, e.approvedBy, e.reason]);
    expect(history).toEqual([
      ['2026-11-01', '2027-02-28', '2027-08-31', '县委组织部', '项目建设需要'],
      ['2026-11-20', '2027-08-31', '2028-02-29', '县委组织部', '再次延期'],
    ]);
    const before = await store.db.extensions.count();
    expect(await refused(extendPosting(store, p.id, { newEndDate: '2027-01-31', decidedOn: '2026-11-02', approvedBy: '县委组织部', reason: 'x' }, TODAY))).toEqual([
      '延期后的期满日期应晚于原期满日期（2028.02.29）',
    ]);
    expect(await store.db.extensions.count()).toBe(before);
    const forReports = await extensionsByPosting(store.db, [p.id, 'other']);
    expect([...forReports.keys()]).toEqual([p.id]);
    expect(forReports.get(p.id)!.map((e) => e.newEndDate)).toEqual(['2027-08-31', '2028-02-29']);
  });

  it('needs an approver and a reason to end early, and refuses actions that do not fit the status', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    expect(await refused(terminatePosting(store, p.id, { actualEndDate: '2026-06-30', approvedBy: '', reason: '身体原因' }, TODAY))).toEqual([
      '提前结束须经组织部同意，请填写批准人（单位）',
    ]);
    const t = await terminatePosting(store, p.id, { actualEndDate: '2026-06-30', approvedBy: '县委组织部', reason: '身体原因' }, TODAY);
    expect([t.status, t.endReason, t.actualEndDate]).toEqual(['terminated', 'earlyTermination', '2026-06-30']);
    expect(await refused(extendPosting(store, p.id, { newEndDate: '2028-01-01', decidedOn: TODAY, approvedBy: 'x', reason: 'y' }, TODAY))).toEqual([
      '状态为“提前结束”的挂职不能延期',
    ]);
  });

  it('recalls and creates the replacement in the same transaction: same host and term, the new cadre’s unit and post', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const zl = await store.write((w) => createCadre(w, cadreInput(bureau.id, { name: '赵丽', idCardNo: '340524199204040029', currentPost: '县发展和改革局规划股股长' }), TODAY));
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    const r = await recallWithReplacement(store, p.id, { actualEndDate: '2026-05-31', approvedBy: '县委组织部', reason: '不胜任驻村工作' }, TODAY, { cadreId: zl.id, startDate: '2026-06-01' });
    expect(r.recalled).toMatchObject({ status: 'recalled', endReason: 'recalled', actualEndDate: '2026-05-31', endApprovedBy: '县委组织部' });
    expect(r.replacement?.posting).toMatchObject({
      cadreId: zl.id,
      replacesPostingId: p.id,
      receivingUnitId: town.id,
      dispatchingUnitId: bureau.id,
      originalPost: '县发展和改革局规划股股长',
      secondedPost: '党委委员、副镇长',
      startDate: '2026-06-01',
      plannedEndDate: '2028-05-31',
      status: 'active',
    });
  });

  it('a recall whose replacement cannot be saved changes nothing, and says why', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    expect(await refused(recallWithReplacement(store, p.id, { actualEndDate: '2026-05-31', approvedBy: '县委组织部', reason: '不胜任' }, TODAY, { cadreId: 'nobody', startDate: '2026-06-01' }))).toEqual([
      '请选择接替的干部',
    ]);
    expect((await store.db.postings.get(p.id))?.status).toBe('active');
    const msgs = await refused(recallWithReplacement(store, p.id, { actualEndDate: '2026-05-31', approvedBy: '', reason: '不胜任' }, TODAY, { cadreId: zs.id, startDate: '2026-06-01' }));
    expect(msgs).toEqual(['召回须填写批准人（单位）']);
    expect(await store.db.postings.count()).toBe(1);
  });

  it('completes only with the end-of-term review on file; 优秀 enters the reserve pool once', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    expect(await refused(completePosting(store, p.id, { actualEndDate: '2026-11-21' }, TODAY))).toEqual([
      '期满结束前，请先录入期满考察结果（等次和各方意见）',
    ]);
    await recordEndOfTermReview(store, p.id, { grade: '1', assessingUnit: 'joint', hostOpinion: '表现优秀', addToReservePool: true }, TODAY);
    await recordEndOfTermReview(store, p.id, { grade: '1', assessingUnit: 'joint', hostOpinion: '表现优秀，建议重用', addToReservePool: true }, TODAY);
    const done = await completePosting(store, p.id, { actualEndDate: '2026-11-21' }, TODAY);
    expect(done.status).toBe('completed');
    expect(await store.db.assessments.count()).toBe(1);
    expect((await store.db.reservePool.toArray()).map((r) => [r.cadreId, r.basis])).toEqual([[zs.id, 'endOfTermExcellent']]);
  });

  it('dates that cannot be are refused by every action: an end years before the start, a decision in the future', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id, { startDate: '2024-11-16', plannedEndDate: '2026-11-15' }), TODAY);
    expect(await refused(terminatePosting(store, p.id, { actualEndDate: '2001-01-01', approvedBy: '县委组织部', reason: '身体原因' }, TODAY))).toEqual([
      '实际结束日期（2001.01.01）不能早于到岗日期（2024.11.16）',
    ]);
    expect(await refused(recallWithReplacement(store, p.id, { actualEndDate: '2030-01-01', approvedBy: '县委组织部', reason: '不胜任' }, TODAY))).toEqual([
      '实际结束日期（2030.01.01）晚于今天1137天，最多只能提前31天登记，请核对',
    ]);
    expect(await refused(extendPosting(store, p.id, { newEndDate: '2027-05-15', decidedOn: '2027-01-01', approvedBy: '县委组织部', reason: '项目需要' }, TODAY))).toEqual([
      '批准日期（2027.01.01）不能晚于今天',
    ]);
    expect(await refused(completePosting(store, p.id, { actualEndDate: '2001-01-01' }, TODAY))).toEqual([
      '实际结束日期（2001.01.01）不能早于到岗日期（2024.11.16）',
      '期满结束前，请先录入期满考察结果（等次和各方意见）',
    ]);
    const after = await store.db.postings.get(p.id);
    expect([after?.status, after?.actualEndDate, after?.plannedEndDate]).toEqual(['active', null, '2026-11-15']);
  });

  it('a posting entered as 在岗 that starts tomorrow is saved as 已批准 (with a notice); 到岗 then makes it 在岗', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const r = await createPosting(store, posting(zs.id, bureau.id, town.id, { startDate: '2026-11-22', plannedEndDate: '2028-11-21' }), TODAY);
    expect(r.posting.status).toBe('approved');
    expect(r.warnings.map((w) => w.message)).toContain('到岗日期2026.11.22在今天之后，将登记为“已批准（待到岗）”；到岗后请在挂职详情中办理“到岗”');
    const early = await activatePosting(store, r.posting.id, '2026-11-25', TODAY);
    expect([early.status, early.startDate, early.plannedEndDate]).toEqual(['approved', '2026-11-25', '2028-11-24']);
    const arrived = await activatePosting(store, r.posting.id, '2026-11-24', '2026-11-24');
    expect([arrived.status, arrived.startDate, arrived.plannedEndDate]).toEqual(['active', '2026-11-24', '2028-11-23']);
  });

  it('an edit cannot move an 在岗 posting’s start into the future', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    expect(await refused(updatePosting(store, p.id, { startDate: '2026-12-01', plannedEndDate: '2028-11-30' }, TODAY))).toEqual([
      '到岗日期（2026.12.01）晚于今天，尚未到岗的挂职应为“已批准”，到岗后再办理“到岗”',
    ]);
  });

  it('plain edits cannot change the status or end fields', async () => {
    const { store, bureau, town, zs, posting } = await world();
    const { posting: p } = await createPosting(store, posting(zs.id, bureau.id, town.id), TODAY);
    const r = await updatePosting(store, p.id, { status: 'completed', secondedPost: '副镇长' }, TODAY);
    expect([r.posting.status, r.posting.secondedPost]).toEqual(['active', '副镇长']);
  });
});
