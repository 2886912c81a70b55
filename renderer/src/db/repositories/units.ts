import type { InputOf } from '@shared/domain/tables';
import type { Unit } from '@shared/domain/entities/unit';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { parseEntity, type Writer } from '../writer';
import { live, liveWhere } from '../queries/live';

async function liveUnits(w: Writer): Promise<Row<'units'>[]> {
  return live(w.db.units).toArray();
}

/** Checks the parent exists, the tree stays a tree and the name is unique among siblings. */
async function assertPlacement(w: Writer, id: string | undefined, unit: Unit): Promise<void> {
  const units = await liveUnits(w);
  const byId = new Map(units.map((u) => [u.id, u]));
  if (unit.parentId) {
    if (!byId.has(unit.parentId)) throw new ValidationError([{ field: 'parentId', message: '上级单位不存在或已删除，请重新选择' }]);
    for (let p: string | null | undefined = unit.parentId, hops = 0; p; p = byId.get(p)?.parentId, hops++) {
      if (p === id || hops > units.length)
        throw new ValidationError([{ field: 'parentId', message: '不能把单位放到它自己或它的下级单位之下' }]);
    }
  }
  const sibling = units.find((u) => u.id !== id && (u.parentId ?? null) === (unit.parentId ?? null) && u.name === unit.name);
  if (sibling) throw new ValidationError([{ field: 'name', message: `同一上级单位下已有“${unit.name}”，请勿重复添加` }]);
}

/** Adds a unit to the tree. */
export async function createUnit(w: Writer, input: InputOf<'units'>): Promise<Row<'units'>> {
  const unit = parseEntity('units', input);
  await assertPlacement(w, undefined, unit);
  return w.create('units', unit);
}

/** Changes a unit (name, level, kind, parent, order …). */
export async function updateUnit(w: Writer, id: string, patch: Partial<InputOf<'units'>>): Promise<Row<'units'>> {
  const prev = await w.get('units', id);
  const unit = parseEntity('units', { ...prev, ...patch });
  await assertPlacement(w, id, unit);
  return w.update('units', id, unit);
}

/**
 * Deletes a unit that nothing refers to any more: no live child units, no cadres working there and
 * no postings from or to it. Otherwise says what still refers to it.
 */
export async function removeUnit(w: Writer, id: string, homeUnitId?: string): Promise<void> {
  const unit = await w.get('units', id);
  if (id === homeUnitId) throw new ValidationError([{ field: 'id', message: '这是本机设置中的本单位，不能删除。如需更换，请先在“设置”中修改本单位' }]);
  const children = await liveWhere(w.db.units, 'parentId', id).count();
  if (children > 0) throw new ValidationError([{ field: 'id', message: `“${unit.name}”下还有${children}个下级单位，请先删除或移走下级单位` }]);
  const cadres = await liveWhere(w.db.cadres, 'homeUnitId', id).count();
  if (cadres > 0) throw new ValidationError([{ field: 'id', message: `还有${cadres}名干部的工作单位是“${unit.name}”，不能删除` }]);
  const postings =
    (await liveWhere(w.db.postings, 'receivingUnitId', id).count()) + (await liveWhere(w.db.postings, 'dispatchingUnitId', id).count());
  if (postings > 0) throw new ValidationError([{ field: 'id', message: `还有${postings}条挂职记录的派出或接收单位是“${unit.name}”，不能删除` }]);
  await w.remove('units', id);
}
