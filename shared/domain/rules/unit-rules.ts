import type { Unit } from '../entities/unit';
import { UnitSchema } from '../entities/unit';
import type { FieldIssue } from '../issues';
import { referenceIssues } from './references';

type UnitLike = Pick<Unit, 'name'> & { id: string; parentId?: string | null };

/**
 * Where a unit may sit in the tree (DOMAIN §2.4): its parent exists, it is not placed under itself
 * or a descendant, and no sibling has the same name. `units` are the live units, `id` the unit's
 * own id when it is edited.
 */
export function unitPlacementIssues(unit: Pick<Unit, 'name' | 'parentId'>, id: string | undefined, units: readonly UnitLike[]): FieldIssue[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  if (unit.parentId) {
    const refs = referenceIssues(UnitSchema, { parentId: byId.has(unit.parentId) });
    if (refs.length) return refs;
    for (let p: string | null | undefined = unit.parentId, hops = 0; p; p = byId.get(p)?.parentId, hops++) {
      if (p === id || hops > units.length) return [{ field: 'parentId', message: '不能把单位放到它自己或它的下级单位之下' }];
    }
  }
  const sibling = units.find((u) => u.id !== id && (u.parentId ?? null) === (unit.parentId ?? null) && u.name === unit.name);
  return sibling ? [{ field: 'name', message: `同一上级单位下已有“${unit.name}”，请勿重复添加` }] : [];
}

/** What still refers to a unit about to be deleted. */
export interface UnitUsage {
  isHomeUnit: boolean;
  children: number;
  cadres: number;
  postings: number;
}

/** Why a unit cannot be deleted (DOMAIN §2.4): this PC's own unit, or anything still refers to it. */
export function unitRemovalIssues(name: string, usage: UnitUsage): FieldIssue[] {
  const refuse = (message: string): FieldIssue[] => [{ field: 'id', message }];
  if (usage.isHomeUnit) return refuse('这是本机设置中的本单位，不能删除。如需更换，请先在“设置”中修改本单位');
  if (usage.children > 0) return refuse(`“${name}”下还有${usage.children}个下级单位，请先删除或移走下级单位`);
  if (usage.cadres > 0) return refuse(`还有${usage.cadres}名干部的工作单位是“${name}”，不能删除`);
  if (usage.postings > 0) return refuse(`还有${usage.postings}条挂职记录的派出或接收单位是“${name}”，不能删除`);
  return [];
}
