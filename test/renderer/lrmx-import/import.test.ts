import { describe, expect, it } from 'vitest';
import { importLrmx } from '../../../renderer/src/db/operations';
import { matchLrmxPersons } from '../../../renderer/src/db/queries/lrmx-import';
import { createCadre } from '../../../renderer/src/db/repositories/cadres';
import { createUnit } from '../../../renderer/src/db/repositories/units';
import { ValidationError } from '../../../renderer/src/db/errors';
import { cadreInput } from '../../fixtures/cadres';
import { newStore } from '../db/test-store';

const TODAY = '2024-05-06';

async function county() {
  const store = await newStore();
  const unit = await store.write((w) => createUnit(w, { name: '开江县农业农村局', level: 'county', kind: 'govOrgan', isInCounty: true }));
  return { store, unit };
}

describe('importing 任免审批表 persons', () => {
  it('matches by ID number, else by name and birth month (also a cadre on file without an ID number)', async () => {
    const { store, unit } = await county();
    const withId = await store.write((w) => createCadre(w, cadreInput(unit.id, { name: '王志强', idCardNo: '511723198203150317' }), TODAY));
    const noId = await store.write((w) => createCadre(w, cadreInput(unit.id, { name: '李娜', idCardNo: null, sex: '2', birthDate: '1990-05-01' }), TODAY));
    const matches = await matchLrmxPersons(store.db, [
      { matchKey: { kind: 'idCardNo', idCardNo: '511723198203150317' }, cadre: { name: '王志强' }, birthMonth: '1982-03' },
      { matchKey: { kind: 'nameBirthMonth', name: '李娜', birthMonth: '1990-05' }, cadre: { name: '李娜' }, birthMonth: '1990-05' },
      { matchKey: { kind: 'idCardNo', idCardNo: '511723199005010022' }, cadre: { name: '李娜' }, birthMonth: '1990-05' },
      { matchKey: { kind: 'idCardNo', idCardNo: '51172319850412003X' }, cadre: { name: '陈思远' }, birthMonth: '1985-04' },
    ]);
    expect(matches.map((m) => (m.kind === 'found' ? m.cadre.id : m.kind))).toEqual([withId.id, noId.id, noId.id, 'none']);
  });

  it('writes every person in one transaction: a refusal leaves the database as it was', async () => {
    const { store, unit } = await county();
    await store.write((w) => createCadre(w, cadreInput(unit.id, { name: '王志强', idCardNo: '511723198203150317' }), TODAY));
    const before = await store.db.cadres.count();
    const error = await importLrmx(
      store,
      [
        { label: '陈思远.lrmx（陈思远）', action: 'create', input: cadreInput(unit.id, { name: '陈思远', idCardNo: '51170219850412003X' }) },
        { label: '王志强2.lrmx（王志强）', action: 'create', input: cadreInput(unit.id, { name: '王志强', idCardNo: '511723198203150317' }) },
      ],
      TODAY,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('王志强2.lrmx（王志强）：身份证号码已登记为“王志强”');
    expect(await store.db.cadres.count()).toBe(before);
    const ok = await importLrmx(store, [{ label: '陈思远.lrmx（陈思远）', action: 'create', input: cadreInput(unit.id, { name: '陈思远', idCardNo: '51170219850412003X' }) }], TODAY);
    expect(ok).toEqual({ created: 1, updated: 0 });
  });
});
