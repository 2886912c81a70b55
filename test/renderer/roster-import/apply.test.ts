import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../renderer/src/db/errors';
import { createCadre } from '../../../renderer/src/db/repositories/cadres';
import { applyRosterImport } from '../../../renderer/src/db/repositories/roster-import';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import type { Store } from '../../../renderer/src/db/store';
import { loadRosterData } from '../../../renderer/src/db/queries/roster-import';
import { autoMapColumns, findHeaderRow, idCardNosIn, importPlanOf, namesIn, validateRosterRows, type RosterPreview } from '@shared/import/roster-import';
import { Writer } from '../../../renderer/src/db/writer';
import { cadreInput } from '../../fixtures/cadres';
import { TEMPLATE_HEADER, TODAY, templateRow, templateSheet } from '../../fixtures/roster/roster-rows';
import { collectAlerts } from '../../../renderer/src/db/queries/alerts';
import { listCadres } from '../../../renderer/src/db/queries/cadres';
import { newStore } from '../db/test-store';

afterEach(() => vi.restoreAllMocks());

async function county(): Promise<Store> {
  const store = await newStore();
  await store.write(async (w) => {
    await createUnit(w, { name: '开江县发展和改革局', shortName: '县发改局', level: 'county', kind: 'govOrgan', isInCounty: true });
    await createUnit(w, { name: '讲治镇人民政府', shortName: '讲治镇', level: 'township', kind: 'township', isInCounty: true });
  });
  return store;
}

/** Reads a sheet the way the wizard does: header row, mapping, data from the database, validation. */
async function previewOf(store: Store, sheet: unknown[][], createMissingUnits = false): Promise<RosterPreview> {
  const header = findHeaderRow(sheet)!;
  const mapping = autoMapColumns(sheet[header]!, header);
  const data = await loadRosterData(store.db, { idCardNos: idCardNosIn(sheet, mapping), names: namesIn(sheet, mapping) }, TODAY);
  return validateRosterRows(sheet, mapping, { ...data, options: { createMissingUnits } });
}

const SHEET = templateSheet(
  templateRow(),
  templateRow({ name: '李梅', idCardNo: '511723198706200048', receivingUnit: '永兴镇', secondedPost: '镇长助理' }),
  templateRow({ name: '刘洋', idCardNo: '511723199001010054', homeUnit: '县乡村振兴局', currentPost: '综合股股长', receivingUnit: '讲治镇' }),
);

async function counts(store: Store) {
  return {
    units: await store.db.units.count(),
    cadres: await store.db.cadres.count(),
    postings: await store.db.postings.count(),
    clock: (await store.db.meta.get('clock'))?.value,
  };
}

