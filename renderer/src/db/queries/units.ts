import type { ReadDb, Row } from '../database';
import { live } from './live';

/** Every live unit (the tree is small: hundreds of units at most). */
export async function listUnits(db: ReadDb): Promise<Row<'units'>[]> {
  return live(db.units).toArray();
}
