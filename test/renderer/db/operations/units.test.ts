import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../renderer/src/db/errors';
import { createCadre, createUnit, removeUnit, updateUnit } from '../../../../renderer/src/db/operations';
import { cadreInput } from '../../../fixtures/cadres';
import { newStore } from '../test-store';

const TODAY = '2026-11-21';

async function storeWithTown() {
  const store = await newStore();
  const town = await createUnit(store, { name: '讲治镇人民政府', level: 'township', kind: 'township', isInCounty: true });
  return { store, town };
}

async function issuesOf(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues;
}

describe('unit operations', () => {
  it('keeps the tree a tree: no unit under itself or its descendants', async () => {
    const { store, town } = await storeWithTown();
    const village = await createUnit(store, { name: '石岭村', level: 'village', kind: 'village', parentId: town.id, isInCounty: true });
    const issues = await issuesOf(updateUnit(store, town.id, { parentId: village.id }));
    expect(issues[0]).toEqual({ field: 'parentId', message: '不能把单位放到它自己或它的下级单位之下' });
  });

  it('refuses two units of the same name under one parent', async () => {
    const { store } = await storeWithTown();
    const issues = await issuesOf(createUnit(store, { name: '讲治镇人民政府', level: 'township', kind: 'township' }));
    expect(issues[0]!.message).toContain('已有“讲治镇人民政府”');
  });

  it('refuses to delete a unit that still has cadres, and says how many', async () => {
    const { store, town } = await storeWithTown();
    await createCadre(store, cadreInput(town.id), TODAY);
    const issues = await issuesOf(removeUnit(store, town.id));
    expect(issues[0]!.message).toBe('还有1名干部的工作单位是“讲治镇人民政府”，不能删除');
  });
});
