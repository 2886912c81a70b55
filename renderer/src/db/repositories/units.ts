import type { InputOf } from '@shared/domain/tables';
import { unitPlacementIssues, unitRemovalIssues } from '@shared/domain/rules/unit-rules';
import type { Row } from '../database';
import { ValidationError } from '../errors';
import { live, liveWhere } from '../queries/live';
import { parseEntity, type Writer } from '../writer';

async function assertPlacement(w: Writer, id: string | undefined, unit: ReturnType<typeof parseEntity<'units'>>): Promise<void> {
  const issues = unitPlacementIssues(unit, id, await live(w.db.units).toArray());
  if (issues.length) throw new ValidationError(issues);
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
  const [children, cadres, receiving, dispatching] = await Promise.all([
    liveWhere(w.db.units, 'parentId', id).count(),
    liveWhere(w.db.cadres, 'homeUnitId', id).count(),
    liveWhere(w.db.postings, 'receivingUnitId', id).count(),
    liveWhere(w.db.postings, 'dispatchingUnitId', id).count(),
  ]);
  const issues = unitRemovalIssues(unit.name, { isHomeUnit: id === homeUnitId, children, cadres, postings: receiving + dispatching });
  if (issues.length) throw new ValidationError(issues);
  await w.remove('units', id);
}