describe('applying a roster import', () => {
  it('creates the missing units, the cadres and their postings in one go', async () => {
    const store = await county();
    const preview = await previewOf(store, SHEET, true);
    expect(preview.rows.map((r) => r.status)).toEqual(['ok', 'warning', 'warning']);
    const progress: [number, number][] = [];
    const result = await store.write((w) => applyRosterImport(w, importPlanOf(preview), TODAY, (d, t) => progress.push([d, t])));
    expect(result).toEqual({ unitsCreated: 2, cadresCreated: 3, cadresUpdated: 0, postingsCreated: 3, postingsUpdated: 0 });
    expect(progress.at(-1)).toEqual([3, 3]);

    const town = await store.db.units.filter((u) => u.name === '永兴镇').first();
    expect(town).toMatchObject({ level: 'township', kind: 'township', isInCounty: true });
    const bureau = await store.db.units.filter((u) => u.name === '县乡村振兴局').first();
    const liu = await store.db.cadres.where('idCardNo').equals('511723199001010054').first();
    expect(liu).toMatchObject({ name: '刘洋', homeUnitId: bureau!.id, sex: '1', birthDate: '1990-01-01' });
    const liMei = await store.db.cadres.where('idCardNo').equals('511723198706200048').first();
    const post = await store.db.postings.where('cadreId').equals(liMei!.id).first();
    expect(post).toMatchObject({ receivingUnitId: town!.id, secondedPost: '镇长助理', startDate: '2024-03-01', plannedEndDate: '2026-02-28', status: 'active' });
  });

  it('imports rows of a roster without 参加工作时间 and 入党时间 columns; 概览 and the cadre list show them 待补充', async () => {
    const store = await county();
    const keep = TEMPLATE_HEADER.map((h, i) => i).filter((i) => !/^(参加工作时间|入党时间)/.test(TEMPLATE_HEADER[i]!));
    const sheet = templateSheet(templateRow(), templateRow({ name: '李梅', idCardNo: '511723198706200048', politicalStatus: '群众' })).map((row, r) => (r < 2 ? row : keep.map((i) => row[i])));
    const preview = await previewOf(store, sheet);
    expect(preview.rows.map((r) => [r.status, r.pending])).toEqual([
      ['ok', ['入党时间', '参加工作时间']],
      ['ok', ['参加工作时间']],
    ]);
    await store.write((w) => applyRosterImport(w, importPlanOf(preview), TODAY));
    const alerts = (await collectAlerts(store.db, TODAY)).filter((a) => a.kind === 'dataQuality').map((a) => a.message);
    expect(alerts.sort()).toEqual(['张志强：待补充：入党时间、参加工作时间', '李梅：待补充：参加工作时间']);
    expect((await listCadres(store.db, { query: '', unitIds: null, rank: new Map(), flagged: true })).rows.map((c) => c.name).sort()).toEqual(['张志强', '李梅']);
    expect((await listCadres(store.db, { query: 'lm', unitIds: null, rank: new Map(), flagged: true })).rows.map((c) => c.name)).toEqual(['李梅']);
  });

  it('updates a cadre already registered (matched by ID number) instead of registering them twice', async () => {
    const store = await county();
    const home = (await store.db.units.filter((u) => u.name === '开江县发展和改革局').first())!;
    await store.write((w) => createCadre(w, cadreInput(home.id, { name: '张志强', idCardNo: '511723198503150036', partyJoinDate: '2008-06', workStartDate: '2007-07', phone: '13900001111' }), TODAY));
    const preview = await previewOf(store, templateSheet(templateRow({ phone: '13811112222' })));
    const plan = preview.rows[0]!.cadre;
    if (plan?.action !== 'update') throw new Error('expected an update');
    expect(plan.changes.map((c) => `${c.label}：${c.before} → ${c.after}`)).toEqual([
      '全日制学位：（空） → 学士',
      '现任职务：县发展和改革局办公室主任 → 办公室主任',
      '职务层次：乡科级副职 → 乡科级正职',
      '联系电话：13900001111 → 13811112222',
    ]);
    const result = await store.write((w) => applyRosterImport(w, importPlanOf(preview), TODAY));
    expect(result).toEqual({ unitsCreated: 0, cadresCreated: 0, cadresUpdated: 1, postingsCreated: 1, postingsUpdated: 0 });
    expect(await store.db.cadres.count()).toBe(1);
    expect((await store.db.cadres.toArray())[0]).toMatchObject({ phone: '13811112222' });
  });

  it('a failure halfway leaves units, cadres, postings and the clock exactly as they were', async () => {
    const store = await county();
    const preview = await previewOf(store, SHEET, true);
    const before = await counts(store);
    // The postings are the last records written: units and cadres are already in when it fails.
    const real = Writer.prototype.createMany;
    const tables: string[] = [];
    vi.spyOn(Writer.prototype, 'createMany').mockImplementation(async function (this: Writer, table, inputs) {
      tables.push(table);
      if (table === 'postings') throw new Error('磁盘写入失败');
      return real.call(this, table, inputs as never) as never;
    });
    await expect(store.write((w) => applyRosterImport(w, importPlanOf(preview), TODAY))).rejects.toThrow('磁盘写入失败');
    expect(tables).toEqual(['units', 'cadres', 'postings']);
    expect(await counts(store)).toEqual(before);
  });

  it('a cadre registered between preview and import makes the whole import fail, changing nothing', async () => {
    const store = await county();
    const preview = await previewOf(store, SHEET, true);
    const home = (await store.db.units.filter((u) => u.name === '开江县发展和改革局').first())!;
    await store.write((w) => createCadre(w, cadreInput(home.id, { name: '刘洋', idCardNo: '511723199001010054', partyJoinDate: '2012-06', workStartDate: '2012-07' }), TODAY));
    const before = await counts(store);
    const error = await store.write((w) => applyRosterImport(w, importPlanOf(preview), TODAY)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('第6行（刘洋）：身份证号码已登记为“刘洋”');
    expect(await counts(store)).toEqual(before);
  });

  it('refuses a preview that still has rows with errors, before writing anything', async () => {
    const store = await county();
    const preview = await previewOf(store, SHEET, false);
    expect(preview.rows.map((r) => r.status)).toEqual(['ok', 'error', 'error']);
    const before = await counts(store);
    await expect(store.write((w) => applyRosterImport(w, importPlanOf(preview), TODAY))).rejects.toThrow('第5、6行有错误，请先修改或跳过这些行再导入');
    expect(await counts(store)).toEqual(before);
  });

  it('importing the same file again skips every row as already imported', async () => {
    const store = await county();
    await store.write(async (w) => applyRosterImport(w, importPlanOf(await previewOf(store, SHEET, true)), TODAY));
    const again = await previewOf(store, SHEET, true);
    expect(again.rows.map((r) => [r.status, r.skipReason])).toEqual([
      ['skipped', '已存在相同的挂职记录，无变化'],
      ['skipped', '已存在相同的挂职记录，无变化'],
      ['skipped', '已存在相同的挂职记录，无变化'],
    ]);
    expect(again.unitsToCreate).toEqual([]);
    const result = await store.write((w) => applyRosterImport(w, importPlanOf(again), TODAY));
    expect(result).toEqual({ unitsCreated: 0, cadresCreated: 0, cadresUpdated: 0, postingsCreated: 0, postingsUpdated: 0 });
    expect(await store.db.postings.count()).toBe(3);
  });
});
